from typing import Literal, cast

StartMinimaxH3VideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]


def check_start_minimax_h3_video_request_aspect_ratio(
    value: object,
) -> StartMinimaxH3VideoRequestAspectRatio:
    """`value` as StartMinimaxH3VideoRequestAspectRatio: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartMinimaxH3VideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
