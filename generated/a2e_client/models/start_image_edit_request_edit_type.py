from typing import Literal, cast

StartImageEditRequestEditType = Literal["clothing", "product"]


def check_start_image_edit_request_edit_type(
    value: object,
) -> StartImageEditRequestEditType:
    """`value` as StartImageEditRequestEditType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartImageEditRequestEditType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
