from typing import Literal, cast

StartGptImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"
]


def check_start_gpt_image_request_aspect_ratio(
    value: object,
) -> StartGptImageRequestAspectRatio:
    """`value` as StartGptImageRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGptImageRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
