from typing import Literal, cast

StartKlingVideoRequestVersion = Literal["2.6", "3.0"]


def check_start_kling_video_request_version(
    value: object,
) -> StartKlingVideoRequestVersion:
    """`value` as StartKlingVideoRequestVersion: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingVideoRequestVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
