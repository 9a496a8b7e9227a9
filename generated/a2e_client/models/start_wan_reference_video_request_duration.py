from typing import Literal, cast

StartWanReferenceVideoRequestDuration = Literal["10", "5"]


def check_start_wan_reference_video_request_duration(
    value: object,
) -> StartWanReferenceVideoRequestDuration:
    """`value` as StartWanReferenceVideoRequestDuration: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanReferenceVideoRequestDuration, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
