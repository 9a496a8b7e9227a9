from typing import Literal, cast

StartWanVideoRequestResolution = Literal["1080p", "480p", "720p"]


def check_start_wan_video_request_resolution(
    value: object,
) -> StartWanVideoRequestResolution:
    """`value` as StartWanVideoRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
