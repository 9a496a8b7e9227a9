"""Task families of the A2E API, generated from the spec's `x-a2e-families`.

Do not edit: `make generate` writes this file from openapi/a2e.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from a2e.tasks import TaskFamily

if TYPE_CHECKING:
    from .models.actor_swap_task import ActorSwapTask
    from .models.avatar_training import AvatarTraining
    from .models.avatar_video import AvatarVideo
    from .models.caption_removal_task import CaptionRemovalTask
    from .models.dubbing_task import DubbingTask
    from .models.face_swap_preview import FaceSwapPreview
    from .models.face_swap_task import FaceSwapTask
    from .models.flux_2_task import Flux2Task
    from .models.gpt_image_task import GptImageTask
    from .models.grok_video_task import GrokVideoTask
    from .models.hailuo_video_task import HailuoVideoTask
    from .models.happy_horse_video_task import HappyHorseVideoTask
    from .models.head_swap_task import HeadSwapTask
    from .models.image_2_video_task import Image2VideoTask
    from .models.image_edit_task import ImageEditTask
    from .models.kling_image_task import KlingImageTask
    from .models.kling_omni_task import KlingOmniTask
    from .models.kling_video_task import KlingVideoTask
    from .models.minimax_h3_video_task import MinimaxH3VideoTask
    from .models.motion_transfer_task import MotionTransferTask
    from .models.nano_banana_task import NanoBananaTask
    from .models.photobook_task import PhotobookTask
    from .models.product_avatar_task import ProductAvatarTask
    from .models.qwen_image_task import QwenImageTask
    from .models.seedance_2_video_task import Seedance2VideoTask
    from .models.sora_video_task import SoraVideoTask
    from .models.talking_photo_task import TalkingPhotoTask
    from .models.talking_video_task import TalkingVideoTask
    from .models.text_2_image_task import Text2ImageTask
    from .models.think_sound_task import ThinkSoundTask
    from .models.upscale_task import UpscaleTask
    from .models.user_voice import UserVoice
    from .models.veo_video_task import VeoVideoTask
    from .models.virtual_try_on_task import VirtualTryOnTask
    from .models.wan_26_image_task import Wan26ImageTask
    from .models.wan_27_image_task import Wan27ImageTask
    from .models.wan_reference_video_task import WanReferenceVideoTask
    from .models.wan_spicy_task import WanSpicyTask
    from .models.wan_video_task import WanVideoTask

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

UPSCALE: TaskFamily[UpscaleTask] = TaskFamily(
    name="upscale",
    title="Upscale",
    model="upscale_task.UpscaleTask",
    id_argument="id",
    operations={
        "start": ("upscale.start_upscale",),
        "detail": ("upscale.get_upscale_task",),
        "list": ("upscale.list_upscale_tasks",),
        "batch": ("upscale.batch_get_upscale_tasks",),
        "delete": ("upscale.delete_upscale_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url", "image_urls"),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

NANO_BANANA: TaskFamily[NanoBananaTask] = TaskFamily(
    name="nano_banana",
    title="Nano Banana",
    model="nano_banana_task.NanoBananaTask",
    id_argument="id",
    operations={
        "start": ("nano_banana.start_nano_banana",),
        "detail": (
            "nano_banana.get_nano_banana_task",
            "nano_banana.get_nano_banana_task_short_path",
        ),
        "list": ("nano_banana.list_nano_banana_tasks",),
        "batch": ("nano_banana.batch_get_nano_banana_tasks",),
        "delete": ("nano_banana.delete_nano_banana_task",),
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

PHOTOBOOK: TaskFamily[PhotobookTask] = TaskFamily(
    name="photobook",
    title="Photobook",
    model="photobook_task.PhotobookTask",
    id_argument="id",
    operations={
        "start": ("photobook.start_photobook",),
        "detail": ("photobook.get_photobook_task",),
        "list": ("photobook.list_photobook_tasks",),
        "batch": ("photobook.batch_get_photobook_tasks",),
        "delete": ("photobook.delete_photobook_task",),
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

GPT_IMAGE: TaskFamily[GptImageTask] = TaskFamily(
    name="gpt_image",
    title="GPT Image",
    model="gpt_image_task.GptImageTask",
    id_argument="id",
    operations={
        "start": ("gpt_image.start_gpt_image",),
        "detail": ("gpt_image.get_gpt_image_task",),
        "list": ("gpt_image.list_gpt_image_tasks",),
        "batch": ("gpt_image.batch_get_gpt_image_tasks",),
        "delete": ("gpt_image.delete_gpt_image_task",),
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

WAN26_IMAGE: TaskFamily[Wan26ImageTask] = TaskFamily(
    name="wan26_image",
    title="Wan2.6 Image",
    model="wan_26_image_task.Wan26ImageTask",
    id_argument="id",
    operations={
        "start": ("wan_2_6_image.start_wan_26_image",),
        "detail": ("wan_2_6_image.get_wan_26_image_task",),
        "list": ("wan_2_6_image.list_wan_26_image_tasks",),
        "batch": ("wan_2_6_image.batch_get_wan_26_image_tasks",),
        "delete": ("wan_2_6_image.delete_wan_26_image_task",),
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

WAN27_IMAGE: TaskFamily[Wan27ImageTask] = TaskFamily(
    name="wan27_image",
    title="Wan2.7 Image",
    model="wan_27_image_task.Wan27ImageTask",
    id_argument="id",
    operations={
        "start": ("wan_2_7_image.start_wan_27_image",),
        "detail": ("wan_2_7_image.get_wan_27_image_task",),
        "list": ("wan_2_7_image.list_wan_27_image_tasks",),
        "batch": ("wan_2_7_image.batch_get_wan_27_image_tasks",),
        "delete": ("wan_2_7_image.delete_wan_27_image_task",),
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

QWEN_IMAGE: TaskFamily[QwenImageTask] = TaskFamily(
    name="qwen_image",
    title="Qwen Image",
    model="qwen_image_task.QwenImageTask",
    id_argument="id",
    operations={
        "start": ("qwen_image.start_qwen_image",),
        "detail": ("qwen_image.get_qwen_image_task",),
        "list": ("qwen_image.list_qwen_image_tasks",),
        "batch": ("qwen_image.batch_get_qwen_image_tasks",),
        "delete": ("qwen_image.delete_qwen_image_task",),
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

FLUX_2: TaskFamily[Flux2Task] = TaskFamily(
    name="flux_2",
    title="Flux 2",
    model="flux_2_task.Flux2Task",
    id_argument="id",
    operations={
        "start": ("flux_2.start_flux_2",),
        "detail": ("flux_2.get_flux_2_task",),
        "list": ("flux_2.list_flux_2_tasks",),
        "batch": ("flux_2.batch_get_flux_2_tasks",),
        "delete": ("flux_2.delete_flux_2_task",),
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

KLING_IMAGE: TaskFamily[KlingImageTask] = TaskFamily(
    name="kling_image",
    title="Kling Image",
    model="kling_image_task.KlingImageTask",
    id_argument="id",
    operations={
        "start": ("kling_image.start_kling_image",),
        "detail": ("kling_image.get_kling_image_task",),
        "list": ("kling_image.list_kling_image_tasks",),
        "batch": ("kling_image.batch_get_kling_image_tasks",),
        "delete": ("kling_image.delete_kling_image_task",),
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

WAN_VIDEO: TaskFamily[WanVideoTask] = TaskFamily(
    name="wan_video",
    title="Wan video (2.5 / 2.6 / 2.7)",
    model="wan_video_task.WanVideoTask",
    id_argument="id",
    operations={
        "start": ("wan_image_to_video.start_wan_video",),
        "detail": ("wan_image_to_video.get_wan_video_task",),
        "list": ("wan_image_to_video.list_wan_video_tasks",),
        "batch": ("wan_image_to_video.batch_get_wan_video_tasks",),
        "delete": ("wan_image_to_video.delete_wan_video_task",),
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

WAN_SPICY: TaskFamily[WanSpicyTask] = TaskFamily(
    name="wan_spicy",
    title="Wan Spicy",
    model="wan_spicy_task.WanSpicyTask",
    id_argument="id",
    operations={
        "start": ("wan_image_to_video.start_wan_spicy",),
        "detail": ("wan_image_to_video.get_wan_spicy_task",),
        "list": ("wan_image_to_video.list_wan_spicy_tasks",),
        "batch": ("wan_image_to_video.batch_get_wan_spicy_tasks",),
        "delete": ("wan_image_to_video.delete_wan_spicy_task",),
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

WAN_REFERENCE_VIDEO: TaskFamily[WanReferenceVideoTask] = TaskFamily(
    name="wan_reference_video",
    title="Wan 2.6 reference to video",
    model="wan_reference_video_task.WanReferenceVideoTask",
    id_argument="id",
    operations={
        "start": ("wan_2_6_r2v_flash.start_wan_reference_video",),
        "detail": ("wan_2_6_r2v_flash.get_wan_reference_video_task",),
        "list": ("wan_2_6_r2v_flash.list_wan_reference_video_tasks",),
        "batch": ("wan_2_6_r2v_flash.batch_get_wan_reference_video_tasks",),
        "delete": ("wan_2_6_r2v_flash.delete_wan_reference_video_task",),
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

HAPPY_HORSE_VIDEO: TaskFamily[HappyHorseVideoTask] = TaskFamily(
    name="happy_horse_video",
    title="HappyHorse video",
    model="happy_horse_video_task.HappyHorseVideoTask",
    id_argument="id",
    operations={
        "start": ("happy_horse_video.start_happy_horse_video",),
        "detail": ("happy_horse_video.get_happy_horse_video_task",),
        "list": ("happy_horse_video.list_happy_horse_video_tasks",),
        "batch": ("happy_horse_video.batch_get_happy_horse_video_tasks",),
        "delete": ("happy_horse_video.delete_happy_horse_video_task",),
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

THINK_SOUND: TaskFamily[ThinkSoundTask] = TaskFamily(
    name="think_sound",
    title="ThinkSound",
    model="think_sound_task.ThinkSoundTask",
    id_argument="id",
    operations={
        "start": ("think_sound.start_think_sound",),
        "detail": ("think_sound.get_think_sound_task",),
        "list": ("think_sound.list_think_sound_tasks",),
        "batch": ("think_sound.batch_get_think_sound_tasks",),
        "delete": ("think_sound.delete_think_sound_task",),
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

MOTION_TRANSFER: TaskFamily[MotionTransferTask] = TaskFamily(
    name="motion_transfer",
    title="Motion transfer",
    model="motion_transfer_task.MotionTransferTask",
    id_argument="id",
    operations={
        "start": ("motion_transfer.start_motion_transfer",),
        "detail": ("motion_transfer.get_motion_transfer_task",),
        "list": ("motion_transfer.list_motion_transfer_tasks",),
        "batch": ("motion_transfer.batch_get_motion_transfer_tasks",),
        "delete": ("motion_transfer.delete_motion_transfer_task",),
    },
    status_field="current_status",
    running=("initialized", "sent", "pending", "processing"),
    succeeded=("completed",),
    failed=("failed",),
    result_fields=("result_url", "result_video_url"),
    message_field="failed_message",
    code_field="failed_code",
    attributes={"_id": "id"},
)

ACTOR_SWAP: TaskFamily[ActorSwapTask] = TaskFamily(
    name="actor_swap",
    title="Actor swap",
    model="actor_swap_task.ActorSwapTask",
    id_argument="id",
    operations={
        "start": ("actor_swap.start_actor_swap",),
        "detail": ("actor_swap.get_actor_swap_task",),
        "list": ("actor_swap.list_actor_swap_tasks",),
        "batch": ("actor_swap.batch_get_actor_swap_tasks",),
        "delete": ("actor_swap.delete_actor_swap_task",),
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

PRODUCT_AVATAR: TaskFamily[ProductAvatarTask] = TaskFamily(
    name="product_avatar",
    title="Product avatar",
    model="product_avatar_task.ProductAvatarTask",
    id_argument="id",
    operations={
        "start": ("product_avatar.start_product_avatar",),
        "detail": ("product_avatar.get_product_avatar_task",),
        "list": ("product_avatar.list_product_avatar_tasks",),
        "batch": ("product_avatar.batch_get_product_avatar_tasks",),
        "delete": ("product_avatar.delete_product_avatar_task",),
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

HEAD_SWAP: TaskFamily[HeadSwapTask] = TaskFamily(
    name="head_swap",
    title="Head swap",
    model="head_swap_task.HeadSwapTask",
    id_argument="id",
    operations={
        "start": ("head_swap.start_head_swap",),
        "detail": ("head_swap.get_head_swap_task",),
        "list": ("head_swap.list_head_swap_tasks",),
        "batch": ("head_swap.batch_get_head_swap_tasks",),
        "delete": ("head_swap.delete_head_swap_task",),
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

VEO_VIDEO: TaskFamily[VeoVideoTask] = TaskFamily(
    name="veo_video",
    title="Veo Video",
    model="veo_video_task.VeoVideoTask",
    id_argument="id",
    operations={
        "start": ("veo_video.start_veo_video",),
        "detail": ("veo_video.get_veo_video",),
        "list": ("veo_video.list_veo_videos",),
        "batch": ("veo_video.batch_get_veo_videos",),
        "delete": ("veo_video.delete_veo_video",),
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

KLING_VIDEO: TaskFamily[KlingVideoTask] = TaskFamily(
    name="kling_video",
    title="Kling Video",
    model="kling_video_task.KlingVideoTask",
    id_argument="id",
    operations={
        "start": ("kling_video.start_kling_video",),
        "detail": ("kling_video.get_kling_video",),
        "list": ("kling_video.list_kling_videos",),
        "batch": ("kling_video.batch_get_kling_videos",),
        "delete": ("kling_video.delete_kling_video",),
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

KLING_OMNI: TaskFamily[KlingOmniTask] = TaskFamily(
    name="kling_omni",
    title="Kling Omni",
    model="kling_omni_task.KlingOmniTask",
    id_argument="id",
    operations={
        "start": ("kling_omni.start_kling_omni_video",),
        "detail": ("kling_omni.get_kling_omni_video",),
        "list": ("kling_omni.list_kling_omni_videos",),
        "batch": ("kling_omni.batch_get_kling_omni_videos",),
        "delete": ("kling_omni.delete_kling_omni_video",),
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

GROK_VIDEO: TaskFamily[GrokVideoTask] = TaskFamily(
    name="grok_video",
    title="Grok Video",
    model="grok_video_task.GrokVideoTask",
    id_argument="id",
    operations={
        "start": ("grok_video.start_grok_video",),
        "detail": ("grok_video.get_grok_video",),
        "list": ("grok_video.list_grok_videos",),
        "batch": ("grok_video.batch_get_grok_videos",),
        "delete": ("grok_video.delete_grok_video",),
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

HAILUO_VIDEO: TaskFamily[HailuoVideoTask] = TaskFamily(
    name="hailuo_video",
    title="Hailuo Video",
    model="hailuo_video_task.HailuoVideoTask",
    id_argument="id",
    operations={
        "start": ("hailuo_video_generation.start_hailuo_video",),
        "detail": ("hailuo_video_generation.get_hailuo_video_task",),
        "list": ("hailuo_video_generation.list_hailuo_video_tasks",),
        "delete": ("hailuo_video_generation.delete_hailuo_video_task",),
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

MINIMAX_H3_VIDEO: TaskFamily[MinimaxH3VideoTask] = TaskFamily(
    name="minimax_h3_video",
    title="MiniMax H3 Video",
    model="minimax_h3_video_task.MinimaxH3VideoTask",
    id_argument="id",
    operations={
        "start": ("mini_max_h3_video_generation.start_minimax_h3_video",),
        "detail": ("mini_max_h3_video_generation.get_minimax_h3_video_task",),
        "list": ("mini_max_h3_video_generation.list_minimax_h3_video_tasks",),
        "batch": ("mini_max_h3_video_generation.batch_get_minimax_h3_video_tasks",),
        "delete": ("mini_max_h3_video_generation.delete_minimax_h3_video_task",),
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

SORA_VIDEO: TaskFamily[SoraVideoTask] = TaskFamily(
    name="sora_video",
    title="Sora 2 Pro Video",
    model="sora_video_task.SoraVideoTask",
    id_argument="id",
    operations={
        "start": ("sora_2_pro_video.start_sora_video",),
        "detail": ("sora_2_pro_video.get_sora_video_task",),
        "list": ("sora_2_pro_video.list_sora_video_tasks",),
        "batch": ("sora_2_pro_video.batch_get_sora_video_tasks",),
        "delete": ("sora_2_pro_video.delete_sora_video_task",),
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

SEEDANCE2_VIDEO: TaskFamily[Seedance2VideoTask] = TaskFamily(
    name="seedance2_video",
    title="Seedance 2.x Video",
    model="seedance_2_video_task.Seedance2VideoTask",
    id_argument="id",
    operations={
        "start": ("seedance_2_x.start_seedance_2_video",),
        "detail": ("seedance_2_x.get_seedance_2_video_task",),
        "list": ("seedance_2_x.list_seedance_2_video_tasks",),
        "batch": ("seedance_2_x.batch_get_seedance_2_video_tasks",),
        "delete": ("seedance_2_x.delete_seedance_2_video_task",),
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

TASK_FAMILIES: Mapping[str, TaskFamily[Any]] = {
    AVATAR_VIDEO.name: AVATAR_VIDEO,
    VOICE_CLONE.name: VOICE_CLONE,
    AVATAR_TRAINING.name: AVATAR_TRAINING,
    FACE_SWAP.name: FACE_SWAP,
    FACE_SWAP_PREVIEW.name: FACE_SWAP_PREVIEW,
    DUBBING.name: DUBBING,
    CAPTION_REMOVAL.name: CAPTION_REMOVAL,
    TEXT_TO_IMAGE.name: TEXT_TO_IMAGE,
    PRODUCT_HOLDING.name: PRODUCT_HOLDING,
    IMAGE_TO_VIDEO.name: IMAGE_TO_VIDEO,
    TALKING_PHOTO.name: TALKING_PHOTO,
    TALKING_VIDEO.name: TALKING_VIDEO,
    VIRTUAL_TRY_ON.name: VIRTUAL_TRY_ON,
    UPSCALE.name: UPSCALE,
    NANO_BANANA.name: NANO_BANANA,
    PHOTOBOOK.name: PHOTOBOOK,
    GPT_IMAGE.name: GPT_IMAGE,
    WAN26_IMAGE.name: WAN26_IMAGE,
    WAN27_IMAGE.name: WAN27_IMAGE,
    QWEN_IMAGE.name: QWEN_IMAGE,
    FLUX_2.name: FLUX_2,
    KLING_IMAGE.name: KLING_IMAGE,
    WAN_VIDEO.name: WAN_VIDEO,
    WAN_SPICY.name: WAN_SPICY,
    WAN_REFERENCE_VIDEO.name: WAN_REFERENCE_VIDEO,
    HAPPY_HORSE_VIDEO.name: HAPPY_HORSE_VIDEO,
    THINK_SOUND.name: THINK_SOUND,
    MOTION_TRANSFER.name: MOTION_TRANSFER,
    ACTOR_SWAP.name: ACTOR_SWAP,
    PRODUCT_AVATAR.name: PRODUCT_AVATAR,
    HEAD_SWAP.name: HEAD_SWAP,
    VEO_VIDEO.name: VEO_VIDEO,
    KLING_VIDEO.name: KLING_VIDEO,
    KLING_OMNI.name: KLING_OMNI,
    GROK_VIDEO.name: GROK_VIDEO,
    HAILUO_VIDEO.name: HAILUO_VIDEO,
    MINIMAX_H3_VIDEO.name: MINIMAX_H3_VIDEO,
    SORA_VIDEO.name: SORA_VIDEO,
    SEEDANCE2_VIDEO.name: SEEDANCE2_VIDEO,
}

# Every name a family answers to (`a2e.tasks.family_named`) -> its name in TASK_FAMILIES:
# its own and its section's, in snake_case and kebab-case.
ALIASES: Mapping[str, str] = {
    "avatar_video": "avatar_video",
    "avatar-video": "avatar_video",
    "voice_clone": "voice_clone",
    "voice-clone": "voice_clone",
    "avatar_training": "avatar_training",
    "avatar-training": "avatar_training",
    "face_swap": "face_swap",
    "face-swap": "face_swap",
    "face_swap_preview": "face_swap_preview",
    "face-swap-preview": "face_swap_preview",
    "dubbing": "dubbing",
    "caption_removal": "caption_removal",
    "caption-removal": "caption_removal",
    "text_to_image": "text_to_image",
    "text-to-image": "text_to_image",
    "product_holding": "product_holding",
    "product-holding": "product_holding",
    "image_to_video": "image_to_video",
    "image-to-video": "image_to_video",
    "talking_photo": "talking_photo",
    "talking-photo": "talking_photo",
    "talking_video": "talking_video",
    "talking-video": "talking_video",
    "virtual_try_on": "virtual_try_on",
    "virtual-try-on": "virtual_try_on",
    "upscale": "upscale",
    "nano_banana": "nano_banana",
    "nano-banana": "nano_banana",
    "photobook": "photobook",
    "gpt_image": "gpt_image",
    "gpt-image": "gpt_image",
    "wan26_image": "wan26_image",
    "wan26-image": "wan26_image",
    "wan27_image": "wan27_image",
    "wan27-image": "wan27_image",
    "qwen_image": "qwen_image",
    "qwen-image": "qwen_image",
    "flux_2": "flux_2",
    "flux-2": "flux_2",
    "kling_image": "kling_image",
    "kling-image": "kling_image",
    "wan_video": "wan_video",
    "wan-video": "wan_video",
    "wan_spicy": "wan_spicy",
    "wan-spicy": "wan_spicy",
    "wan_reference_video": "wan_reference_video",
    "wan-reference-video": "wan_reference_video",
    "happy_horse_video": "happy_horse_video",
    "happy-horse-video": "happy_horse_video",
    "think_sound": "think_sound",
    "think-sound": "think_sound",
    "motion_transfer": "motion_transfer",
    "motion-transfer": "motion_transfer",
    "actor_swap": "actor_swap",
    "actor-swap": "actor_swap",
    "product_avatar": "product_avatar",
    "product-avatar": "product_avatar",
    "head_swap": "head_swap",
    "head-swap": "head_swap",
    "veo_video": "veo_video",
    "veo-video": "veo_video",
    "kling_video": "kling_video",
    "kling-video": "kling_video",
    "kling_omni": "kling_omni",
    "kling-omni": "kling_omni",
    "grok_video": "grok_video",
    "grok-video": "grok_video",
    "hailuo_video": "hailuo_video",
    "hailuo-video": "hailuo_video",
    "minimax_h3_video": "minimax_h3_video",
    "minimax-h3-video": "minimax_h3_video",
    "sora_video": "sora_video",
    "sora-video": "sora_video",
    "seedance2_video": "seedance2_video",
    "seedance2-video": "seedance2_video",
    "tts_and_voice_clone": "voice_clone",
    "tts-and-voice-clone": "voice_clone",
    "generate_avatar_videos": "avatar_video",
    "generate-avatar-videos": "avatar_video",
    "video_twin": "avatar_training",
    "video-twin": "avatar_training",
    "ai_dubbing": "dubbing",
    "ai-dubbing": "dubbing",
    "image_edit": "product_holding",
    "image-edit": "product_holding",
    "wan_2_6_image": "wan26_image",
    "wan-2-6-image": "wan26_image",
    "wan_2_7_image": "wan27_image",
    "wan-2-7-image": "wan27_image",
    "wan_image_to_video": "wan_video",
    "wan-image-to-video": "wan_video",
    "wan_2_6_r2v_flash": "wan_reference_video",
    "wan-2-6-r2v-flash": "wan_reference_video",
    "hailuo_video_generation": "hailuo_video",
    "hailuo-video-generation": "hailuo_video",
    "mini_max_h3_video_generation": "minimax_h3_video",
    "mini-max-h3-video-generation": "minimax_h3_video",
    "sora_2_pro_video": "sora_video",
    "sora-2-pro-video": "sora_video",
    "seedance_2_x": "seedance2_video",
    "seedance-2-x": "seedance2_video",
}

__all__ = [
    "TASK_FAMILIES",
    "ALIASES",
    "AVATAR_VIDEO",
    "VOICE_CLONE",
    "AVATAR_TRAINING",
    "FACE_SWAP",
    "FACE_SWAP_PREVIEW",
    "DUBBING",
    "CAPTION_REMOVAL",
    "TEXT_TO_IMAGE",
    "PRODUCT_HOLDING",
    "IMAGE_TO_VIDEO",
    "TALKING_PHOTO",
    "TALKING_VIDEO",
    "VIRTUAL_TRY_ON",
    "UPSCALE",
    "NANO_BANANA",
    "PHOTOBOOK",
    "GPT_IMAGE",
    "WAN26_IMAGE",
    "WAN27_IMAGE",
    "QWEN_IMAGE",
    "FLUX_2",
    "KLING_IMAGE",
    "WAN_VIDEO",
    "WAN_SPICY",
    "WAN_REFERENCE_VIDEO",
    "HAPPY_HORSE_VIDEO",
    "THINK_SOUND",
    "MOTION_TRANSFER",
    "ACTOR_SWAP",
    "PRODUCT_AVATAR",
    "HEAD_SWAP",
    "VEO_VIDEO",
    "KLING_VIDEO",
    "KLING_OMNI",
    "GROK_VIDEO",
    "HAILUO_VIDEO",
    "MINIMAX_H3_VIDEO",
    "SORA_VIDEO",
    "SEEDANCE2_VIDEO",
]
