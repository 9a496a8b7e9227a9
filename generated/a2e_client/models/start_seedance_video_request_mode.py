from typing import Literal, cast

StartSeedanceVideoRequestMode = Literal["image-to-video", "text-to-video"]


def check_start_seedance_video_request_mode(
    value: object,
) -> StartSeedanceVideoRequestMode:
    """`value` as StartSeedanceVideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedanceVideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
