from typing import Literal, cast

StartMinimaxH3VideoRequestMode = Literal[
    "image-to-video", "reference-to-video", "text-to-video"
]


def check_start_minimax_h3_video_request_mode(
    value: object,
) -> StartMinimaxH3VideoRequestMode:
    """`value` as StartMinimaxH3VideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartMinimaxH3VideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
