from typing import Literal, cast

GenerateTtsRequestType = Literal["aliyun_captcha", "turnstile"]


def check_generate_tts_request_type(value: object) -> GenerateTtsRequestType:
    """`value` as GenerateTtsRequestType: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(GenerateTtsRequestType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
