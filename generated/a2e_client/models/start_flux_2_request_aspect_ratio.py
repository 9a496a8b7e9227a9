from typing import Literal, cast

StartFlux2RequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom", "match_input_image"
]


def check_start_flux_2_request_aspect_ratio(
    value: object,
) -> StartFlux2RequestAspectRatio:
    """`value` as StartFlux2RequestAspectRatio: a string, listed above or not. A2E adds values
    without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(StartFlux2RequestAspectRatio, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
