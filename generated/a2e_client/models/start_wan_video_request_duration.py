from enum import StrEnum


class StartWanVideoRequestDuration(StrEnum):
    VALUE_0 = "2"
    VALUE_1 = "3"
    VALUE_10 = "12"
    VALUE_11 = "13"
    VALUE_12 = "14"
    VALUE_13 = "15"
    VALUE_2 = "4"
    VALUE_3 = "5"
    VALUE_4 = "6"
    VALUE_5 = "7"
    VALUE_6 = "8"
    VALUE_7 = "9"
    VALUE_8 = "10"
    VALUE_9 = "11"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartWanVideoRequestDuration | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
