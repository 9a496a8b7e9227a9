from typing import Literal, cast

StartKlingVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]


def check_start_kling_video_request_aspect_ratio(
    value: object,
) -> StartKlingVideoRequestAspectRatio:
    """`value` as StartKlingVideoRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
