from typing import Literal, cast

StartWanReferenceVideoRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]


def check_start_wan_reference_video_request_aspect_ratio(
    value: object,
) -> StartWanReferenceVideoRequestAspectRatio:
    """`value` as StartWanReferenceVideoRequestAspectRatio: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanReferenceVideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
