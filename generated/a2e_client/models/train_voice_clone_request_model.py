from typing import Literal, cast

TrainVoiceCloneRequestModel = Literal["a2e", "cartesia", "elevenlabs", "minimax"]


def check_train_voice_clone_request_model(value: object) -> TrainVoiceCloneRequestModel:
    """`value` as TrainVoiceCloneRequestModel: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(TrainVoiceCloneRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
