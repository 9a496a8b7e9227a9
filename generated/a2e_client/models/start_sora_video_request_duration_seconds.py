from typing import Literal, cast

StartSoraVideoRequestDurationSeconds = Literal["10", "15", "5"]


def check_start_sora_video_request_duration_seconds(
    value: object,
) -> StartSoraVideoRequestDurationSeconds:
    """`value` as StartSoraVideoRequestDurationSeconds: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSoraVideoRequestDurationSeconds, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
