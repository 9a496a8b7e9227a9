from typing import Literal, cast

StartWan27ImageRequestModel = Literal["wan2.7-image", "wan2.7-image-pro"]


def check_start_wan_27_image_request_model(
    value: object,
) -> StartWan27ImageRequestModel:
    """`value` as StartWan27ImageRequestModel: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWan27ImageRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
