from typing import Literal, cast

StartKlingVideoRequestResolution = Literal["1080p", "720p"]


def check_start_kling_video_request_resolution(
    value: object,
) -> StartKlingVideoRequestResolution:
    """`value` as StartKlingVideoRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
