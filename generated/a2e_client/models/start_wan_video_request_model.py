from enum import StrEnum


class StartWanVideoRequestModel(StrEnum):
    WAN2_5_I2V_PREVIEW = "wan2.5-i2v-preview"
    WAN2_6_I2V = "wan2.6-i2v"
    WAN2_6_I2V_FLASH = "wan2.6-i2v-flash"
    WAN2_7_I2V = "wan2.7-i2v"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartWanVideoRequestModel | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
