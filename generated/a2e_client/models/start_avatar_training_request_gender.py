from typing import Literal, cast

StartAvatarTrainingRequestGender = Literal["female", "male"]


def check_start_avatar_training_request_gender(
    value: object,
) -> StartAvatarTrainingRequestGender:
    """`value` as StartAvatarTrainingRequestGender: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartAvatarTrainingRequestGender, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
