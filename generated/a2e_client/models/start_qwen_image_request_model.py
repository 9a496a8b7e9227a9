from enum import StrEnum


class StartQwenImageRequestModel(StrEnum):
    QWEN_IMAGE_2_0 = "qwen-image-2.0"
    QWEN_IMAGE_2_0_PRO = "qwen-image-2.0-pro"
    QWEN_IMAGE_3_0 = "qwen-image-3.0"
    QWEN_IMAGE_3_0_PRO = "qwen-image-3.0-pro"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartQwenImageRequestModel | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
