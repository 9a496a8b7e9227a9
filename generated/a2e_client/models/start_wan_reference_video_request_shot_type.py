from typing import Literal, cast

StartWanReferenceVideoRequestShotType = Literal["multi", "single"]


def check_start_wan_reference_video_request_shot_type(
    value: object,
) -> StartWanReferenceVideoRequestShotType:
    """`value` as StartWanReferenceVideoRequestShotType: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanReferenceVideoRequestShotType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
