from typing import Literal, cast

StartKlingVideoRequestQualityMode = Literal["4k", "pro", "std"]


def check_start_kling_video_request_quality_mode(
    value: object,
) -> StartKlingVideoRequestQualityMode:
    """`value` as StartKlingVideoRequestQualityMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestQualityMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
