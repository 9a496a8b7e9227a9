from typing import Literal, cast

AvatarVideoStatus = Literal[
    "copy", "fail", "init", "pending", "process", "start", "success"
]


def check_avatar_video_status(value: object) -> AvatarVideoStatus:
    """`value` as AvatarVideoStatus: a string, listed above or not. A2E adds values without notice;
    an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(AvatarVideoStatus, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
