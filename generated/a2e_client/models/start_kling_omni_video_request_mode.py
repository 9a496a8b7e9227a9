from typing import Literal, cast

StartKlingOmniVideoRequestMode = Literal["pro", "std"]


def check_start_kling_omni_video_request_mode(
    value: object,
) -> StartKlingOmniVideoRequestMode:
    """`value` as StartKlingOmniVideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingOmniVideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
