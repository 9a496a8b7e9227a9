from typing import Literal, cast

StartHappyHorseVideoRequestMode = Literal["i2v", "r2v", "t2v", "video-edit"]


def check_start_happy_horse_video_request_mode(
    value: object,
) -> StartHappyHorseVideoRequestMode:
    """`value` as StartHappyHorseVideoRequestMode: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestMode, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
