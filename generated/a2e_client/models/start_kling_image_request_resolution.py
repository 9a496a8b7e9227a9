from typing import Literal, cast

StartKlingImageRequestResolution = Literal["1k", "2k"]


def check_start_kling_image_request_resolution(
    value: object,
) -> StartKlingImageRequestResolution:
    """`value` as StartKlingImageRequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartKlingImageRequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
