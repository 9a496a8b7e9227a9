from typing import Literal, cast

StartSeedanceVideoRequestDuration = Literal["10", "5"]


def check_start_seedance_video_request_duration(
    value: object,
) -> StartSeedanceVideoRequestDuration:
    """`value` as StartSeedanceVideoRequestDuration: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedanceVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
