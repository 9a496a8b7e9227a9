from typing import Literal, cast

ExtendImageToVideoPromptRequestTemplate = Literal["cinematic", "default"]


def check_extend_image_to_video_prompt_request_template(
    value: object,
) -> ExtendImageToVideoPromptRequestTemplate:
    """`value` as ExtendImageToVideoPromptRequestTemplate: a string, listed above or not. A2E adds
    values without notice; an answer carrying a new one must still parse.

    Raises:
        TypeError: `value` is not a string.
    """
    if isinstance(value, str):
        return cast(ExtendImageToVideoPromptRequestTemplate, value)
    raise TypeError(f"expected a string, got {type(value).__name__}")
