from enum import StrEnum


class StartWan27ImageRequestAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "3:2"
    VALUE_2 = "2:3"
    VALUE_3 = "4:3"
    VALUE_4 = "3:4"
    VALUE_5 = "16:9"
    VALUE_6 = "9:16"
    VALUE_7 = "21:9"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartWan27ImageRequestAspectRatio | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
