from typing import Literal, cast

TrainVoiceCloneRequestGender = Literal["female", "male"]


def check_train_voice_clone_request_gender(
    value: object,
) -> TrainVoiceCloneRequestGender:
    """`value` as TrainVoiceCloneRequestGender: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(TrainVoiceCloneRequestGender, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
