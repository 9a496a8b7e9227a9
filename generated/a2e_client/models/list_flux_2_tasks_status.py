from typing import Literal, cast

ListFlux2TasksStatus = Literal["completed", "failed", "initialized", "processing"]


def check_list_flux_2_tasks_status(value: object) -> ListFlux2TasksStatus:
    """`value` as ListFlux2TasksStatus: a string, listed above or not. A2E adds values without
    notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(ListFlux2TasksStatus, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
