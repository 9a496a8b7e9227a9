from typing import Literal, cast

StartImage2VideoRequestModelType = Literal["FLF2V", "GENERAL"]


def check_start_image_2_video_request_model_type(
    value: object,
) -> StartImage2VideoRequestModelType:
    """`value` as StartImage2VideoRequestModelType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartImage2VideoRequestModelType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
