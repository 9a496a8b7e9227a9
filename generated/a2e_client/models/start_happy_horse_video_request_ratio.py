from typing import Literal, cast

StartHappyHorseVideoRequestRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"
]


def check_start_happy_horse_video_request_ratio(
    value: object,
) -> StartHappyHorseVideoRequestRatio:
    """`value` as StartHappyHorseVideoRequestRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
