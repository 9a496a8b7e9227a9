from typing import Literal, cast

QuickAddAvatarRequestGender = Literal["female", "male"]


def check_quick_add_avatar_request_gender(value: object) -> QuickAddAvatarRequestGender:
    """`value` as QuickAddAvatarRequestGender: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(QuickAddAvatarRequestGender, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
