from typing import Literal, cast

StartSeedanceVideoRequestResolution = Literal["480p", "720p"]


def check_start_seedance_video_request_resolution(
    value: object,
) -> StartSeedanceVideoRequestResolution:
    """`value` as StartSeedanceVideoRequestResolution: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedanceVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
