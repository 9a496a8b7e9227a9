from typing import Literal, cast

StartSoraVideoRequestModelType = Literal["image-to-video", "text-to-video"]


def check_start_sora_video_request_model_type(
    value: object,
) -> StartSoraVideoRequestModelType:
    """`value` as StartSoraVideoRequestModelType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSoraVideoRequestModelType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
