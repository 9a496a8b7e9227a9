from typing import Literal, cast

StartGrokVideoRequestModelType = Literal["image-to-video", "text-to-video"]


def check_start_grok_video_request_model_type(
    value: object,
) -> StartGrokVideoRequestModelType:
    """`value` as StartGrokVideoRequestModelType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGrokVideoRequestModelType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
