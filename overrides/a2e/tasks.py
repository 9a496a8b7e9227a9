"""The task families: which operation reads a task, where its status is, what ends it.

Operation modules are named, not imported, so that `import a2e` stays cheap; `TaskFamily`
imports one when a poller first needs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    # Only for annotations: a family's model is imported when a task is first parsed.
    from a2e_client.models.avatar_training import AvatarTraining
    from a2e_client.models.avatar_video import AvatarVideo
    from a2e_client.models.caption_removal_task import CaptionRemovalTask
    from a2e_client.models.dubbing_task import DubbingTask
    from a2e_client.models.face_swap_preview import FaceSwapPreview
    from a2e_client.models.face_swap_task import FaceSwapTask
    from a2e_client.models.image_2_video_task import Image2VideoTask
    from a2e_client.models.image_edit_task import ImageEditTask
    from a2e_client.models.talking_photo_task import TalkingPhotoTask
    from a2e_client.models.talking_video_task import TalkingVideoTask
    from a2e_client.models.text_2_image_task import Text2ImageTask
    from a2e_client.models.user_voice import UserVoice
    from a2e_client.models.virtual_try_on_task import VirtualTryOnTask

_API = "a2e_client.api."
T = TypeVar("T")


@dataclass(frozen=True)
class TaskFamily(Generic[T]):
    """What a poller needs to know about one kind of A2E task; `T` is its task model.

    The families are constants of this module (FACE_SWAP, AVATAR_VIDEO...); passing one to
    `a2e.wait` instead of its name gives the result its type.

    detail: generated operation module that reads one task; `id_argument` names its id argument.
    model: generated model of the task, as "<module>.<Class>" under a2e_client.models.
    batch: generated operation module that reads many tasks by `ids`, when A2E has one.
    status_field, result_field, message_field: attribute names on the typed task model.
    succeeded, failed: terminal status values, the usual one first; any other value means
        "keep waiting".
    running: the status values the task goes through before a terminal one, in order.
    """

    name: str
    detail: str
    model: str
    batch: str | None = None
    id_argument: str = "id"
    status_field: str = "current_status"
    succeeded: tuple[str, ...] = ("completed",)
    failed: tuple[str, ...] = ("failed",)
    running: tuple[str, ...] = ("initialized", "processing")
    result_field: str = "result_url"
    message_field: str = "faild_message"

    def detail_operation(self) -> ModuleType:
        return importlib.import_module(_API + self.detail)

    def batch_operation(self) -> ModuleType | None:
        return importlib.import_module(_API + self.batch) if self.batch else None

    def status_of(self, task: Any) -> str:
        """The task's status as a plain string (unknown values included)."""
        return str(getattr(task, self.status_field))

    def failure_message(self, task: Any) -> str | None:
        message = getattr(task, self.message_field, None)
        return message if isinstance(message, str) and message else None

    def id_of(self, task: Any) -> str:
        return str(task.id)


# Newer families report failures in `failed_message` and pass through more queue stages.
NEWER_RUNNING = ("initialized", "sent", "pending", "processing")

