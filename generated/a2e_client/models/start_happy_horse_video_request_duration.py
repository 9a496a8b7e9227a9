from enum import StrEnum


class StartHappyHorseVideoRequestDuration(StrEnum):
    VALUE_0 = "3"
    VALUE_1 = "4"
    VALUE_10 = "13"
    VALUE_11 = "14"
    VALUE_12 = "15"
    VALUE_2 = "5"
    VALUE_3 = "6"
    VALUE_4 = "7"
    VALUE_5 = "8"
    VALUE_6 = "9"
    VALUE_7 = "10"
    VALUE_8 = "11"
    VALUE_9 = "12"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartHappyHorseVideoRequestDuration | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
