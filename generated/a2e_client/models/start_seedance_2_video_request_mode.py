from typing import Literal, cast

StartSeedance2VideoRequestMode = Literal[
    "first-last-frames", "image-to-video", "reference", "text-to-video"
]


def check_start_seedance_2_video_request_mode(
    value: object,
) -> StartSeedance2VideoRequestMode:
    """`value` as StartSeedance2VideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedance2VideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
