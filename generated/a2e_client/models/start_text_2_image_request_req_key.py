from typing import Literal, cast

StartText2ImageRequestReqKey = Literal["high_aes", "high_aes_general_v21_L"]


def check_start_text_2_image_request_req_key(
    value: object,
) -> StartText2ImageRequestReqKey:
    """`value` as StartText2ImageRequestReqKey: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartText2ImageRequestReqKey, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
