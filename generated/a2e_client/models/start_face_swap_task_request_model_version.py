from typing import Literal, cast

StartFaceSwapTaskRequestModelVersion = Literal["v1", "v2"]


def check_start_face_swap_task_request_model_version(
    value: object,
) -> StartFaceSwapTaskRequestModelVersion:
    """`value` as StartFaceSwapTaskRequestModelVersion: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartFaceSwapTaskRequestModelVersion, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