FACE_SWAP: TaskFamily[FaceSwapTask] = TaskFamily(
    name="face_swap",
    detail="face_swap.get_face_swap_task",
    model="face_swap_task.FaceSwapTask",
    batch="face_swap.batch_get_face_swap_tasks",
)
FACE_SWAP_PREVIEW: TaskFamily[FaceSwapPreview] = TaskFamily(
    name="face_swap_preview",
    detail="face_swap.get_face_swap_preview_status",
    model="face_swap_preview.FaceSwapPreview",
)
AVATAR_VIDEO: TaskFamily[AvatarVideo] = TaskFamily(
    name="avatar_video",
    detail="generate_avatar_videos.get_avatar_video",
    model="avatar_video.AvatarVideo",
    id_argument="video_id",
    status_field="status",
    succeeded=("success",),
    failed=("fail",),
    running=("init", "start", "pending", "process", "copy"),
    result_field="result",
    message_field="msg",
)
AVATAR_TRAINING: TaskFamily[AvatarTraining] = TaskFamily(
    name="avatar_training",
    detail="create_avatars_and_train_lip_sync_models.get_avatar_training",
    model="avatar_training.AvatarTraining",
    batch="create_avatars_and_train_lip_sync_models.batch_get_avatar_trainings",
    result_field="anchor_id",
    message_field="failed_message",
)
VOICE_CLONE: TaskFamily[UserVoice] = TaskFamily(
    name="voice_clone",
    detail="tts_and_voice_clone.get_voice",
    model="user_voice.UserVoice",
    running=("sent", "pendding", "processing"),
    result_field="speaker_id",
    message_field="failed_message",
)
DUBBING: TaskFamily[DubbingTask] = TaskFamily(
    name="dubbing",
    detail="ai_dubbing.get_dubbing_task",
    model="dubbing_task.DubbingTask",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
CAPTION_REMOVAL: TaskFamily[CaptionRemovalTask] = TaskFamily(
    name="caption_removal",
    detail="caption_removal.get_caption_removal_task",
    model="caption_removal_task.CaptionRemovalTask",
    batch="caption_removal.batch_get_caption_removal_tasks",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
IMAGE_TO_VIDEO: TaskFamily[Image2VideoTask] = TaskFamily(
    name="image_to_video",
    detail="image_to_video.get_image_to_video_task",
    model="image_2_video_task.Image2VideoTask",
    batch="image_to_video.batch_get_image_to_video_tasks",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
TEXT_TO_IMAGE: TaskFamily[Text2ImageTask] = TaskFamily(
    name="text_to_image",
    detail="text_to_image.get_text_to_image_task",
    model="text_2_image_task.Text2ImageTask",
    batch="text_to_image.batch_get_text_to_image_tasks",
    result_field="image_urls",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
PRODUCT_HOLDING: TaskFamily[ImageEditTask] = TaskFamily(
    name="product_holding",
    detail="product_holding.get_product_holding_task",
    model="image_edit_task.ImageEditTask",
    batch="product_holding.batch_get_product_holding_tasks",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
TALKING_PHOTO: TaskFamily[TalkingPhotoTask] = TaskFamily(
    name="talking_photo",
    detail="talking_photo.get_talking_photo_task",
    model="talking_photo_task.TalkingPhotoTask",
    batch="talking_photo.batch_get_talking_photo_tasks",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
TALKING_VIDEO: TaskFamily[TalkingVideoTask] = TaskFamily(
    name="talking_video",
    detail="talking_video.get_talking_video_task",
    model="talking_video_task.TalkingVideoTask",
    batch="talking_video.batch_get_talking_video_tasks",
    message_field="failed_message",
    running=NEWER_RUNNING,
)
VIRTUAL_TRY_ON: TaskFamily[VirtualTryOnTask] = TaskFamily(
    name="virtual_try_on",
    detail="virtual_try_on.get_virtual_try_on_task",
    model="virtual_try_on_task.VirtualTryOnTask",
    batch="virtual_try_on.batch_get_virtual_try_on_tasks",
    result_field="result_image_url",
    message_field="failed_message",
    running=NEWER_RUNNING,
)

TASK_FAMILIES: Mapping[str, TaskFamily[Any]] = {
    family.name: family
    for family in (
        FACE_SWAP,
        FACE_SWAP_PREVIEW,
        AVATAR_VIDEO,
        AVATAR_TRAINING,
        VOICE_CLONE,
        DUBBING,
        CAPTION_REMOVAL,
        IMAGE_TO_VIDEO,
        TEXT_TO_IMAGE,
        PRODUCT_HOLDING,
        TALKING_PHOTO,
        TALKING_VIDEO,
        VIRTUAL_TRY_ON,
    )
}


def family_named(name: str | TaskFamily[Any]) -> TaskFamily[Any]:
    """The family called `name`, with a clear error naming the known ones otherwise."""
    if isinstance(name, TaskFamily):
        return name
    try:
        return TASK_FAMILIES[name]
    except KeyError:
        raise ValueError(
            f"family: unknown task family {name!r}; known: {sorted(TASK_FAMILIES)}"
        ) from None
