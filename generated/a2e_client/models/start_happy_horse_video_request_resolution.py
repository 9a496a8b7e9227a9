from typing import Literal, cast

StartHappyHorseVideoRequestResolution = Literal["1080P", "480P", "720P"]


def check_start_happy_horse_video_request_resolution(
    value: object,
) -> StartHappyHorseVideoRequestResolution:
    """`value` as StartHappyHorseVideoRequestResolution: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
