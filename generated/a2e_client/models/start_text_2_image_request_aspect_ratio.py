from enum import StrEnum


class StartText2ImageRequestAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "4:3"
    VALUE_2 = "3:4"
    VALUE_3 = "16:9"
    VALUE_4 = "9:16"
    VALUE_5 = "2:3"
    VALUE_6 = "3:2"
    VALUE_7 = "21:9"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartText2ImageRequestAspectRatio | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
