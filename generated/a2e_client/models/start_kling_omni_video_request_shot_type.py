from typing import Literal, cast

StartKlingOmniVideoRequestShotType = Literal["customize", "intelligence"]


def check_start_kling_omni_video_request_shot_type(
    value: object,
) -> StartKlingOmniVideoRequestShotType:
    """`value` as StartKlingOmniVideoRequestShotType: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingOmniVideoRequestShotType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
