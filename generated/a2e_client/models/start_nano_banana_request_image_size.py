from typing import Literal, cast

StartNanoBananaRequestImageSize = Literal["1K", "2K", "4K"]


def check_start_nano_banana_request_image_size(
    value: object,
) -> StartNanoBananaRequestImageSize:
    """`value` as StartNanoBananaRequestImageSize: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartNanoBananaRequestImageSize, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
