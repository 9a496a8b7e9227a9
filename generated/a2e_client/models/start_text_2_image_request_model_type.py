from typing import Literal, cast

StartText2ImageRequestModelType = Literal["a2e", "seedream"]


def check_start_text_2_image_request_model_type(
    value: object,
) -> StartText2ImageRequestModelType:
    """`value` as StartText2ImageRequestModelType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartText2ImageRequestModelType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
