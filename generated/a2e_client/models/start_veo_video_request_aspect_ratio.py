from typing import Literal, cast

StartVeoVideoRequestAspectRatio = Literal["16:9", "9:16", "Auto"]


def check_start_veo_video_request_aspect_ratio(
    value: object,
) -> StartVeoVideoRequestAspectRatio:
    """`value` as StartVeoVideoRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartVeoVideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
