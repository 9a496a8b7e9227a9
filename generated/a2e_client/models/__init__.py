"""Contains all the data models used in inputs/outputs.

Models are imported on first use, so that importing one operation module does not import
every model of the API.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor_swap_task import ActorSwapTask
    from .actor_swap_task_envelope import ActorSwapTaskEnvelope
    from .actor_swap_task_list_envelope import ActorSwapTaskListEnvelope
    from .actor_swap_task_page import ActorSwapTaskPage
    from .actor_swap_task_page_envelope import ActorSwapTaskPageEnvelope
    from .add_background_request import AddBackgroundRequest
    from .add_face_swap_image_request import AddFaceSwapImageRequest
    from .add_user_request import AddUserRequest
    from .audio_url_envelope import AudioUrlEnvelope
    from .avatar import Avatar
    from .avatar_eye_contact_request import AvatarEyeContactRequest
    from .avatar_list_envelope import AvatarListEnvelope
    from .avatar_training import AvatarTraining
    from .avatar_training_envelope import AvatarTrainingEnvelope
    from .avatar_training_id_request import AvatarTrainingIdRequest
    from .avatar_training_list_envelope import AvatarTrainingListEnvelope
    from .avatar_training_page import AvatarTrainingPage
    from .avatar_training_page_envelope import AvatarTrainingPageEnvelope
    from .avatar_video import AvatarVideo
    from .avatar_video_envelope import AvatarVideoEnvelope
    from .avatar_video_id_request import AvatarVideoIdRequest
    from .avatar_video_list_envelope import AvatarVideoListEnvelope
    from .avatar_video_page_envelope import AvatarVideoPageEnvelope
    from .avatar_video_page_envelope_data import AvatarVideoPageEnvelopeData
    from .avatar_video_status import AvatarVideoStatus
    from .background import Background
    from .background_envelope import BackgroundEnvelope
    from .background_id_request import BackgroundIdRequest
    from .background_list_envelope import BackgroundListEnvelope
    from .batch_detail_request import BatchDetailRequest
    from .caption_removal_id_request import CaptionRemovalIdRequest
    from .caption_removal_task import CaptionRemovalTask
    from .caption_removal_task_envelope import CaptionRemovalTaskEnvelope
    from .caption_removal_task_list_envelope import CaptionRemovalTaskListEnvelope
    from .caption_removal_task_page import CaptionRemovalTaskPage
    from .caption_removal_task_page_envelope import CaptionRemovalTaskPageEnvelope
    from .credit_record import CreditRecord
    from .credit_record_list_envelope import CreditRecordListEnvelope
    from .custom_avatar import CustomAvatar
    from .custom_avatar_envelope import CustomAvatarEnvelope
    from .custom_avatar_id_request import CustomAvatarIdRequest
    from .custom_avatar_list_envelope import CustomAvatarListEnvelope
    from .custom_avatar_tag_list_envelope import CustomAvatarTagListEnvelope
    from .detect_language_request import DetectLanguageRequest
    from .dubbing_task import DubbingTask
    from .dubbing_task_envelope import DubbingTaskEnvelope
    from .dubbing_task_list_envelope import DubbingTaskListEnvelope
    from .dubbing_task_page import DubbingTaskPage
    from .dubbing_task_page_envelope import DubbingTaskPageEnvelope
    from .envelope import Envelope
    from .error_response import ErrorResponse
    from .extend_flf_2v_prompt_request import ExtendFlf2VPromptRequest
    from .extend_image_to_video_prompt_request import ExtendImageToVideoPromptRequest
    from .extend_image_to_video_prompt_request_template import (
        ExtendImageToVideoPromptRequestTemplate,
    )
    from .face_swap_image import FaceSwapImage
    from .face_swap_image_list_envelope import FaceSwapImageListEnvelope
    from .face_swap_preview import FaceSwapPreview
    from .face_swap_preview_envelope import FaceSwapPreviewEnvelope
    from .face_swap_task import FaceSwapTask
    from .face_swap_task_envelope import FaceSwapTaskEnvelope
    from .face_swap_task_list_envelope import FaceSwapTaskListEnvelope
    from .face_swap_task_page import FaceSwapTaskPage
    from .face_swap_task_page_envelope import FaceSwapTaskPageEnvelope
    from .face_swap_task_status import FaceSwapTaskStatus
    from .face_swap_task_status_list_envelope import FaceSwapTaskStatusListEnvelope
    from .failure_envelope import FailureEnvelope
    from .flux_2_task import Flux2Task
    from .flux_2_task_envelope import Flux2TaskEnvelope
    from .flux_2_task_list_envelope import Flux2TaskListEnvelope
    from .flux_2_task_page import Flux2TaskPage
    from .flux_2_task_page_envelope import Flux2TaskPageEnvelope
    from .generate_avatar_video_request import GenerateAvatarVideoRequest
    from .generate_avatar_video_request_caption_align import (
        GenerateAvatarVideoRequestCaptionAlign,
    )
    from .generate_avatar_video_request_gp_model import (
        GenerateAvatarVideoRequestGpModel,
    )
    from .generate_tts_request import GenerateTtsRequest
    from .generate_tts_request_type import GenerateTtsRequestType
    from .generation_quote import GenerationQuote
    from .generation_quote_envelope import GenerationQuoteEnvelope
    from .gpt_image_task import GptImageTask
    from .gpt_image_task_envelope import GptImageTaskEnvelope
    from .gpt_image_task_list_envelope import GptImageTaskListEnvelope
    from .gpt_image_task_page import GptImageTaskPage
    from .gpt_image_task_page_envelope import GptImageTaskPageEnvelope
    from .grok_video_task import GrokVideoTask
    from .grok_video_task_envelope import GrokVideoTaskEnvelope
    from .grok_video_task_list_envelope import GrokVideoTaskListEnvelope
    from .grok_video_task_page import GrokVideoTaskPage
    from .grok_video_task_page_envelope import GrokVideoTaskPageEnvelope
    from .hailuo_video_task import HailuoVideoTask
    from .hailuo_video_task_envelope import HailuoVideoTaskEnvelope
    from .hailuo_video_task_page import HailuoVideoTaskPage
    from .hailuo_video_task_page_envelope import HailuoVideoTaskPageEnvelope
    from .happy_horse_video_task import HappyHorseVideoTask
    from .happy_horse_video_task_envelope import HappyHorseVideoTaskEnvelope
    from .happy_horse_video_task_list_envelope import HappyHorseVideoTaskListEnvelope
    from .happy_horse_video_task_page import HappyHorseVideoTaskPage
    from .happy_horse_video_task_page_envelope import HappyHorseVideoTaskPageEnvelope
    from .head_swap_task import HeadSwapTask
    from .head_swap_task_envelope import HeadSwapTaskEnvelope
    from .head_swap_task_list_envelope import HeadSwapTaskListEnvelope
    from .head_swap_task_page import HeadSwapTaskPage
    from .head_swap_task_page_envelope import HeadSwapTaskPageEnvelope
    from .image_2_video_task import Image2VideoTask
    from .image_edit_task import ImageEditTask
    from .image_to_video_task_envelope import ImageToVideoTaskEnvelope
    from .image_to_video_task_list_envelope import ImageToVideoTaskListEnvelope
    from .image_to_video_task_page import ImageToVideoTaskPage
    from .image_to_video_task_page_envelope import ImageToVideoTaskPageEnvelope
    from .kling_image_task import KlingImageTask
    from .kling_image_task_envelope import KlingImageTaskEnvelope
    from .kling_image_task_list_envelope import KlingImageTaskListEnvelope
    from .kling_image_task_page import KlingImageTaskPage
    from .kling_image_task_page_envelope import KlingImageTaskPageEnvelope
    from .kling_omni_task import KlingOmniTask
    from .kling_omni_task_envelope import KlingOmniTaskEnvelope
    from .kling_omni_task_list_envelope import KlingOmniTaskListEnvelope
    from .kling_omni_task_page import KlingOmniTaskPage
    from .kling_omni_task_page_envelope import KlingOmniTaskPageEnvelope
    from .kling_video_task import KlingVideoTask
    from .kling_video_task_envelope import KlingVideoTaskEnvelope
    from .kling_video_task_list_envelope import KlingVideoTaskListEnvelope
    from .kling_video_task_page import KlingVideoTaskPage
    from .kling_video_task_page_envelope import KlingVideoTaskPageEnvelope
    from .language_envelope import LanguageEnvelope
    from .list_available_avatars_request import ListAvailableAvatarsRequest
    from .list_available_avatars_request_web_type import (
        ListAvailableAvatarsRequestWebType,
    )
    from .list_avatar_trainings_status import ListAvatarTrainingsStatus
    from .list_avatars_request import ListAvatarsRequest
    from .list_backgrounds_request import ListBackgroundsRequest
    from .list_flux_2_tasks_status import ListFlux2TasksStatus
    from .list_languages_request import ListLanguagesRequest
    from .list_nano_banana_tasks_status import ListNanoBananaTasksStatus
    from .list_voices_request import ListVoicesRequest
    from .minimax_h3_video_task import MinimaxH3VideoTask
    from .minimax_h3_video_task_envelope import MinimaxH3VideoTaskEnvelope
    from .minimax_h3_video_task_list_envelope import MinimaxH3VideoTaskListEnvelope
    from .minimax_h3_video_task_page import MinimaxH3VideoTaskPage
    from .minimax_h3_video_task_page_envelope import MinimaxH3VideoTaskPageEnvelope
    from .motion_transfer_task import MotionTransferTask
    from .motion_transfer_task_envelope import MotionTransferTaskEnvelope
    from .motion_transfer_task_list_envelope import MotionTransferTaskListEnvelope
    from .motion_transfer_task_page import MotionTransferTaskPage
    from .motion_transfer_task_page_envelope import MotionTransferTaskPageEnvelope
    from .nano_banana_task import NanoBananaTask
    from .nano_banana_task_envelope import NanoBananaTaskEnvelope
    from .nano_banana_task_list_envelope import NanoBananaTaskListEnvelope
    from .nano_banana_task_page import NanoBananaTaskPage
    from .nano_banana_task_page_envelope import NanoBananaTaskPageEnvelope
    from .photobook_task import PhotobookTask
    from .photobook_task_envelope import PhotobookTaskEnvelope
    from .photobook_task_list_envelope import PhotobookTaskListEnvelope
    from .photobook_task_page import PhotobookTaskPage
    from .photobook_task_page_envelope import PhotobookTaskPageEnvelope
    from .presigned_upload import PresignedUpload
    from .presigned_upload_envelope import PresignedUploadEnvelope
    from .product_avatar_task import ProductAvatarTask
    from .product_avatar_task_envelope import ProductAvatarTaskEnvelope
    from .product_avatar_task_list_envelope import ProductAvatarTaskListEnvelope
    from .product_avatar_task_page import ProductAvatarTaskPage
    from .product_avatar_task_page_envelope import ProductAvatarTaskPageEnvelope
    from .product_avatar_task_product_rect import ProductAvatarTaskProductRect
    from .product_holding_task_envelope import ProductHoldingTaskEnvelope
    from .product_holding_task_list_envelope import ProductHoldingTaskListEnvelope
    from .product_holding_task_page import ProductHoldingTaskPage
    from .product_holding_task_page_envelope import ProductHoldingTaskPageEnvelope
    from .public_pool_setting import PublicPoolSetting
    from .public_pool_setting_envelope import PublicPoolSettingEnvelope
    from .qa_context import QaContext
    from .qa_context_envelope import QaContextEnvelope
    from .quick_add_avatar_request import QuickAddAvatarRequest
    from .quick_add_avatar_request_gender import QuickAddAvatarRequestGender
    from .quote_generation_request import QuoteGenerationRequest
    from .quote_generation_request_request_body import QuoteGenerationRequestRequestBody
    from .qwen_image_task import QwenImageTask
    from .qwen_image_task_envelope import QwenImageTaskEnvelope
    from .qwen_image_task_list_envelope import QwenImageTaskListEnvelope
    from .qwen_image_task_page import QwenImageTaskPage
    from .qwen_image_task_page_envelope import QwenImageTaskPageEnvelope
    from .remaining_coins import RemainingCoins
    from .remaining_coins_envelope import RemainingCoinsEnvelope
    from .rename_kling_omni_video_request import RenameKlingOmniVideoRequest
    from .rename_kling_video_request import RenameKlingVideoRequest
    from .rename_seedance_2_video_task_request import RenameSeedance2VideoTaskRequest
    from .rename_voice_request import RenameVoiceRequest
    from .seedance_2_video_task import Seedance2VideoTask
    from .seedance_2_video_task_envelope import Seedance2VideoTaskEnvelope
    from .seedance_2_video_task_list_envelope import Seedance2VideoTaskListEnvelope
    from .seedance_2_video_task_page import Seedance2VideoTaskPage
    from .seedance_2_video_task_page_envelope import Seedance2VideoTaskPageEnvelope
    from .seedance_video_task import SeedanceVideoTask
    from .seedance_video_task_envelope import SeedanceVideoTaskEnvelope
    from .seedance_video_task_page import SeedanceVideoTaskPage
    from .seedance_video_task_page_envelope import SeedanceVideoTaskPageEnvelope
    from .sora_video_task import SoraVideoTask
    from .sora_video_task_envelope import SoraVideoTaskEnvelope
    from .sora_video_task_list_envelope import SoraVideoTaskListEnvelope
    from .sora_video_task_page import SoraVideoTaskPage
    from .sora_video_task_page_envelope import SoraVideoTaskPageEnvelope
    from .start_actor_swap_request import StartActorSwapRequest
    from .start_avatar_training_request import StartAvatarTrainingRequest
    from .start_avatar_training_request_gender import StartAvatarTrainingRequestGender
    from .start_caption_removal_request import StartCaptionRemovalRequest
    from .start_dubbing_request import StartDubbingRequest
    from .start_face_swap_preview_request import StartFaceSwapPreviewRequest
    from .start_face_swap_task_request import StartFaceSwapTaskRequest
    from .start_face_swap_task_request_model_version import (
        StartFaceSwapTaskRequestModelVersion,
    )
    from .start_flux_2_request import StartFlux2Request
    from .start_flux_2_request_aspect_ratio import StartFlux2RequestAspectRatio
    from .start_flux_2_request_resolution import StartFlux2RequestResolution
    from .start_gpt_image_request import StartGptImageRequest
    from .start_gpt_image_request_aspect_ratio import StartGptImageRequestAspectRatio
    from .start_gpt_image_request_model import StartGptImageRequestModel
    from .start_gpt_image_request_quality import StartGptImageRequestQuality
    from .start_gpt_image_request_resolution import StartGptImageRequestResolution
    from .start_grok_video_request import StartGrokVideoRequest
    from .start_grok_video_request_aspect_ratio import StartGrokVideoRequestAspectRatio
    from .start_grok_video_request_duration import StartGrokVideoRequestDuration
    from .start_grok_video_request_mode import StartGrokVideoRequestMode
    from .start_grok_video_request_model_type import StartGrokVideoRequestModelType
    from .start_grok_video_request_model_version import (
        StartGrokVideoRequestModelVersion,
    )
    from .start_hailuo_video_request import StartHailuoVideoRequest
    from .start_hailuo_video_request_duration import StartHailuoVideoRequestDuration
    from .start_hailuo_video_request_resolution import StartHailuoVideoRequestResolution
    from .start_happy_horse_video_request import StartHappyHorseVideoRequest
    from .start_happy_horse_video_request_audio_setting import (
        StartHappyHorseVideoRequestAudioSetting,
    )
    from .start_happy_horse_video_request_duration import (
        StartHappyHorseVideoRequestDuration,
    )
    from .start_happy_horse_video_request_mode import StartHappyHorseVideoRequestMode
    from .start_happy_horse_video_request_model_version import (
        StartHappyHorseVideoRequestModelVersion,
    )
    from .start_happy_horse_video_request_ratio import StartHappyHorseVideoRequestRatio
    from .start_happy_horse_video_request_resolution import (
        StartHappyHorseVideoRequestResolution,
    )
    from .start_head_swap_request import StartHeadSwapRequest
    from .start_image_2_video_request import StartImage2VideoRequest
    from .start_image_2_video_request_model_type import StartImage2VideoRequestModelType
    from .start_image_2_video_request_model_version import (
        StartImage2VideoRequestModelVersion,
    )
    from .start_image_edit_request import StartImageEditRequest
    from .start_image_edit_request_edit_type import StartImageEditRequestEditType
    from .start_kling_image_request import StartKlingImageRequest
    from .start_kling_image_request_aspect_ratio import (
        StartKlingImageRequestAspectRatio,
    )
    from .start_kling_image_request_resolution import StartKlingImageRequestResolution
    from .start_kling_omni_video_request import StartKlingOmniVideoRequest
    from .start_kling_omni_video_request_aspect_ratio import (
        StartKlingOmniVideoRequestAspectRatio,
    )
    from .start_kling_omni_video_request_mode import StartKlingOmniVideoRequestMode
    from .start_kling_omni_video_request_multi_prompt_item import (
        StartKlingOmniVideoRequestMultiPromptItem,
    )
    from .start_kling_omni_video_request_shot_type import (
        StartKlingOmniVideoRequestShotType,
    )
    from .start_kling_video_request import StartKlingVideoRequest
    from .start_kling_video_request_aspect_ratio import (
        StartKlingVideoRequestAspectRatio,
    )
    from .start_kling_video_request_character_orientation import (
        StartKlingVideoRequestCharacterOrientation,
    )
    from .start_kling_video_request_duration import StartKlingVideoRequestDuration
    from .start_kling_video_request_mode import StartKlingVideoRequestMode
    from .start_kling_video_request_model_version import (
        StartKlingVideoRequestModelVersion,
    )
    from .start_kling_video_request_quality_mode import (
        StartKlingVideoRequestQualityMode,
    )
    from .start_kling_video_request_resolution import StartKlingVideoRequestResolution
    from .start_kling_video_request_version import StartKlingVideoRequestVersion
    from .start_minimax_h3_video_request import StartMinimaxH3VideoRequest
    from .start_minimax_h3_video_request_aspect_ratio import (
        StartMinimaxH3VideoRequestAspectRatio,
    )
    from .start_minimax_h3_video_request_mode import StartMinimaxH3VideoRequestMode
    from .start_minimax_h3_video_request_resolution import (
        StartMinimaxH3VideoRequestResolution,
    )
    from .start_motion_transfer_request import StartMotionTransferRequest
    from .start_nano_banana_request import StartNanoBananaRequest
    from .start_nano_banana_request_aspect_ratio import (
        StartNanoBananaRequestAspectRatio,
    )
    from .start_nano_banana_request_image_size import StartNanoBananaRequestImageSize
    from .start_nano_banana_request_model import StartNanoBananaRequestModel
    from .start_photobook_request import StartPhotobookRequest
    from .start_photobook_request_total_count import StartPhotobookRequestTotalCount
    from .start_product_avatar_request import StartProductAvatarRequest
    from .start_product_avatar_request_product_rect import (
        StartProductAvatarRequestProductRect,
    )
    from .start_qwen_image_request import StartQwenImageRequest
    from .start_qwen_image_request_model import StartQwenImageRequestModel
    from .start_qwen_image_request_size import StartQwenImageRequestSize
    from .start_seedance_2_video_request import StartSeedance2VideoRequest
    from .start_seedance_2_video_request_aspect_ratio import (
        StartSeedance2VideoRequestAspectRatio,
    )
    from .start_seedance_2_video_request_mode import StartSeedance2VideoRequestMode
    from .start_seedance_2_video_request_model_version import (
        StartSeedance2VideoRequestModelVersion,
    )
    from .start_seedance_2_video_request_omni_reference_task_type import (
        StartSeedance2VideoRequestOmniReferenceTaskType,
    )
    from .start_seedance_2_video_request_resolution import (
        StartSeedance2VideoRequestResolution,
    )
    from .start_seedance_video_request import StartSeedanceVideoRequest
    from .start_seedance_video_request_aspect_ratio import (
        StartSeedanceVideoRequestAspectRatio,
    )
    from .start_seedance_video_request_duration import StartSeedanceVideoRequestDuration
    from .start_seedance_video_request_mode import StartSeedanceVideoRequestMode
    from .start_seedance_video_request_resolution import (
        StartSeedanceVideoRequestResolution,
    )
    from .start_sora_video_request import StartSoraVideoRequest
    from .start_sora_video_request_aspect_ratio import StartSoraVideoRequestAspectRatio
    from .start_sora_video_request_duration_seconds import (
        StartSoraVideoRequestDurationSeconds,
    )
    from .start_sora_video_request_model_type import StartSoraVideoRequestModelType
    from .start_sora_video_request_quality import StartSoraVideoRequestQuality
    from .start_talking_photo_request import StartTalkingPhotoRequest
    from .start_talking_video_request import StartTalkingVideoRequest
    from .start_text_2_image_request import StartText2ImageRequest
    from .start_text_2_image_request_aspect_ratio import (
        StartText2ImageRequestAspectRatio,
    )
    from .start_text_2_image_request_model_type import StartText2ImageRequestModelType
    from .start_text_2_image_request_req_key import StartText2ImageRequestReqKey
    from .start_think_sound_request import StartThinkSoundRequest
    from .start_upscale_request import StartUpscaleRequest
    from .start_veo_video_request import StartVeoVideoRequest
    from .start_veo_video_request_aspect_ratio import StartVeoVideoRequestAspectRatio
    from .start_veo_video_request_generation_type import (
        StartVeoVideoRequestGenerationType,
    )
    from .start_veo_video_request_model import StartVeoVideoRequestModel
    from .start_virtual_try_on_request import StartVirtualTryOnRequest
    from .start_wan_26_image_request import StartWan26ImageRequest
    from .start_wan_26_image_request_aspect_ratio import (
        StartWan26ImageRequestAspectRatio,
    )
    from .start_wan_27_image_request import StartWan27ImageRequest
    from .start_wan_27_image_request_aspect_ratio import (
        StartWan27ImageRequestAspectRatio,
    )
    from .start_wan_27_image_request_model import StartWan27ImageRequestModel
    from .start_wan_30_video_request import StartWan30VideoRequest
    from .start_wan_30_video_request_mode import StartWan30VideoRequestMode
    from .start_wan_30_video_request_model import StartWan30VideoRequestModel
    from .start_wan_reference_video_request import StartWanReferenceVideoRequest
    from .start_wan_reference_video_request_aspect_ratio import (
        StartWanReferenceVideoRequestAspectRatio,
    )
    from .start_wan_reference_video_request_duration import (
        StartWanReferenceVideoRequestDuration,
    )
    from .start_wan_reference_video_request_model import (
        StartWanReferenceVideoRequestModel,
    )
    from .start_wan_reference_video_request_resolution import (
        StartWanReferenceVideoRequestResolution,
    )
    from .start_wan_reference_video_request_shot_type import (
        StartWanReferenceVideoRequestShotType,
    )
    from .start_wan_spicy_request import StartWanSpicyRequest
    from .start_wan_spicy_request_model import StartWanSpicyRequestModel
    from .start_wan_spicy_request_resolution import StartWanSpicyRequestResolution
    from .start_wan_video_request import StartWanVideoRequest
    from .start_wan_video_request_duration import StartWanVideoRequestDuration
    from .start_wan_video_request_model import StartWanVideoRequestModel
    from .start_wan_video_request_ratio import StartWanVideoRequestRatio
    from .start_wan_video_request_resolution import StartWanVideoRequestResolution
    from .start_wan_video_request_task_type import StartWanVideoRequestTaskType
    from .start_watermark_request import StartWatermarkRequest
    from .stored_file import StoredFile
    from .stored_file_envelope import StoredFileEnvelope
    from .streaming_avatar import StreamingAvatar
    from .streaming_avatar_list_envelope import StreamingAvatarListEnvelope
    from .streaming_channel_request import StreamingChannelRequest
    from .streaming_empty import StreamingEmpty
    from .streaming_empty_envelope import StreamingEmptyEnvelope
    from .streaming_text_request import StreamingTextRequest
    from .streaming_token import StreamingToken
    from .streaming_token_envelope import StreamingTokenEnvelope
    from .streaming_token_request import StreamingTokenRequest
    from .system_voice import SystemVoice
    from .system_voice_list_envelope import SystemVoiceListEnvelope
    from .talking_photo_task import TalkingPhotoTask
    from .talking_photo_task_envelope import TalkingPhotoTaskEnvelope
    from .talking_photo_task_list_envelope import TalkingPhotoTaskListEnvelope
    from .talking_photo_task_page import TalkingPhotoTaskPage
    from .talking_photo_task_page_envelope import TalkingPhotoTaskPageEnvelope
    from .talking_video_task import TalkingVideoTask
    from .talking_video_task_envelope import TalkingVideoTaskEnvelope
    from .talking_video_task_list_envelope import TalkingVideoTaskListEnvelope
    from .talking_video_task_page import TalkingVideoTaskPage
    from .talking_video_task_page_envelope import TalkingVideoTaskPageEnvelope
    from .task_status import TaskStatus
    from .text_2_image_task import Text2ImageTask
    from .text_to_image_task_envelope import TextToImageTaskEnvelope
    from .text_to_image_task_list_envelope import TextToImageTaskListEnvelope
    from .text_to_image_task_page import TextToImageTaskPage
    from .text_to_image_task_page_envelope import TextToImageTaskPageEnvelope
    from .think_sound_task import ThinkSoundTask
    from .think_sound_task_envelope import ThinkSoundTaskEnvelope
    from .think_sound_task_list_envelope import ThinkSoundTaskListEnvelope
    from .think_sound_task_page import ThinkSoundTaskPage
    from .think_sound_task_page_envelope import ThinkSoundTaskPageEnvelope
    from .train_voice_clone_request import TrainVoiceCloneRequest
    from .train_voice_clone_request_gender import TrainVoiceCloneRequestGender
    from .train_voice_clone_request_model import TrainVoiceCloneRequestModel
    from .transfer_to_storage_request import TransferToStorageRequest
    from .tts_preview import TtsPreview
    from .tts_preview_list_envelope import TtsPreviewListEnvelope
    from .unpublished_fields_request import UnpublishedFieldsRequest
    from .upload_presigned_url_request import UploadPresignedUrlRequest
    from .upscale_task import UpscaleTask
    from .upscale_task_envelope import UpscaleTaskEnvelope
    from .upscale_task_list_envelope import UpscaleTaskListEnvelope
    from .upscale_task_page import UpscaleTaskPage
    from .upscale_task_page_envelope import UpscaleTaskPageEnvelope
    from .user import User
    from .user_envelope import UserEnvelope
    from .user_voice import UserVoice
    from .user_voice_envelope import UserVoiceEnvelope
    from .user_voice_list_envelope import UserVoiceListEnvelope
    from .veo_video_1080p import VeoVideo1080P
    from .veo_video_1080p_envelope import VeoVideo1080PEnvelope
    from .veo_video_task import VeoVideoTask
    from .veo_video_task_envelope import VeoVideoTaskEnvelope
    from .veo_video_task_list_envelope import VeoVideoTaskListEnvelope
    from .veo_video_task_page import VeoVideoTaskPage
    from .veo_video_task_page_envelope import VeoVideoTaskPageEnvelope
    from .virtual_try_on_task import VirtualTryOnTask
    from .virtual_try_on_task_envelope import VirtualTryOnTaskEnvelope
    from .virtual_try_on_task_list_envelope import VirtualTryOnTaskListEnvelope
    from .virtual_try_on_task_page import VirtualTryOnTaskPage
    from .virtual_try_on_task_page_envelope import VirtualTryOnTaskPageEnvelope
    from .voice_option import VoiceOption
    from .voice_option_list_envelope import VoiceOptionListEnvelope
    from .wan_26_image_task import Wan26ImageTask
    from .wan_26_image_task_envelope import Wan26ImageTaskEnvelope
    from .wan_26_image_task_list_envelope import Wan26ImageTaskListEnvelope
    from .wan_26_image_task_page import Wan26ImageTaskPage
    from .wan_26_image_task_page_envelope import Wan26ImageTaskPageEnvelope
    from .wan_27_image_task import Wan27ImageTask
    from .wan_27_image_task_envelope import Wan27ImageTaskEnvelope
    from .wan_27_image_task_list_envelope import Wan27ImageTaskListEnvelope
    from .wan_27_image_task_page import Wan27ImageTaskPage
    from .wan_27_image_task_page_envelope import Wan27ImageTaskPageEnvelope
    from .wan_30_video_input import Wan30VideoInput
    from .wan_30_video_media import Wan30VideoMedia
    from .wan_30_video_media_type import Wan30VideoMediaType
    from .wan_30_video_parameters import Wan30VideoParameters
    from .wan_30_video_parameters_ratio import Wan30VideoParametersRatio
    from .wan_30_video_parameters_resolution import Wan30VideoParametersResolution
    from .wan_30_video_start import Wan30VideoStart
    from .wan_30_video_start_envelope import Wan30VideoStartEnvelope
    from .wan_reference_video_task import WanReferenceVideoTask
    from .wan_reference_video_task_envelope import WanReferenceVideoTaskEnvelope
    from .wan_reference_video_task_list_envelope import (
        WanReferenceVideoTaskListEnvelope,
    )
    from .wan_reference_video_task_page import WanReferenceVideoTaskPage
    from .wan_reference_video_task_page_envelope import (
        WanReferenceVideoTaskPageEnvelope,
    )
    from .wan_spicy_task import WanSpicyTask
    from .wan_spicy_task_envelope import WanSpicyTaskEnvelope
    from .wan_spicy_task_list_envelope import WanSpicyTaskListEnvelope
    from .wan_spicy_task_page import WanSpicyTaskPage
    from .wan_spicy_task_page_envelope import WanSpicyTaskPageEnvelope
    from .wan_video_reference_media import WanVideoReferenceMedia
    from .wan_video_reference_media_type import WanVideoReferenceMediaType
    from .wan_video_task import WanVideoTask
    from .wan_video_task_envelope import WanVideoTaskEnvelope
    from .wan_video_task_list_envelope import WanVideoTaskListEnvelope
    from .wan_video_task_page import WanVideoTaskPage
    from .wan_video_task_page_envelope import WanVideoTaskPageEnvelope
    from .watermark_task import WatermarkTask
    from .watermark_task_envelope import WatermarkTaskEnvelope
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_fields import WebhookFields

_MODULE_OF = {
    "ActorSwapTask": ".actor_swap_task",
    "ActorSwapTaskEnvelope": ".actor_swap_task_envelope",
    "ActorSwapTaskListEnvelope": ".actor_swap_task_list_envelope",
    "ActorSwapTaskPage": ".actor_swap_task_page",
    "ActorSwapTaskPageEnvelope": ".actor_swap_task_page_envelope",
    "AddBackgroundRequest": ".add_background_request",
    "AddFaceSwapImageRequest": ".add_face_swap_image_request",
    "AddUserRequest": ".add_user_request",
    "AudioUrlEnvelope": ".audio_url_envelope",
    "Avatar": ".avatar",
    "AvatarEyeContactRequest": ".avatar_eye_contact_request",
    "AvatarListEnvelope": ".avatar_list_envelope",
    "AvatarTraining": ".avatar_training",
    "AvatarTrainingEnvelope": ".avatar_training_envelope",
    "AvatarTrainingIdRequest": ".avatar_training_id_request",
    "AvatarTrainingListEnvelope": ".avatar_training_list_envelope",
    "AvatarTrainingPage": ".avatar_training_page",
    "AvatarTrainingPageEnvelope": ".avatar_training_page_envelope",
    "AvatarVideo": ".avatar_video",
    "AvatarVideoEnvelope": ".avatar_video_envelope",
    "AvatarVideoIdRequest": ".avatar_video_id_request",
    "AvatarVideoListEnvelope": ".avatar_video_list_envelope",
    "AvatarVideoPageEnvelope": ".avatar_video_page_envelope",
    "AvatarVideoPageEnvelopeData": ".avatar_video_page_envelope_data",
    "AvatarVideoStatus": ".avatar_video_status",
    "Background": ".background",
    "BackgroundEnvelope": ".background_envelope",
    "BackgroundIdRequest": ".background_id_request",
    "BackgroundListEnvelope": ".background_list_envelope",
    "BatchDetailRequest": ".batch_detail_request",
    "CaptionRemovalIdRequest": ".caption_removal_id_request",
    "CaptionRemovalTask": ".caption_removal_task",
    "CaptionRemovalTaskEnvelope": ".caption_removal_task_envelope",
    "CaptionRemovalTaskListEnvelope": ".caption_removal_task_list_envelope",
    "CaptionRemovalTaskPage": ".caption_removal_task_page",
    "CaptionRemovalTaskPageEnvelope": ".caption_removal_task_page_envelope",
    "CreditRecord": ".credit_record",
    "CreditRecordListEnvelope": ".credit_record_list_envelope",
    "CustomAvatar": ".custom_avatar",
    "CustomAvatarEnvelope": ".custom_avatar_envelope",
    "CustomAvatarIdRequest": ".custom_avatar_id_request",
    "CustomAvatarListEnvelope": ".custom_avatar_list_envelope",
    "CustomAvatarTagListEnvelope": ".custom_avatar_tag_list_envelope",
    "DetectLanguageRequest": ".detect_language_request",
    "DubbingTask": ".dubbing_task",
    "DubbingTaskEnvelope": ".dubbing_task_envelope",
    "DubbingTaskListEnvelope": ".dubbing_task_list_envelope",
    "DubbingTaskPage": ".dubbing_task_page",
    "DubbingTaskPageEnvelope": ".dubbing_task_page_envelope",
    "Envelope": ".envelope",
    "ErrorResponse": ".error_response",
    "ExtendFlf2VPromptRequest": ".extend_flf_2v_prompt_request",
    "ExtendImageToVideoPromptRequest": ".extend_image_to_video_prompt_request",
    "ExtendImageToVideoPromptRequestTemplate": ".extend_image_to_video_prompt_request_template",
    "FaceSwapImage": ".face_swap_image",
    "FaceSwapImageListEnvelope": ".face_swap_image_list_envelope",
    "FaceSwapPreview": ".face_swap_preview",
    "FaceSwapPreviewEnvelope": ".face_swap_preview_envelope",
    "FaceSwapTask": ".face_swap_task",
    "FaceSwapTaskEnvelope": ".face_swap_task_envelope",
    "FaceSwapTaskListEnvelope": ".face_swap_task_list_envelope",
    "FaceSwapTaskPage": ".face_swap_task_page",
    "FaceSwapTaskPageEnvelope": ".face_swap_task_page_envelope",
    "FaceSwapTaskStatus": ".face_swap_task_status",
    "FaceSwapTaskStatusListEnvelope": ".face_swap_task_status_list_envelope",
    "FailureEnvelope": ".failure_envelope",
    "Flux2Task": ".flux_2_task",
    "Flux2TaskEnvelope": ".flux_2_task_envelope",
    "Flux2TaskListEnvelope": ".flux_2_task_list_envelope",
    "Flux2TaskPage": ".flux_2_task_page",
    "Flux2TaskPageEnvelope": ".flux_2_task_page_envelope",
    "GenerateAvatarVideoRequest": ".generate_avatar_video_request",
    "GenerateAvatarVideoRequestCaptionAlign": ".generate_avatar_video_request_caption_align",
    "GenerateAvatarVideoRequestGpModel": ".generate_avatar_video_request_gp_model",
    "GenerateTtsRequest": ".generate_tts_request",
    "GenerateTtsRequestType": ".generate_tts_request_type",
    "GenerationQuote": ".generation_quote",
    "GenerationQuoteEnvelope": ".generation_quote_envelope",
    "GptImageTask": ".gpt_image_task",
    "GptImageTaskEnvelope": ".gpt_image_task_envelope",
    "GptImageTaskListEnvelope": ".gpt_image_task_list_envelope",
    "GptImageTaskPage": ".gpt_image_task_page",
    "GptImageTaskPageEnvelope": ".gpt_image_task_page_envelope",
    "GrokVideoTask": ".grok_video_task",
    "GrokVideoTaskEnvelope": ".grok_video_task_envelope",
    "GrokVideoTaskListEnvelope": ".grok_video_task_list_envelope",
    "GrokVideoTaskPage": ".grok_video_task_page",
    "GrokVideoTaskPageEnvelope": ".grok_video_task_page_envelope",
    "HailuoVideoTask": ".hailuo_video_task",
    "HailuoVideoTaskEnvelope": ".hailuo_video_task_envelope",
    "HailuoVideoTaskPage": ".hailuo_video_task_page",
    "HailuoVideoTaskPageEnvelope": ".hailuo_video_task_page_envelope",
    "HappyHorseVideoTask": ".happy_horse_video_task",
    "HappyHorseVideoTaskEnvelope": ".happy_horse_video_task_envelope",
    "HappyHorseVideoTaskListEnvelope": ".happy_horse_video_task_list_envelope",
    "HappyHorseVideoTaskPage": ".happy_horse_video_task_page",
    "HappyHorseVideoTaskPageEnvelope": ".happy_horse_video_task_page_envelope",
    "HeadSwapTask": ".head_swap_task",
    "HeadSwapTaskEnvelope": ".head_swap_task_envelope",
    "HeadSwapTaskListEnvelope": ".head_swap_task_list_envelope",
    "HeadSwapTaskPage": ".head_swap_task_page",
    "HeadSwapTaskPageEnvelope": ".head_swap_task_page_envelope",
    "Image2VideoTask": ".image_2_video_task",
    "ImageEditTask": ".image_edit_task",
    "ImageToVideoTaskEnvelope": ".image_to_video_task_envelope",
    "ImageToVideoTaskListEnvelope": ".image_to_video_task_list_envelope",
    "ImageToVideoTaskPage": ".image_to_video_task_page",
    "ImageToVideoTaskPageEnvelope": ".image_to_video_task_page_envelope",
    "KlingImageTask": ".kling_image_task",
    "KlingImageTaskEnvelope": ".kling_image_task_envelope",
    "KlingImageTaskListEnvelope": ".kling_image_task_list_envelope",
    "KlingImageTaskPage": ".kling_image_task_page",
    "KlingImageTaskPageEnvelope": ".kling_image_task_page_envelope",
    "KlingOmniTask": ".kling_omni_task",
    "KlingOmniTaskEnvelope": ".kling_omni_task_envelope",
    "KlingOmniTaskListEnvelope": ".kling_omni_task_list_envelope",
    "KlingOmniTaskPage": ".kling_omni_task_page",
    "KlingOmniTaskPageEnvelope": ".kling_omni_task_page_envelope",
    "KlingVideoTask": ".kling_video_task",
    "KlingVideoTaskEnvelope": ".kling_video_task_envelope",
    "KlingVideoTaskListEnvelope": ".kling_video_task_list_envelope",
    "KlingVideoTaskPage": ".kling_video_task_page",
    "KlingVideoTaskPageEnvelope": ".kling_video_task_page_envelope",
    "LanguageEnvelope": ".language_envelope",
    "ListAvailableAvatarsRequest": ".list_available_avatars_request",
    "ListAvailableAvatarsRequestWebType": ".list_available_avatars_request_web_type",
    "ListAvatarTrainingsStatus": ".list_avatar_trainings_status",
    "ListAvatarsRequest": ".list_avatars_request",
    "ListBackgroundsRequest": ".list_backgrounds_request",
    "ListFlux2TasksStatus": ".list_flux_2_tasks_status",
    "ListLanguagesRequest": ".list_languages_request",
    "ListNanoBananaTasksStatus": ".list_nano_banana_tasks_status",
    "ListVoicesRequest": ".list_voices_request",
    "MinimaxH3VideoTask": ".minimax_h3_video_task",
    "MinimaxH3VideoTaskEnvelope": ".minimax_h3_video_task_envelope",
    "MinimaxH3VideoTaskListEnvelope": ".minimax_h3_video_task_list_envelope",
    "MinimaxH3VideoTaskPage": ".minimax_h3_video_task_page",
    "MinimaxH3VideoTaskPageEnvelope": ".minimax_h3_video_task_page_envelope",
    "MotionTransferTask": ".motion_transfer_task",
    "MotionTransferTaskEnvelope": ".motion_transfer_task_envelope",
    "MotionTransferTaskListEnvelope": ".motion_transfer_task_list_envelope",
    "MotionTransferTaskPage": ".motion_transfer_task_page",
    "MotionTransferTaskPageEnvelope": ".motion_transfer_task_page_envelope",
    "NanoBananaTask": ".nano_banana_task",
    "NanoBananaTaskEnvelope": ".nano_banana_task_envelope",
    "NanoBananaTaskListEnvelope": ".nano_banana_task_list_envelope",
    "NanoBananaTaskPage": ".nano_banana_task_page",
    "NanoBananaTaskPageEnvelope": ".nano_banana_task_page_envelope",
    "PhotobookTask": ".photobook_task",
    "PhotobookTaskEnvelope": ".photobook_task_envelope",
    "PhotobookTaskListEnvelope": ".photobook_task_list_envelope",
    "PhotobookTaskPage": ".photobook_task_page",
    "PhotobookTaskPageEnvelope": ".photobook_task_page_envelope",
    "PresignedUpload": ".presigned_upload",
    "PresignedUploadEnvelope": ".presigned_upload_envelope",
    "ProductAvatarTask": ".product_avatar_task",
    "ProductAvatarTaskEnvelope": ".product_avatar_task_envelope",
    "ProductAvatarTaskListEnvelope": ".product_avatar_task_list_envelope",
    "ProductAvatarTaskPage": ".product_avatar_task_page",
    "ProductAvatarTaskPageEnvelope": ".product_avatar_task_page_envelope",
    "ProductAvatarTaskProductRect": ".product_avatar_task_product_rect",
    "ProductHoldingTaskEnvelope": ".product_holding_task_envelope",
    "ProductHoldingTaskListEnvelope": ".product_holding_task_list_envelope",
    "ProductHoldingTaskPage": ".product_holding_task_page",
    "ProductHoldingTaskPageEnvelope": ".product_holding_task_page_envelope",
    "PublicPoolSetting": ".public_pool_setting",
    "PublicPoolSettingEnvelope": ".public_pool_setting_envelope",
    "QaContext": ".qa_context",
    "QaContextEnvelope": ".qa_context_envelope",
    "QuickAddAvatarRequest": ".quick_add_avatar_request",
    "QuickAddAvatarRequestGender": ".quick_add_avatar_request_gender",
    "QuoteGenerationRequest": ".quote_generation_request",
    "QuoteGenerationRequestRequestBody": ".quote_generation_request_request_body",
    "QwenImageTask": ".qwen_image_task",
    "QwenImageTaskEnvelope": ".qwen_image_task_envelope",
    "QwenImageTaskListEnvelope": ".qwen_image_task_list_envelope",
    "QwenImageTaskPage": ".qwen_image_task_page",
    "QwenImageTaskPageEnvelope": ".qwen_image_task_page_envelope",
    "RemainingCoins": ".remaining_coins",
    "RemainingCoinsEnvelope": ".remaining_coins_envelope",
    "RenameKlingOmniVideoRequest": ".rename_kling_omni_video_request",
    "RenameKlingVideoRequest": ".rename_kling_video_request",
    "RenameSeedance2VideoTaskRequest": ".rename_seedance_2_video_task_request",
    "RenameVoiceRequest": ".rename_voice_request",
    "Seedance2VideoTask": ".seedance_2_video_task",
    "Seedance2VideoTaskEnvelope": ".seedance_2_video_task_envelope",
    "Seedance2VideoTaskListEnvelope": ".seedance_2_video_task_list_envelope",
    "Seedance2VideoTaskPage": ".seedance_2_video_task_page",
    "Seedance2VideoTaskPageEnvelope": ".seedance_2_video_task_page_envelope",
    "SeedanceVideoTask": ".seedance_video_task",
    "SeedanceVideoTaskEnvelope": ".seedance_video_task_envelope",
    "SeedanceVideoTaskPage": ".seedance_video_task_page",
    "SeedanceVideoTaskPageEnvelope": ".seedance_video_task_page_envelope",
    "SoraVideoTask": ".sora_video_task",
    "SoraVideoTaskEnvelope": ".sora_video_task_envelope",
    "SoraVideoTaskListEnvelope": ".sora_video_task_list_envelope",
    "SoraVideoTaskPage": ".sora_video_task_page",
    "SoraVideoTaskPageEnvelope": ".sora_video_task_page_envelope",
    "StartActorSwapRequest": ".start_actor_swap_request",
    "StartAvatarTrainingRequest": ".start_avatar_training_request",
    "StartAvatarTrainingRequestGender": ".start_avatar_training_request_gender",
    "StartCaptionRemovalRequest": ".start_caption_removal_request",
    "StartDubbingRequest": ".start_dubbing_request",
    "StartFaceSwapPreviewRequest": ".start_face_swap_preview_request",
    "StartFaceSwapTaskRequest": ".start_face_swap_task_request",
    "StartFaceSwapTaskRequestModelVersion": ".start_face_swap_task_request_model_version",
    "StartFlux2Request": ".start_flux_2_request",
    "StartFlux2RequestAspectRatio": ".start_flux_2_request_aspect_ratio",
    "StartFlux2RequestResolution": ".start_flux_2_request_resolution",
    "StartGptImageRequest": ".start_gpt_image_request",
    "StartGptImageRequestAspectRatio": ".start_gpt_image_request_aspect_ratio",
    "StartGptImageRequestModel": ".start_gpt_image_request_model",
    "StartGptImageRequestQuality": ".start_gpt_image_request_quality",
    "StartGptImageRequestResolution": ".start_gpt_image_request_resolution",
    "StartGrokVideoRequest": ".start_grok_video_request",
    "StartGrokVideoRequestAspectRatio": ".start_grok_video_request_aspect_ratio",
    "StartGrokVideoRequestDuration": ".start_grok_video_request_duration",
    "StartGrokVideoRequestMode": ".start_grok_video_request_mode",
    "StartGrokVideoRequestModelType": ".start_grok_video_request_model_type",
    "StartGrokVideoRequestModelVersion": ".start_grok_video_request_model_version",
    "StartHailuoVideoRequest": ".start_hailuo_video_request",
    "StartHailuoVideoRequestDuration": ".start_hailuo_video_request_duration",
    "StartHailuoVideoRequestResolution": ".start_hailuo_video_request_resolution",
    "StartHappyHorseVideoRequest": ".start_happy_horse_video_request",
    "StartHappyHorseVideoRequestAudioSetting": ".start_happy_horse_video_request_audio_setting",
    "StartHappyHorseVideoRequestDuration": ".start_happy_horse_video_request_duration",
    "StartHappyHorseVideoRequestMode": ".start_happy_horse_video_request_mode",
    "StartHappyHorseVideoRequestModelVersion": ".start_happy_horse_video_request_model_version",
    "StartHappyHorseVideoRequestRatio": ".start_happy_horse_video_request_ratio",
    "StartHappyHorseVideoRequestResolution": ".start_happy_horse_video_request_resolution",
    "StartHeadSwapRequest": ".start_head_swap_request",
    "StartImage2VideoRequest": ".start_image_2_video_request",
    "StartImage2VideoRequestModelType": ".start_image_2_video_request_model_type",
    "StartImage2VideoRequestModelVersion": ".start_image_2_video_request_model_version",
    "StartImageEditRequest": ".start_image_edit_request",
    "StartImageEditRequestEditType": ".start_image_edit_request_edit_type",
    "StartKlingImageRequest": ".start_kling_image_request",
    "StartKlingImageRequestAspectRatio": ".start_kling_image_request_aspect_ratio",
    "StartKlingImageRequestResolution": ".start_kling_image_request_resolution",
    "StartKlingOmniVideoRequest": ".start_kling_omni_video_request",
    "StartKlingOmniVideoRequestAspectRatio": ".start_kling_omni_video_request_aspect_ratio",
    "StartKlingOmniVideoRequestMode": ".start_kling_omni_video_request_mode",
    "StartKlingOmniVideoRequestMultiPromptItem": ".start_kling_omni_video_request_multi_prompt_item",
    "StartKlingOmniVideoRequestShotType": ".start_kling_omni_video_request_shot_type",
    "StartKlingVideoRequest": ".start_kling_video_request",
    "StartKlingVideoRequestAspectRatio": ".start_kling_video_request_aspect_ratio",
    "StartKlingVideoRequestCharacterOrientation": ".start_kling_video_request_character_orientation",
    "StartKlingVideoRequestDuration": ".start_kling_video_request_duration",
    "StartKlingVideoRequestMode": ".start_kling_video_request_mode",
    "StartKlingVideoRequestModelVersion": ".start_kling_video_request_model_version",
    "StartKlingVideoRequestQualityMode": ".start_kling_video_request_quality_mode",
    "StartKlingVideoRequestResolution": ".start_kling_video_request_resolution",
    "StartKlingVideoRequestVersion": ".start_kling_video_request_version",
    "StartMinimaxH3VideoRequest": ".start_minimax_h3_video_request",
    "StartMinimaxH3VideoRequestAspectRatio": ".start_minimax_h3_video_request_aspect_ratio",
    "StartMinimaxH3VideoRequestMode": ".start_minimax_h3_video_request_mode",
    "StartMinimaxH3VideoRequestResolution": ".start_minimax_h3_video_request_resolution",
    "StartMotionTransferRequest": ".start_motion_transfer_request",
    "StartNanoBananaRequest": ".start_nano_banana_request",
    "StartNanoBananaRequestAspectRatio": ".start_nano_banana_request_aspect_ratio",
    "StartNanoBananaRequestImageSize": ".start_nano_banana_request_image_size",
    "StartNanoBananaRequestModel": ".start_nano_banana_request_model",
    "StartPhotobookRequest": ".start_photobook_request",
    "StartPhotobookRequestTotalCount": ".start_photobook_request_total_count",
    "StartProductAvatarRequest": ".start_product_avatar_request",
    "StartProductAvatarRequestProductRect": ".start_product_avatar_request_product_rect",
    "StartQwenImageRequest": ".start_qwen_image_request",
    "StartQwenImageRequestModel": ".start_qwen_image_request_model",
    "StartQwenImageRequestSize": ".start_qwen_image_request_size",
    "StartSeedance2VideoRequest": ".start_seedance_2_video_request",
    "StartSeedance2VideoRequestAspectRatio": ".start_seedance_2_video_request_aspect_ratio",
    "StartSeedance2VideoRequestMode": ".start_seedance_2_video_request_mode",
    "StartSeedance2VideoRequestModelVersion": ".start_seedance_2_video_request_model_version",
    "StartSeedance2VideoRequestOmniReferenceTaskType": ".start_seedance_2_video_request_omni_reference_task_type",
    "StartSeedance2VideoRequestResolution": ".start_seedance_2_video_request_resolution",
    "StartSeedanceVideoRequest": ".start_seedance_video_request",
    "StartSeedanceVideoRequestAspectRatio": ".start_seedance_video_request_aspect_ratio",
    "StartSeedanceVideoRequestDuration": ".start_seedance_video_request_duration",
    "StartSeedanceVideoRequestMode": ".start_seedance_video_request_mode",
    "StartSeedanceVideoRequestResolution": ".start_seedance_video_request_resolution",
    "StartSoraVideoRequest": ".start_sora_video_request",
    "StartSoraVideoRequestAspectRatio": ".start_sora_video_request_aspect_ratio",
    "StartSoraVideoRequestDurationSeconds": ".start_sora_video_request_duration_seconds",
    "StartSoraVideoRequestModelType": ".start_sora_video_request_model_type",
    "StartSoraVideoRequestQuality": ".start_sora_video_request_quality",
    "StartTalkingPhotoRequest": ".start_talking_photo_request",
    "StartTalkingVideoRequest": ".start_talking_video_request",
    "StartText2ImageRequest": ".start_text_2_image_request",
    "StartText2ImageRequestAspectRatio": ".start_text_2_image_request_aspect_ratio",
    "StartText2ImageRequestModelType": ".start_text_2_image_request_model_type",
    "StartText2ImageRequestReqKey": ".start_text_2_image_request_req_key",
    "StartThinkSoundRequest": ".start_think_sound_request",
    "StartUpscaleRequest": ".start_upscale_request",
    "StartVeoVideoRequest": ".start_veo_video_request",
    "StartVeoVideoRequestAspectRatio": ".start_veo_video_request_aspect_ratio",
    "StartVeoVideoRequestGenerationType": ".start_veo_video_request_generation_type",
    "StartVeoVideoRequestModel": ".start_veo_video_request_model",
    "StartVirtualTryOnRequest": ".start_virtual_try_on_request",
    "StartWan26ImageRequest": ".start_wan_26_image_request",
    "StartWan26ImageRequestAspectRatio": ".start_wan_26_image_request_aspect_ratio",
    "StartWan27ImageRequest": ".start_wan_27_image_request",
    "StartWan27ImageRequestAspectRatio": ".start_wan_27_image_request_aspect_ratio",
    "StartWan27ImageRequestModel": ".start_wan_27_image_request_model",
    "StartWan30VideoRequest": ".start_wan_30_video_request",
    "StartWan30VideoRequestMode": ".start_wan_30_video_request_mode",
    "StartWan30VideoRequestModel": ".start_wan_30_video_request_model",
    "StartWanReferenceVideoRequest": ".start_wan_reference_video_request",
    "StartWanReferenceVideoRequestAspectRatio": ".start_wan_reference_video_request_aspect_ratio",
    "StartWanReferenceVideoRequestDuration": ".start_wan_reference_video_request_duration",
    "StartWanReferenceVideoRequestModel": ".start_wan_reference_video_request_model",
    "StartWanReferenceVideoRequestResolution": ".start_wan_reference_video_request_resolution",
    "StartWanReferenceVideoRequestShotType": ".start_wan_reference_video_request_shot_type",
    "StartWanSpicyRequest": ".start_wan_spicy_request",
    "StartWanSpicyRequestModel": ".start_wan_spicy_request_model",
    "StartWanSpicyRequestResolution": ".start_wan_spicy_request_resolution",
    "StartWanVideoRequest": ".start_wan_video_request",
    "StartWanVideoRequestDuration": ".start_wan_video_request_duration",
    "StartWanVideoRequestModel": ".start_wan_video_request_model",
    "StartWanVideoRequestRatio": ".start_wan_video_request_ratio",
    "StartWanVideoRequestResolution": ".start_wan_video_request_resolution",
    "StartWanVideoRequestTaskType": ".start_wan_video_request_task_type",
    "StartWatermarkRequest": ".start_watermark_request",
    "StoredFile": ".stored_file",
    "StoredFileEnvelope": ".stored_file_envelope",
    "StreamingAvatar": ".streaming_avatar",
    "StreamingAvatarListEnvelope": ".streaming_avatar_list_envelope",
    "StreamingChannelRequest": ".streaming_channel_request",
    "StreamingEmpty": ".streaming_empty",
    "StreamingEmptyEnvelope": ".streaming_empty_envelope",
    "StreamingTextRequest": ".streaming_text_request",
    "StreamingToken": ".streaming_token",
    "StreamingTokenEnvelope": ".streaming_token_envelope",
    "StreamingTokenRequest": ".streaming_token_request",
    "SystemVoice": ".system_voice",
    "SystemVoiceListEnvelope": ".system_voice_list_envelope",
    "TalkingPhotoTask": ".talking_photo_task",
    "TalkingPhotoTaskEnvelope": ".talking_photo_task_envelope",
    "TalkingPhotoTaskListEnvelope": ".talking_photo_task_list_envelope",
    "TalkingPhotoTaskPage": ".talking_photo_task_page",
    "TalkingPhotoTaskPageEnvelope": ".talking_photo_task_page_envelope",
    "TalkingVideoTask": ".talking_video_task",
    "TalkingVideoTaskEnvelope": ".talking_video_task_envelope",
    "TalkingVideoTaskListEnvelope": ".talking_video_task_list_envelope",
    "TalkingVideoTaskPage": ".talking_video_task_page",
    "TalkingVideoTaskPageEnvelope": ".talking_video_task_page_envelope",
    "TaskStatus": ".task_status",
    "Text2ImageTask": ".text_2_image_task",
    "TextToImageTaskEnvelope": ".text_to_image_task_envelope",
    "TextToImageTaskListEnvelope": ".text_to_image_task_list_envelope",
    "TextToImageTaskPage": ".text_to_image_task_page",
    "TextToImageTaskPageEnvelope": ".text_to_image_task_page_envelope",
    "ThinkSoundTask": ".think_sound_task",
    "ThinkSoundTaskEnvelope": ".think_sound_task_envelope",
    "ThinkSoundTaskListEnvelope": ".think_sound_task_list_envelope",
    "ThinkSoundTaskPage": ".think_sound_task_page",
    "ThinkSoundTaskPageEnvelope": ".think_sound_task_page_envelope",
    "TrainVoiceCloneRequest": ".train_voice_clone_request",
    "TrainVoiceCloneRequestGender": ".train_voice_clone_request_gender",
    "TrainVoiceCloneRequestModel": ".train_voice_clone_request_model",
    "TransferToStorageRequest": ".transfer_to_storage_request",
    "TtsPreview": ".tts_preview",
    "TtsPreviewListEnvelope": ".tts_preview_list_envelope",
    "UnpublishedFieldsRequest": ".unpublished_fields_request",
    "UploadPresignedUrlRequest": ".upload_presigned_url_request",
    "UpscaleTask": ".upscale_task",
    "UpscaleTaskEnvelope": ".upscale_task_envelope",
    "UpscaleTaskListEnvelope": ".upscale_task_list_envelope",
    "UpscaleTaskPage": ".upscale_task_page",
    "UpscaleTaskPageEnvelope": ".upscale_task_page_envelope",
    "User": ".user",
    "UserEnvelope": ".user_envelope",
    "UserVoice": ".user_voice",
    "UserVoiceEnvelope": ".user_voice_envelope",
    "UserVoiceListEnvelope": ".user_voice_list_envelope",
    "VeoVideo1080P": ".veo_video_1080p",
    "VeoVideo1080PEnvelope": ".veo_video_1080p_envelope",
    "VeoVideoTask": ".veo_video_task",
    "VeoVideoTaskEnvelope": ".veo_video_task_envelope",
    "VeoVideoTaskListEnvelope": ".veo_video_task_list_envelope",
    "VeoVideoTaskPage": ".veo_video_task_page",
    "VeoVideoTaskPageEnvelope": ".veo_video_task_page_envelope",
    "VirtualTryOnTask": ".virtual_try_on_task",
    "VirtualTryOnTaskEnvelope": ".virtual_try_on_task_envelope",
    "VirtualTryOnTaskListEnvelope": ".virtual_try_on_task_list_envelope",
    "VirtualTryOnTaskPage": ".virtual_try_on_task_page",
    "VirtualTryOnTaskPageEnvelope": ".virtual_try_on_task_page_envelope",
    "VoiceOption": ".voice_option",
    "VoiceOptionListEnvelope": ".voice_option_list_envelope",
    "Wan26ImageTask": ".wan_26_image_task",
    "Wan26ImageTaskEnvelope": ".wan_26_image_task_envelope",
    "Wan26ImageTaskListEnvelope": ".wan_26_image_task_list_envelope",
    "Wan26ImageTaskPage": ".wan_26_image_task_page",
    "Wan26ImageTaskPageEnvelope": ".wan_26_image_task_page_envelope",
    "Wan27ImageTask": ".wan_27_image_task",
    "Wan27ImageTaskEnvelope": ".wan_27_image_task_envelope",
    "Wan27ImageTaskListEnvelope": ".wan_27_image_task_list_envelope",
    "Wan27ImageTaskPage": ".wan_27_image_task_page",
    "Wan27ImageTaskPageEnvelope": ".wan_27_image_task_page_envelope",
    "Wan30VideoInput": ".wan_30_video_input",
    "Wan30VideoMedia": ".wan_30_video_media",
    "Wan30VideoMediaType": ".wan_30_video_media_type",
    "Wan30VideoParameters": ".wan_30_video_parameters",
    "Wan30VideoParametersRatio": ".wan_30_video_parameters_ratio",
    "Wan30VideoParametersResolution": ".wan_30_video_parameters_resolution",
    "Wan30VideoStart": ".wan_30_video_start",
    "Wan30VideoStartEnvelope": ".wan_30_video_start_envelope",
    "WanReferenceVideoTask": ".wan_reference_video_task",
    "WanReferenceVideoTaskEnvelope": ".wan_reference_video_task_envelope",
    "WanReferenceVideoTaskListEnvelope": ".wan_reference_video_task_list_envelope",
    "WanReferenceVideoTaskPage": ".wan_reference_video_task_page",
    "WanReferenceVideoTaskPageEnvelope": ".wan_reference_video_task_page_envelope",
    "WanSpicyTask": ".wan_spicy_task",
    "WanSpicyTaskEnvelope": ".wan_spicy_task_envelope",
    "WanSpicyTaskListEnvelope": ".wan_spicy_task_list_envelope",
    "WanSpicyTaskPage": ".wan_spicy_task_page",
    "WanSpicyTaskPageEnvelope": ".wan_spicy_task_page_envelope",
    "WanVideoReferenceMedia": ".wan_video_reference_media",
    "WanVideoReferenceMediaType": ".wan_video_reference_media_type",
    "WanVideoTask": ".wan_video_task",
    "WanVideoTaskEnvelope": ".wan_video_task_envelope",
    "WanVideoTaskListEnvelope": ".wan_video_task_list_envelope",
    "WanVideoTaskPage": ".wan_video_task_page",
    "WanVideoTaskPageEnvelope": ".wan_video_task_page_envelope",
    "WatermarkTask": ".watermark_task",
    "WatermarkTaskEnvelope": ".watermark_task_envelope",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookFields": ".webhook_fields",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "ActorSwapTask",
    "ActorSwapTaskEnvelope",
    "ActorSwapTaskListEnvelope",
    "ActorSwapTaskPage",
    "ActorSwapTaskPageEnvelope",
    "AddBackgroundRequest",
    "AddFaceSwapImageRequest",
    "AddUserRequest",
    "AudioUrlEnvelope",
    "Avatar",
    "AvatarEyeContactRequest",
    "AvatarListEnvelope",
    "AvatarTraining",
    "AvatarTrainingEnvelope",
    "AvatarTrainingIdRequest",
    "AvatarTrainingListEnvelope",
    "AvatarTrainingPage",
    "AvatarTrainingPageEnvelope",
    "AvatarVideo",
    "AvatarVideoEnvelope",
    "AvatarVideoIdRequest",
    "AvatarVideoListEnvelope",
    "AvatarVideoPageEnvelope",
    "AvatarVideoPageEnvelopeData",
    "AvatarVideoStatus",
    "Background",
    "BackgroundEnvelope",
    "BackgroundIdRequest",
    "BackgroundListEnvelope",
    "BatchDetailRequest",
    "CaptionRemovalIdRequest",
    "CaptionRemovalTask",
    "CaptionRemovalTaskEnvelope",
    "CaptionRemovalTaskListEnvelope",
    "CaptionRemovalTaskPage",
    "CaptionRemovalTaskPageEnvelope",
    "CreditRecord",
    "CreditRecordListEnvelope",
    "CustomAvatar",
    "CustomAvatarEnvelope",
    "CustomAvatarIdRequest",
    "CustomAvatarListEnvelope",
    "CustomAvatarTagListEnvelope",
    "DetectLanguageRequest",
    "DubbingTask",
    "DubbingTaskEnvelope",
    "DubbingTaskListEnvelope",
    "DubbingTaskPage",
    "DubbingTaskPageEnvelope",
    "Envelope",
    "ErrorResponse",
    "ExtendFlf2VPromptRequest",
    "ExtendImageToVideoPromptRequest",
    "ExtendImageToVideoPromptRequestTemplate",
    "FaceSwapImage",
    "FaceSwapImageListEnvelope",
    "FaceSwapPreview",
    "FaceSwapPreviewEnvelope",
    "FaceSwapTask",
    "FaceSwapTaskEnvelope",
    "FaceSwapTaskListEnvelope",
    "FaceSwapTaskPage",
    "FaceSwapTaskPageEnvelope",
    "FaceSwapTaskStatus",
    "FaceSwapTaskStatusListEnvelope",
    "FailureEnvelope",
    "Flux2Task",
    "Flux2TaskEnvelope",
    "Flux2TaskListEnvelope",
    "Flux2TaskPage",
    "Flux2TaskPageEnvelope",
    "GenerateAvatarVideoRequest",
    "GenerateAvatarVideoRequestCaptionAlign",
    "GenerateAvatarVideoRequestGpModel",
    "GenerateTtsRequest",
    "GenerateTtsRequestType",
    "GenerationQuote",
    "GenerationQuoteEnvelope",
    "GptImageTask",
    "GptImageTaskEnvelope",
    "GptImageTaskListEnvelope",
    "GptImageTaskPage",
    "GptImageTaskPageEnvelope",
    "GrokVideoTask",
    "GrokVideoTaskEnvelope",
    "GrokVideoTaskListEnvelope",
    "GrokVideoTaskPage",
    "GrokVideoTaskPageEnvelope",
    "HailuoVideoTask",
    "HailuoVideoTaskEnvelope",
    "HailuoVideoTaskPage",
    "HailuoVideoTaskPageEnvelope",
    "HappyHorseVideoTask",
    "HappyHorseVideoTaskEnvelope",
    "HappyHorseVideoTaskListEnvelope",
    "HappyHorseVideoTaskPage",
    "HappyHorseVideoTaskPageEnvelope",
    "HeadSwapTask",
    "HeadSwapTaskEnvelope",
    "HeadSwapTaskListEnvelope",
    "HeadSwapTaskPage",
    "HeadSwapTaskPageEnvelope",
    "Image2VideoTask",
    "ImageEditTask",
    "ImageToVideoTaskEnvelope",
    "ImageToVideoTaskListEnvelope",
    "ImageToVideoTaskPage",
    "ImageToVideoTaskPageEnvelope",
    "KlingImageTask",
    "KlingImageTaskEnvelope",
    "KlingImageTaskListEnvelope",
    "KlingImageTaskPage",
    "KlingImageTaskPageEnvelope",
    "KlingOmniTask",
    "KlingOmniTaskEnvelope",
    "KlingOmniTaskListEnvelope",
    "KlingOmniTaskPage",
    "KlingOmniTaskPageEnvelope",
    "KlingVideoTask",
    "KlingVideoTaskEnvelope",
    "KlingVideoTaskListEnvelope",
    "KlingVideoTaskPage",
    "KlingVideoTaskPageEnvelope",
    "LanguageEnvelope",
    "ListAvailableAvatarsRequest",
    "ListAvailableAvatarsRequestWebType",
    "ListAvatarsRequest",
    "ListAvatarTrainingsStatus",
    "ListBackgroundsRequest",
    "ListFlux2TasksStatus",
    "ListLanguagesRequest",
    "ListNanoBananaTasksStatus",
    "ListVoicesRequest",
    "MinimaxH3VideoTask",
    "MinimaxH3VideoTaskEnvelope",
    "MinimaxH3VideoTaskListEnvelope",
    "MinimaxH3VideoTaskPage",
    "MinimaxH3VideoTaskPageEnvelope",
    "MotionTransferTask",
    "MotionTransferTaskEnvelope",
    "MotionTransferTaskListEnvelope",
    "MotionTransferTaskPage",
    "MotionTransferTaskPageEnvelope",
    "NanoBananaTask",
    "NanoBananaTaskEnvelope",
    "NanoBananaTaskListEnvelope",
    "NanoBananaTaskPage",
    "NanoBananaTaskPageEnvelope",
    "PhotobookTask",
    "PhotobookTaskEnvelope",
    "PhotobookTaskListEnvelope",
    "PhotobookTaskPage",
    "PhotobookTaskPageEnvelope",
    "PresignedUpload",
    "PresignedUploadEnvelope",
    "ProductAvatarTask",
    "ProductAvatarTaskEnvelope",
    "ProductAvatarTaskListEnvelope",
    "ProductAvatarTaskPage",
    "ProductAvatarTaskPageEnvelope",
    "ProductAvatarTaskProductRect",
    "ProductHoldingTaskEnvelope",
    "ProductHoldingTaskListEnvelope",
    "ProductHoldingTaskPage",
    "ProductHoldingTaskPageEnvelope",
    "PublicPoolSetting",
    "PublicPoolSettingEnvelope",
    "QaContext",
    "QaContextEnvelope",
    "QuickAddAvatarRequest",
    "QuickAddAvatarRequestGender",
    "QuoteGenerationRequest",
    "QuoteGenerationRequestRequestBody",
    "QwenImageTask",
    "QwenImageTaskEnvelope",
    "QwenImageTaskListEnvelope",
    "QwenImageTaskPage",
    "QwenImageTaskPageEnvelope",
    "RemainingCoins",
    "RemainingCoinsEnvelope",
    "RenameKlingOmniVideoRequest",
    "RenameKlingVideoRequest",
    "RenameSeedance2VideoTaskRequest",
    "RenameVoiceRequest",
    "Seedance2VideoTask",
    "Seedance2VideoTaskEnvelope",
    "Seedance2VideoTaskListEnvelope",
    "Seedance2VideoTaskPage",
    "Seedance2VideoTaskPageEnvelope",
    "SeedanceVideoTask",
    "SeedanceVideoTaskEnvelope",
    "SeedanceVideoTaskPage",
    "SeedanceVideoTaskPageEnvelope",
    "SoraVideoTask",
    "SoraVideoTaskEnvelope",
    "SoraVideoTaskListEnvelope",
    "SoraVideoTaskPage",
    "SoraVideoTaskPageEnvelope",
    "StartActorSwapRequest",
    "StartAvatarTrainingRequest",
    "StartAvatarTrainingRequestGender",
    "StartCaptionRemovalRequest",
    "StartDubbingRequest",
    "StartFaceSwapPreviewRequest",
    "StartFaceSwapTaskRequest",
    "StartFaceSwapTaskRequestModelVersion",
    "StartFlux2Request",
    "StartFlux2RequestAspectRatio",
    "StartFlux2RequestResolution",
    "StartGptImageRequest",
    "StartGptImageRequestAspectRatio",
    "StartGptImageRequestModel",
    "StartGptImageRequestQuality",
    "StartGptImageRequestResolution",
    "StartGrokVideoRequest",
    "StartGrokVideoRequestAspectRatio",
    "StartGrokVideoRequestDuration",
    "StartGrokVideoRequestMode",
    "StartGrokVideoRequestModelType",
    "StartGrokVideoRequestModelVersion",
    "StartHailuoVideoRequest",
    "StartHailuoVideoRequestDuration",
    "StartHailuoVideoRequestResolution",
    "StartHappyHorseVideoRequest",
    "StartHappyHorseVideoRequestAudioSetting",
    "StartHappyHorseVideoRequestDuration",
    "StartHappyHorseVideoRequestMode",
    "StartHappyHorseVideoRequestModelVersion",
    "StartHappyHorseVideoRequestRatio",
    "StartHappyHorseVideoRequestResolution",
    "StartHeadSwapRequest",
    "StartImage2VideoRequest",
    "StartImage2VideoRequestModelType",
    "StartImage2VideoRequestModelVersion",
    "StartImageEditRequest",
    "StartImageEditRequestEditType",
    "StartKlingImageRequest",
    "StartKlingImageRequestAspectRatio",
    "StartKlingImageRequestResolution",
    "StartKlingOmniVideoRequest",
    "StartKlingOmniVideoRequestAspectRatio",
    "StartKlingOmniVideoRequestMode",
    "StartKlingOmniVideoRequestMultiPromptItem",
    "StartKlingOmniVideoRequestShotType",
    "StartKlingVideoRequest",
    "StartKlingVideoRequestAspectRatio",
    "StartKlingVideoRequestCharacterOrientation",
    "StartKlingVideoRequestDuration",
    "StartKlingVideoRequestMode",
    "StartKlingVideoRequestModelVersion",
    "StartKlingVideoRequestQualityMode",
    "StartKlingVideoRequestResolution",
    "StartKlingVideoRequestVersion",
    "StartMinimaxH3VideoRequest",
    "StartMinimaxH3VideoRequestAspectRatio",
    "StartMinimaxH3VideoRequestMode",
    "StartMinimaxH3VideoRequestResolution",
    "StartMotionTransferRequest",
    "StartNanoBananaRequest",
    "StartNanoBananaRequestAspectRatio",
    "StartNanoBananaRequestImageSize",
    "StartNanoBananaRequestModel",
    "StartPhotobookRequest",
    "StartPhotobookRequestTotalCount",
    "StartProductAvatarRequest",
    "StartProductAvatarRequestProductRect",
    "StartQwenImageRequest",
    "StartQwenImageRequestModel",
    "StartQwenImageRequestSize",
    "StartSeedance2VideoRequest",
    "StartSeedance2VideoRequestAspectRatio",
    "StartSeedance2VideoRequestMode",
    "StartSeedance2VideoRequestModelVersion",
    "StartSeedance2VideoRequestOmniReferenceTaskType",
    "StartSeedance2VideoRequestResolution",
    "StartSeedanceVideoRequest",
    "StartSeedanceVideoRequestAspectRatio",
    "StartSeedanceVideoRequestDuration",
    "StartSeedanceVideoRequestMode",
    "StartSeedanceVideoRequestResolution",
    "StartSoraVideoRequest",
    "StartSoraVideoRequestAspectRatio",
    "StartSoraVideoRequestDurationSeconds",
    "StartSoraVideoRequestModelType",
    "StartSoraVideoRequestQuality",
    "StartTalkingPhotoRequest",
    "StartTalkingVideoRequest",
    "StartText2ImageRequest",
    "StartText2ImageRequestAspectRatio",
    "StartText2ImageRequestModelType",
    "StartText2ImageRequestReqKey",
    "StartThinkSoundRequest",
    "StartUpscaleRequest",
    "StartVeoVideoRequest",
    "StartVeoVideoRequestAspectRatio",
    "StartVeoVideoRequestGenerationType",
    "StartVeoVideoRequestModel",
    "StartVirtualTryOnRequest",
    "StartWan26ImageRequest",
    "StartWan26ImageRequestAspectRatio",
    "StartWan27ImageRequest",
    "StartWan27ImageRequestAspectRatio",
    "StartWan27ImageRequestModel",
    "StartWan30VideoRequest",
    "StartWan30VideoRequestMode",
    "StartWan30VideoRequestModel",
    "StartWanReferenceVideoRequest",
    "StartWanReferenceVideoRequestAspectRatio",
    "StartWanReferenceVideoRequestDuration",
    "StartWanReferenceVideoRequestModel",
    "StartWanReferenceVideoRequestResolution",
    "StartWanReferenceVideoRequestShotType",
    "StartWanSpicyRequest",
    "StartWanSpicyRequestModel",
    "StartWanSpicyRequestResolution",
    "StartWanVideoRequest",
    "StartWanVideoRequestDuration",
    "StartWanVideoRequestModel",
    "StartWanVideoRequestRatio",
    "StartWanVideoRequestResolution",
    "StartWanVideoRequestTaskType",
    "StartWatermarkRequest",
    "StoredFile",
    "StoredFileEnvelope",
    "StreamingAvatar",
    "StreamingAvatarListEnvelope",
    "StreamingChannelRequest",
    "StreamingEmpty",
    "StreamingEmptyEnvelope",
    "StreamingTextRequest",
    "StreamingToken",
    "StreamingTokenEnvelope",
    "StreamingTokenRequest",
    "SystemVoice",
    "SystemVoiceListEnvelope",
    "TalkingPhotoTask",
    "TalkingPhotoTaskEnvelope",
    "TalkingPhotoTaskListEnvelope",
    "TalkingPhotoTaskPage",
    "TalkingPhotoTaskPageEnvelope",
    "TalkingVideoTask",
    "TalkingVideoTaskEnvelope",
    "TalkingVideoTaskListEnvelope",
    "TalkingVideoTaskPage",
    "TalkingVideoTaskPageEnvelope",
    "TaskStatus",
    "Text2ImageTask",
    "TextToImageTaskEnvelope",
    "TextToImageTaskListEnvelope",
    "TextToImageTaskPage",
    "TextToImageTaskPageEnvelope",
    "ThinkSoundTask",
    "ThinkSoundTaskEnvelope",
    "ThinkSoundTaskListEnvelope",
    "ThinkSoundTaskPage",
    "ThinkSoundTaskPageEnvelope",
    "TrainVoiceCloneRequest",
    "TrainVoiceCloneRequestGender",
    "TrainVoiceCloneRequestModel",
    "TransferToStorageRequest",
    "TtsPreview",
    "TtsPreviewListEnvelope",
    "UnpublishedFieldsRequest",
    "UploadPresignedUrlRequest",
    "UpscaleTask",
    "UpscaleTaskEnvelope",
    "UpscaleTaskListEnvelope",
    "UpscaleTaskPage",
    "UpscaleTaskPageEnvelope",
    "User",
    "UserEnvelope",
    "UserVoice",
    "UserVoiceEnvelope",
    "UserVoiceListEnvelope",
    "VeoVideo1080P",
    "VeoVideo1080PEnvelope",
    "VeoVideoTask",
    "VeoVideoTaskEnvelope",
    "VeoVideoTaskListEnvelope",
    "VeoVideoTaskPage",
    "VeoVideoTaskPageEnvelope",
    "VirtualTryOnTask",
    "VirtualTryOnTaskEnvelope",
    "VirtualTryOnTaskListEnvelope",
    "VirtualTryOnTaskPage",
    "VirtualTryOnTaskPageEnvelope",
    "VoiceOption",
    "VoiceOptionListEnvelope",
    "Wan26ImageTask",
    "Wan26ImageTaskEnvelope",
    "Wan26ImageTaskListEnvelope",
    "Wan26ImageTaskPage",
    "Wan26ImageTaskPageEnvelope",
    "Wan27ImageTask",
    "Wan27ImageTaskEnvelope",
    "Wan27ImageTaskListEnvelope",
    "Wan27ImageTaskPage",
    "Wan27ImageTaskPageEnvelope",
    "Wan30VideoInput",
    "Wan30VideoMedia",
    "Wan30VideoMediaType",
    "Wan30VideoParameters",
    "Wan30VideoParametersRatio",
    "Wan30VideoParametersResolution",
    "Wan30VideoStart",
    "Wan30VideoStartEnvelope",
    "WanReferenceVideoTask",
    "WanReferenceVideoTaskEnvelope",
    "WanReferenceVideoTaskListEnvelope",
    "WanReferenceVideoTaskPage",
    "WanReferenceVideoTaskPageEnvelope",
    "WanSpicyTask",
    "WanSpicyTaskEnvelope",
    "WanSpicyTaskListEnvelope",
    "WanSpicyTaskPage",
    "WanSpicyTaskPageEnvelope",
    "WanVideoReferenceMedia",
    "WanVideoReferenceMediaType",
    "WanVideoTask",
    "WanVideoTaskEnvelope",
    "WanVideoTaskListEnvelope",
    "WanVideoTaskPage",
    "WanVideoTaskPageEnvelope",
    "WatermarkTask",
    "WatermarkTaskEnvelope",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookFields",
)
