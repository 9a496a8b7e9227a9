from typing import Literal, cast

StartFlux2RequestResolution = Literal["1K", "2K"]


def check_start_flux_2_request_resolution(value: object) -> StartFlux2RequestResolution:
    """`value` as StartFlux2RequestResolution: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartFlux2RequestResolution, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
