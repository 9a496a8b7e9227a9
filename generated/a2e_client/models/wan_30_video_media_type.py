from typing import Literal, cast

Wan30VideoMediaType = Literal[
    "file",
    "first_frame",
    "last_frame",
    "link",
    "reference_audio",
    "reference_image",
    "reference_video",
]


def check_wan_30_video_media_type(value: object) -> Wan30VideoMediaType:
    """`value` as Wan30VideoMediaType: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(Wan30VideoMediaType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
