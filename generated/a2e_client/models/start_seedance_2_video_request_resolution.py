from typing import Literal, cast

StartSeedance2VideoRequestResolution = Literal["1080p", "480p", "4k", "720p"]


def check_start_seedance_2_video_request_resolution(
    value: object,
) -> StartSeedance2VideoRequestResolution:
    """`value` as StartSeedance2VideoRequestResolution: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedance2VideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
