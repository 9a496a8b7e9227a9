from typing import Literal, cast

ListAvailableAvatarsRequestWebType = Literal["a2e", "tyzn"]


def check_list_available_avatars_request_web_type(
    value: object,
) -> ListAvailableAvatarsRequestWebType:
    """`value` as ListAvailableAvatarsRequestWebType: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(ListAvailableAvatarsRequestWebType, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
