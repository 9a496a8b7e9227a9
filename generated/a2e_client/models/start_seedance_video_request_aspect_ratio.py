from enum import StrEnum


class StartSeedanceVideoRequestAspectRatio(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"
    VALUE_2 = "1:1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartSeedanceVideoRequestAspectRatio | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
