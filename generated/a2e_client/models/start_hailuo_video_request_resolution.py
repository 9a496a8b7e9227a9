from typing import Literal, cast

StartHailuoVideoRequestResolution = Literal["1080P", "768P"]


def check_start_hailuo_video_request_resolution(
    value: object,
) -> StartHailuoVideoRequestResolution:
    """`value` as StartHailuoVideoRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHailuoVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
