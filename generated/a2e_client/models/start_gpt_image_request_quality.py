from typing import Literal, cast

StartGptImageRequestQuality = Literal["high", "medium"]


def check_start_gpt_image_request_quality(value: object) -> StartGptImageRequestQuality:
    """`value` as StartGptImageRequestQuality: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGptImageRequestQuality, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
