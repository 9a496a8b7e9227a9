from typing import Literal, cast

StartKlingVideoRequestCharacterOrientation = Literal["image", "video"]


def check_start_kling_video_request_character_orientation(
    value: object,
) -> StartKlingVideoRequestCharacterOrientation:
    """`value` as StartKlingVideoRequestCharacterOrientation: a string, listed above or not. A2E
    adds values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestCharacterOrientation, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
