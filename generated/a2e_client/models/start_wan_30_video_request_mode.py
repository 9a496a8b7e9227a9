from typing import Literal, cast

StartWan30VideoRequestMode = Literal[
    "first-frame", "first-last-frames", "reference", "text-to-video"
]


def check_start_wan_30_video_request_mode(value: object) -> StartWan30VideoRequestMode:
    """`value` as StartWan30VideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWan30VideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
