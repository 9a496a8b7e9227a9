from typing import Literal, cast

StartHappyHorseVideoRequestAudioSetting = Literal["auto", "origin"]


def check_start_happy_horse_video_request_audio_setting(
    value: object,
) -> StartHappyHorseVideoRequestAudioSetting:
    """`value` as StartHappyHorseVideoRequestAudioSetting: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartHappyHorseVideoRequestAudioSetting, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
