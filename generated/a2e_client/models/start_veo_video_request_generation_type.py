from typing import Literal, cast

StartVeoVideoRequestGenerationType = Literal[
    "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO", "TEXT_2_VIDEO"
]


def check_start_veo_video_request_generation_type(
    value: object,
) -> StartVeoVideoRequestGenerationType:
    """`value` as StartVeoVideoRequestGenerationType: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartVeoVideoRequestGenerationType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
