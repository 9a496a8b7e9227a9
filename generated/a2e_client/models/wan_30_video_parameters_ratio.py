from enum import StrEnum


class Wan30VideoParametersRatio(StrEnum):
    ADAPTIVE = "adaptive"
    VALUE_1 = "16:9"
    VALUE_2 = "4:3"
    VALUE_3 = "1:1"
    VALUE_4 = "3:4"
    VALUE_5 = "9:16"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Wan30VideoParametersRatio | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
