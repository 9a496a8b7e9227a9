from typing import Literal, cast

StartGrokVideoRequestMode = Literal["fun", "normal", "spicy"]


def check_start_grok_video_request_mode(value: object) -> StartGrokVideoRequestMode:
    """`value` as StartGrokVideoRequestMode: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGrokVideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
