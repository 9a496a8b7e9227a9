from typing import Literal, cast

StartGptImageRequestResolution = Literal["1K", "2K", "4K"]


def check_start_gpt_image_request_resolution(
    value: object,
) -> StartGptImageRequestResolution:
    """`value` as StartGptImageRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartGptImageRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
