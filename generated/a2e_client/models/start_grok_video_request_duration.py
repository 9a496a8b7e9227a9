from typing import Literal, cast

StartGrokVideoRequestDuration = Literal["10", "15", "6"]


def check_start_grok_video_request_duration(
    value: object,
) -> StartGrokVideoRequestDuration:
    """`value` as StartGrokVideoRequestDuration: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGrokVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
