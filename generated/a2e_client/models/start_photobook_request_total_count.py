from typing import Literal, cast

StartPhotobookRequestTotalCount = Literal[4, 8, 12, 16]


def check_start_photobook_request_total_count(
    value: object,
) -> StartPhotobookRequestTotalCount:
    """`value` as StartPhotobookRequestTotalCount: an integer, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not an integer.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return cast(StartPhotobookRequestTotalCount, value)
    raise TypeError(f"expected an integer, got {type(value).__name__}")
