from typing import Literal, cast

StartWanReferenceVideoRequestResolution = Literal["1080p", "720p"]


def check_start_wan_reference_video_request_resolution(
    value: object,
) -> StartWanReferenceVideoRequestResolution:
    """`value` as StartWanReferenceVideoRequestResolution: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanReferenceVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
