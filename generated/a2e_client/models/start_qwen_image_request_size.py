from enum import StrEnum


class StartQwenImageRequestSize(StrEnum):
    VALUE_0 = "1024*1024"
    VALUE_1 = "1328*880"
    VALUE_10 = "1365*2048"
    VALUE_11 = "2048*1536"
    VALUE_12 = "1536*2048"
    VALUE_13 = "2048*1152"
    VALUE_14 = "1152*2048"
    VALUE_2 = "880*1328"
    VALUE_3 = "1152*864"
    VALUE_4 = "864*1152"
    VALUE_5 = "1280*720"
    VALUE_6 = "720*1280"
    VALUE_7 = "1512*648"
    VALUE_8 = "2048*2048"
    VALUE_9 = "2048*1365"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartQwenImageRequestSize | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
