from typing import Literal, cast

StartSeedance2VideoRequestOmniReferenceTaskType = Literal["edit", "extend", "reference"]


def check_start_seedance_2_video_request_omni_reference_task_type(
    value: object,
) -> StartSeedance2VideoRequestOmniReferenceTaskType:
    """`value` as StartSeedance2VideoRequestOmniReferenceTaskType: a string, listed above or not.
    A2E adds values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartSeedance2VideoRequestOmniReferenceTaskType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
