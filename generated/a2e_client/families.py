"""Task families of the A2E API, generated from the spec's `x-a2e-families`.

Do not edit: `make generate` writes this file from openapi/a2e.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from a2e.tasks import TaskFamily

if TYPE_CHECKING:
    from .models.avatar_training import AvatarTraining
    from .models.avatar_video import AvatarVideo
    from .models.caption_removal_task import CaptionRemovalTask
    from .models.dubbing_task import DubbingTask
    from .models.face_swap_preview import FaceSwapPreview
    from .models.face_swap_task import FaceSwapTask
    from .models.image_2_video_task import Image2VideoTask
    from .models.image_edit_task import ImageEditTask
    from .models.talking_photo_task import TalkingPhotoTask
    from .models.talking_video_task import TalkingVideoTask
    from .models.text_2_image_task import Text2ImageTask
    from .models.user_voice import UserVoice
    from .models.virtual_try_on_task import VirtualTryOnTask

FACE_SWAP: TaskFamily[FaceSwapTask] = TaskFamily(
    name="face_swap",
    title="Face Swap",
    model="face_swap_task.FaceSwapTask",
    id_argument="id",
    operations={
        "start": ("face_swap.start_face_swap_task",),
        "detail": ("face_swap.get_face_swap_task",),
        "status": ("face_swap.get_face_swap_task_status",),
        "list": ("face_swap.list_face_swap_tasks",),
        "batch": ("face_swap.batch_get_face_swap_tasks",),
        "delete": ("face_swap.delete_face_swap_task",),
    },
    status_field="current_status",
    running=("initialized", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="faild_message",
    code_field=None,
    attributes={"_id": "id"},
)

FACE_SWAP_PREVIEW: TaskFamily[FaceSwapPreview] = TaskFamily(
    name="face_swap_preview",
    title="Face Swap preview",
    model="face_swap_preview.FaceSwapPreview",
    id_argument="id",
    operations={
        "start": ("face_swap.start_face_swap_preview",),
        "detail": ("face_swap.get_face_swap_preview_status",),
    },
    status_field="current_status",
    running=("initialized", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="faild_message",
    code_field=None,
    attributes={"_id": "id"},
)

AVATAR_VIDEO: TaskFamily[AvatarVideo] = TaskFamily(
    name="avatar_video",
    title="Avatar video",
    model="avatar_video.AvatarVideo",
    id_argument="video_id",
    operations={
        "start": ("generate_avatar_videos.generate_avatar_video",),
        "detail": (
            "generate_avatar_videos.get_avatar_video",
            "generate_avatar_videos.get_avatar_video_result",
        ),
        "delete": ("generate_avatar_videos.delete_avatar_video",),
    },
    status_field="status",
    running=("init", "start", "pending", "process", "copy"),
    succeeded=("success",),
    failed=("fail",),
    result_fields=("result",),
    message_field="msg",
    code_field=None,
    attributes={"_id": "id"},
)

AVATAR_TRAINING: TaskFamily[AvatarTraining] = TaskFamily(
    name="avatar_training",
    title="Avatar training (video twin)",
    model="avatar_training.AvatarTraining",
    id_argument="id",
    operations={
        "start": ("video_twin.start_avatar_training",),
        "detail": ("video_twin.get_avatar_training",),
        "status": ("video_twin.list_ongoing_avatar_trainings",),
        "list": ("video_twin.list_avatar_trainings",),
        "batch": ("video_twin.batch_get_avatar_trainings",),
    },
    status_field="current_status",
    running=("initialized", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("anchor_id",),
    message_field="failed_message",
    code_field=None,
    attributes={"_id": "id"},
)

VOICE_CLONE: TaskFamily[UserVoice] = TaskFamily(
    name="voice_clone",
    title="Voice clone",
    model="user_voice.UserVoice",
    id_argument="id",
    operations={
        "start": ("tts_and_voice_clone.train_voice_clone",),
        "detail": ("tts_and_voice_clone.get_voice",),
        "status": ("tts_and_voice_clone.list_voice_clone_trainings",),
        "delete": ("tts_and_voice_clone.delete_voice",),
    },
    status_field="current_status",
    running=("sent", "pendding", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("speaker_id",),
    message_field="failed_message",
    code_field=None,
    attributes={"_id": "id"},
)

DUBBING: TaskFamily[DubbingTask] = TaskFamily(
    name="dubbing",
    title="AI Dubbing",
    model="dubbing_task.DubbingTask",
    id_argument="id",
    operations={
        "start": ("ai_dubbing.start_dubbing",),
        "detail": ("ai_dubbing.get_dubbing_task",),
        "status": ("ai_dubbing.list_processing_dubbing_tasks",),
        "list": ("ai_dubbing.list_dubbing_tasks",),
        "delete": ("ai_dubbing.delete_dubbing_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

CAPTION_REMOVAL: TaskFamily[CaptionRemovalTask] = TaskFamily(
    name="caption_removal",
    title="Caption removal",
    model="caption_removal_task.CaptionRemovalTask",
    id_argument="id",
    operations={
        "start": ("caption_removal.start_caption_removal",),
        "detail": ("caption_removal.get_caption_removal_task",),
        "status": ("caption_removal.list_processing_caption_removal_tasks",),
        "list": ("caption_removal.list_caption_removal_tasks",),
        "batch": ("caption_removal.batch_get_caption_removal_tasks",),
        "delete": ("caption_removal.delete_caption_removal_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

IMAGE_TO_VIDEO: TaskFamily[Image2VideoTask] = TaskFamily(
    name="image_to_video",
    title="Image to video",
    model="image_2_video_task.Image2VideoTask",
    id_argument="id",
    operations={
        "start": ("image_to_video.start_image_to_video",),
        "detail": ("image_to_video.get_image_to_video_task",),
        "list": ("image_to_video.list_image_to_video_tasks",),
        "batch": ("image_to_video.batch_get_image_to_video_tasks",),
        "delete": ("image_to_video.delete_image_to_video_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

TEXT_TO_IMAGE: TaskFamily[Text2ImageTask] = TaskFamily(
    name="text_to_image",
    title="Text to image",
    model="text_2_image_task.Text2ImageTask",
    id_argument="id",
    operations={
        "start": (
            "text_to_image.start_text_to_image",
            "text_to_image.start_text_to_image_old_spelling",
        ),
        "detail": (
            "text_to_image.get_text_to_image_task",
            "text_to_image.get_text_to_image_task_old_spelling",
        ),
        "list": (
            "text_to_image.list_text_to_image_tasks",
            "text_to_image.list_text_to_image_tasks_old_spelling",
        ),
        "batch": ("text_to_image.batch_get_text_to_image_tasks",),
        "delete": (
            "text_to_image.delete_text_to_image_task",
            "text_to_image.delete_text_to_image_task_old_spelling",
        ),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("image_urls",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

PRODUCT_HOLDING: TaskFamily[ImageEditTask] = TaskFamily(
    name="product_holding",
    title="Product holding (image edit)",
    model="image_edit_task.ImageEditTask",
    id_argument="id",
    operations={
        "start": ("image_edit.start_product_holding",),
        "detail": ("image_edit.get_product_holding_task",),
        "list": ("image_edit.list_product_holding_tasks",),
        "batch": ("image_edit.batch_get_product_holding_tasks",),
        "delete": ("image_edit.delete_product_holding_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

TALKING_PHOTO: TaskFamily[TalkingPhotoTask] = TaskFamily(
    name="talking_photo",
    title="Talking photo",
    model="talking_photo_task.TalkingPhotoTask",
    id_argument="id",
    operations={
        "start": ("talking_photo.start_talking_photo",),
        "detail": ("talking_photo.get_talking_photo_task",),
        "list": ("talking_photo.list_talking_photo_tasks",),
        "batch": ("talking_photo.batch_get_talking_photo_tasks",),
        "delete": ("talking_photo.delete_talking_photo_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

TALKING_VIDEO: TaskFamily[TalkingVideoTask] = TaskFamily(
    name="talking_video",
    title="Talking video",
    model="talking_video_task.TalkingVideoTask",
    id_argument="id",
    operations={
        "start": ("talking_video.start_talking_video",),
        "detail": ("talking_video.get_talking_video_task",),
        "list": ("talking_video.list_talking_video_tasks",),
        "batch": ("talking_video.batch_get_talking_video_tasks",),
        "delete": ("talking_video.delete_talking_video_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

VIRTUAL_TRY_ON: TaskFamily[VirtualTryOnTask] = TaskFamily(
    name="virtual_try_on",
    title="Virtual try-on",
    model="virtual_try_on_task.VirtualTryOnTask",
    id_argument="id",
    operations={
        "start": ("virtual_try_on.start_virtual_try_on",),
        "detail": ("virtual_try_on.get_virtual_try_on_task",),
        "list": ("virtual_try_on.list_virtual_try_on_tasks",),
        "batch": ("virtual_try_on.batch_get_virtual_try_on_tasks",),
        "delete": ("virtual_try_on.delete_virtual_try_on_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_image_url",),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

TASK_FAMILIES: Mapping[str, TaskFamily[Any]] = {
    FACE_SWAP.name: FACE_SWAP,
    FACE_SWAP_PREVIEW.name: FACE_SWAP_PREVIEW,
    AVATAR_VIDEO.name: AVATAR_VIDEO,
    AVATAR_TRAINING.name: AVATAR_TRAINING,
    VOICE_CLONE.name: VOICE_CLONE,
    DUBBING.name: DUBBING,
    CAPTION_REMOVAL.name: CAPTION_REMOVAL,
    IMAGE_TO_VIDEO.name: IMAGE_TO_VIDEO,
    TEXT_TO_IMAGE.name: TEXT_TO_IMAGE,
    PRODUCT_HOLDING.name: PRODUCT_HOLDING,
    TALKING_PHOTO.name: TALKING_PHOTO,
    TALKING_VIDEO.name: TALKING_VIDEO,
    VIRTUAL_TRY_ON.name: VIRTUAL_TRY_ON,
}

__all__ = [
    "TASK_FAMILIES",
    "FACE_SWAP",
    "FACE_SWAP_PREVIEW",
    "AVATAR_VIDEO",
    "AVATAR_TRAINING",
    "VOICE_CLONE",
    "DUBBING",
    "CAPTION_REMOVAL",
    "IMAGE_TO_VIDEO",
    "TEXT_TO_IMAGE",
    "PRODUCT_HOLDING",
    "TALKING_PHOTO",
    "TALKING_VIDEO",
    "VIRTUAL_TRY_ON",
]
