from enum import StrEnum


class StartWanVideoRequestTaskType(StrEnum):
    FIRST_FRAME = "first_frame"
    FIRST_LAST_FRAME = "first_last_frame"
    REFERENCE_IMAGE = "reference_image"
    TEXT_TO_VIDEO = "text_to_video"
    VIDEO_EDIT = "video_edit"
    VIDEO_EXTEND = "video_extend"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StartWanVideoRequestTaskType | None":
        # A2E adds values without notice: an unknown string becomes a member that is not
        # declared above instead of an error, and it still serialises to the same string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
