from typing import Literal, cast

StartWan30VideoRequestModel = Literal["wan3.0-video", "wan3.0-video-prime"]


def check_start_wan_30_video_request_model(
    value: object,
) -> StartWan30VideoRequestModel:
    """`value` as StartWan30VideoRequestModel: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWan30VideoRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
