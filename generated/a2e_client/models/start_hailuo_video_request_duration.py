from typing import Literal, cast

StartHailuoVideoRequestDuration = Literal["10", "6"]


def check_start_hailuo_video_request_duration(
    value: object,
) -> StartHailuoVideoRequestDuration:
    """`value` as StartHailuoVideoRequestDuration: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHailuoVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
