from typing import Literal, cast

StartHappyHorseVideoRequestModelVersion = Literal["1.0", "1.1"]


def check_start_happy_horse_video_request_model_version(
    value: object,
) -> StartHappyHorseVideoRequestModelVersion:
    """`value` as StartHappyHorseVideoRequestModelVersion: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
