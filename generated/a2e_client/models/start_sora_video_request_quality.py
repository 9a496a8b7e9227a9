from typing import Literal, cast

StartSoraVideoRequestQuality = Literal["high", "standard"]


def check_start_sora_video_request_quality(
    value: object,
) -> StartSoraVideoRequestQuality:
    """`value` as StartSoraVideoRequestQuality: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSoraVideoRequestQuality, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
