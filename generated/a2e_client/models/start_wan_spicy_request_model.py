from typing import Literal, cast

StartWanSpicyRequestModel = Literal["wan2.2-i2v-spicy", "wan2.7-i2v-spicy"]


def check_start_wan_spicy_request_model(value: object) -> StartWanSpicyRequestModel:
    """`value` as StartWanSpicyRequestModel: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanSpicyRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
