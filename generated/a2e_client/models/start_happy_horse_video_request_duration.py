from typing import Literal, cast

StartHappyHorseVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]


def check_start_happy_horse_video_request_duration(
    value: object,
) -> StartHappyHorseVideoRequestDuration:
    """`value` as StartHappyHorseVideoRequestDuration: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
