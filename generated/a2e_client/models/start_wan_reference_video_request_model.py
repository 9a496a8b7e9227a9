from typing import Literal, cast

StartWanReferenceVideoRequestModel = Literal["wan2.6-r2v", "wan2.6-r2v-flash"]


def check_start_wan_reference_video_request_model(
    value: object,
) -> StartWanReferenceVideoRequestModel:
    """`value` as StartWanReferenceVideoRequestModel: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanReferenceVideoRequestModel, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
