from typing import Literal, cast

StartQwenImageRequestModel = Literal[
    "qwen-image-2.0", "qwen-image-2.0-pro", "qwen-image-3.0", "qwen-image-3.0-pro"
]


def check_start_qwen_image_request_model(value: object) -> StartQwenImageRequestModel:
    """`value` as StartQwenImageRequestModel: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartQwenImageRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
