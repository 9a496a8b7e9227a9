from typing import Literal, cast

StartSeedance2VideoRequestModelVersion = Literal["2.5", "fast", "mini", "standard"]


def check_start_seedance_2_video_request_model_version(
    value: object,
) -> StartSeedance2VideoRequestModelVersion:
    """`value` as StartSeedance2VideoRequestModelVersion: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedance2VideoRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
