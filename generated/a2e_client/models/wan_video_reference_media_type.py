from typing import Literal, cast

WanVideoReferenceMediaType = Literal["reference_image", "reference_video"]


def check_wan_video_reference_media_type(value: object) -> WanVideoReferenceMediaType:
    """`value` as WanVideoReferenceMediaType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(WanVideoReferenceMediaType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
