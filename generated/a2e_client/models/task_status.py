from typing import Literal, cast

TaskStatus = Literal[
    "completed", "failed", "initialized", "pendding", "pending", "processing", "sent"
]


def check_task_status(value: object) -> TaskStatus:
    """`value` as TaskStatus: a string, listed above or not. A2E adds values without notice; an
    answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(TaskStatus, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
