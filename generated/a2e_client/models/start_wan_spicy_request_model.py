from enum import StrEnum


class StartWanSpicyRequestModel(StrEnum):
    WAN2_2_I2V_SPICY = "wan2.2-i2v-spicy"
    WAN2_7_I2V_SPICY = "wan2.7-i2v-spicy"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartWanSpicyRequestModel | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
