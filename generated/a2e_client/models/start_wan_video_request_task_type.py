from typing import Literal, cast

StartWanVideoRequestTaskType = Literal[
    "first_frame",
    "first_last_frame",
    "reference_image",
    "text_to_video",
    "video_edit",
    "video_extend",
]


def check_start_wan_video_request_task_type(
    value: object,
) -> StartWanVideoRequestTaskType:
    """`value` as StartWanVideoRequestTaskType: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartWanVideoRequestTaskType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
