from enum import StrEnum


class StartText2ImageRequestReqKey(StrEnum):
    HIGH_AES = "high_aes"
    HIGH_AES_GENERAL_V21_L = "high_aes_general_v21_L"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartText2ImageRequestReqKey | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
