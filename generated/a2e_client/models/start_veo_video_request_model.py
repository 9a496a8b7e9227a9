from typing import Literal, cast

StartVeoVideoRequestModel = Literal["veo3", "veo3_fast"]


def check_start_veo_video_request_model(value: object) -> StartVeoVideoRequestModel:
    """`value` as StartVeoVideoRequestModel: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartVeoVideoRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
