from typing import Literal, cast

StartNanoBananaRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]


def check_start_nano_banana_request_aspect_ratio(
    value: object,
) -> StartNanoBananaRequestAspectRatio:
    """`value` as StartNanoBananaRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartNanoBananaRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
