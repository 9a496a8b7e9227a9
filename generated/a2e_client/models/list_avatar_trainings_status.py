from typing import Literal, cast

ListAvatarTrainingsStatus = Literal["completed", "failed", "pending", "processing"]


def check_list_avatar_trainings_status(value: object) -> ListAvatarTrainingsStatus:
    """`value` as ListAvatarTrainingsStatus: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(ListAvatarTrainingsStatus, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
