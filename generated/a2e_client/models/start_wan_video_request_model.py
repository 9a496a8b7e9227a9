from typing import Literal, cast

StartWanVideoRequestModel = Literal[
    "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
]


def check_start_wan_video_request_model(value: object) -> StartWanVideoRequestModel:
    """`value` as StartWanVideoRequestModel: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanVideoRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
