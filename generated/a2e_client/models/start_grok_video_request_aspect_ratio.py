from enum import StrEnum


class StartGrokVideoRequestAspectRatio(StrEnum):
    AUTO = "auto"
    VALUE_1 = "1:1"
    VALUE_2 = "16:9"
    VALUE_3 = "9:16"
    VALUE_4 = "4:3"
    VALUE_5 = "3:4"
    VALUE_6 = "3:2"
    VALUE_7 = "2:3"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartGrokVideoRequestAspectRatio | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
