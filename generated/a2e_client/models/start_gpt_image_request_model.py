from typing import Literal, cast

StartGptImageRequestModel = Literal["gpt-image-1.5", "gpt-image-2"]


def check_start_gpt_image_request_model(value: object) -> StartGptImageRequestModel:
    """`value` as StartGptImageRequestModel: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGptImageRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
