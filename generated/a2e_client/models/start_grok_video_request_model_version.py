from typing import Literal, cast

StartGrokVideoRequestModelVersion = Literal["1.5", "legacy"]


def check_start_grok_video_request_model_version(
    value: object,
) -> StartGrokVideoRequestModelVersion:
    """`value` as StartGrokVideoRequestModelVersion: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGrokVideoRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
