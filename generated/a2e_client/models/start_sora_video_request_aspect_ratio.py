from typing import Literal, cast

StartSoraVideoRequestAspectRatio = Literal["landscape", "portrait"]


def check_start_sora_video_request_aspect_ratio(
    value: object,
) -> StartSoraVideoRequestAspectRatio:
    """`value` as StartSoraVideoRequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSoraVideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
