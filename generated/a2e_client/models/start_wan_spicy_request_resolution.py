from typing import Literal, cast

StartWanSpicyRequestResolution = Literal["1080p", "480p", "720p"]


def check_start_wan_spicy_request_resolution(
    value: object,
) -> StartWanSpicyRequestResolution:
    """`value` as StartWanSpicyRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanSpicyRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
