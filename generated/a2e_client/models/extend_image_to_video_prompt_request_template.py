from enum import StrEnum


class ExtendImageToVideoPromptRequestTemplate(StrEnum):
    CINEMATIC = "cinematic"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ExtendImageToVideoPromptRequestTemplate | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
