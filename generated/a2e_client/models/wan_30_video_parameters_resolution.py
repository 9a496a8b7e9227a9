from typing import Literal, cast

Wan30VideoParametersResolution = Literal["1080P", "480P", "720P"]


def check_wan_30_video_parameters_resolution(
    value: object,
) -> Wan30VideoParametersResolution:
    """`value` as Wan30VideoParametersResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(Wan30VideoParametersResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
