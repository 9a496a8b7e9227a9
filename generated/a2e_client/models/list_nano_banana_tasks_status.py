from typing import Literal, cast

ListNanoBananaTasksStatus = Literal["completed", "failed", "initialized", "processing"]


def check_list_nano_banana_tasks_status(value: object) -> ListNanoBananaTasksStatus:
    """`value` as ListNanoBananaTasksStatus: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(ListNanoBananaTasksStatus, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
