from typing import Literal, cast

StartSeedance2VideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]


def check_start_seedance_2_video_request_aspect_ratio(
    value: object,
) -> StartSeedance2VideoRequestAspectRatio:
    """`value` as StartSeedance2VideoRequestAspectRatio: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedance2VideoRequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
