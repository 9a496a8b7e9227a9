from typing import Literal, cast

Wan30VideoParametersRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "adaptive"]


def check_wan_30_video_parameters_ratio(value: object) -> Wan30VideoParametersRatio:
    """`value` as Wan30VideoParametersRatio: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(Wan30VideoParametersRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
