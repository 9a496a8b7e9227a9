from typing import Literal, cast

StartWanVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "2", "3", "4", "5", "6", "7", "8", "9"
]


def check_start_wan_video_request_duration(
    value: object,
) -> StartWanVideoRequestDuration:
    """`value` as StartWanVideoRequestDuration: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
