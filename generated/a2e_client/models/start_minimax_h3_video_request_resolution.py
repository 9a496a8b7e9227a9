from typing import Literal, cast

StartMinimaxH3VideoRequestResolution = Literal["2K", "768P"]


def check_start_minimax_h3_video_request_resolution(
    value: object,
) -> StartMinimaxH3VideoRequestResolution:
    """`value` as StartMinimaxH3VideoRequestResolution: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartMinimaxH3VideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
