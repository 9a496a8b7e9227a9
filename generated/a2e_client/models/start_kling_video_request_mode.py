from typing import Literal, cast

StartKlingVideoRequestMode = Literal[
    "image-to-video", "motion-control", "text-to-video"
]


def check_start_kling_video_request_mode(value: object) -> StartKlingVideoRequestMode:
    """`value` as StartKlingVideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
