from typing import Literal, cast

StartKlingVideoRequestModelVersion = Literal["fast", "standard"]


def check_start_kling_video_request_model_version(
    value: object,
) -> StartKlingVideoRequestModelVersion:
    """`value` as StartKlingVideoRequestModelVersion: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
