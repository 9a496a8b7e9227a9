from typing import Literal, cast

StartQwenImageRequestSize = Literal[
    "1024*1024",
    "1152*2048",
    "1152*864",
    "1280*720",
    "1328*880",
    "1365*2048",
    "1512*648",
    "1536*2048",
    "2048*1152",
    "2048*1365",
    "2048*1536",
    "2048*2048",
    "720*1280",
    "864*1152",
    "880*1328",
]


def check_start_qwen_image_request_size(value: object) -> StartQwenImageRequestSize:
    """`value` as StartQwenImageRequestSize: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartQwenImageRequestSize, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
