from typing import Literal, cast

StartKlingImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]


def check_start_kling_image_request_aspect_ratio(
    value: object,
) -> StartKlingImageRequestAspectRatio:
    """`value` as StartKlingImageRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingImageRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
