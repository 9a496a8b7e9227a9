from typing import Literal, cast

StartImage2VideoRequestModelVersion = Literal["a2e", "a2e-v2", "a2e-v2-flash"]


def check_start_image_2_video_request_model_version(
    value: object,
) -> StartImage2VideoRequestModelVersion:
    """`value` as StartImage2VideoRequestModelVersion: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartImage2VideoRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
