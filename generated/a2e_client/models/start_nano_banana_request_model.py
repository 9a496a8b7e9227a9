from typing import Literal, cast

StartNanoBananaRequestModel = Literal[
    "nano-banana", "nano-banana-2", "nano-banana-2-lite", "nano-banana-pro"
]


def check_start_nano_banana_request_model(value: object) -> StartNanoBananaRequestModel:
    """`value` as StartNanoBananaRequestModel: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartNanoBananaRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
