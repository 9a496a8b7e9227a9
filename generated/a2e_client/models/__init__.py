"""Contains all the data models used in inputs/outputs.

Models are imported on first use, so that importing one operation module does not import
every model of the API.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_background_request import AddBackgroundRequest
    from .add_face_swap_image_request import AddFaceSwapImageRequest
    from .add_user_request import AddUserRequest
    from .audio_url_envelope import AudioUrlEnvelope
    from .avatar import Avatar
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
    from .caption_removal_task import CaptionRemovalTask
    from .caption_removal_task_envelope import CaptionRemovalTaskEnvelope
    from .caption_removal_task_list_envelope import CaptionRemovalTaskListEnvelope
    from .caption_removal_task_page import CaptionRemovalTaskPage
    from .caption_removal_task_page_envelope import CaptionRemovalTaskPageEnvelope
    from .detect_language_request import DetectLanguageRequest
    from .dubbing_task import DubbingTask
    from .dubbing_task_envelope import DubbingTaskEnvelope
    from .dubbing_task_list_envelope import DubbingTaskListEnvelope
    from .dubbing_task_page import DubbingTaskPage
    from .dubbing_task_page_envelope import DubbingTaskPageEnvelope
    from .envelope import Envelope
    from .error_response import ErrorResponse
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
    from .generate_avatar_video_request import GenerateAvatarVideoRequest
    from .generate_avatar_video_request_caption_align import (
        GenerateAvatarVideoRequestCaptionAlign,
    )
    from .generate_avatar_video_request_gp_model import (
        GenerateAvatarVideoRequestGpModel,
    )
    from .generate_tts_request import GenerateTtsRequest
    from .generate_tts_request_type import GenerateTtsRequestType
    from .image_2_video_task import Image2VideoTask
    from .image_edit_task import ImageEditTask
    from .image_to_video_task_envelope import ImageToVideoTaskEnvelope
    from .image_to_video_task_list_envelope import ImageToVideoTaskListEnvelope
    from .image_to_video_task_page import ImageToVideoTaskPage
    from .image_to_video_task_page_envelope import ImageToVideoTaskPageEnvelope
    from .language_envelope import LanguageEnvelope
    from .list_avatar_trainings_status import ListAvatarTrainingsStatus
    from .list_avatars_request import ListAvatarsRequest
    from .list_backgrounds_request import ListBackgroundsRequest
    from .list_languages_request import ListLanguagesRequest
    from .list_voices_request import ListVoicesRequest
    from .presigned_upload import PresignedUpload
    from .presigned_upload_envelope import PresignedUploadEnvelope
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
    from .remaining_coins import RemainingCoins
    from .remaining_coins_envelope import RemainingCoinsEnvelope
    from .start_avatar_training_request import StartAvatarTrainingRequest
    from .start_avatar_training_request_gender import StartAvatarTrainingRequestGender
    from .start_caption_removal_request import StartCaptionRemovalRequest
    from .start_dubbing_request import StartDubbingRequest
    from .start_face_swap_preview_request import StartFaceSwapPreviewRequest
    from .start_face_swap_task_request import StartFaceSwapTaskRequest
    from .start_face_swap_task_request_model_version import (
        StartFaceSwapTaskRequestModelVersion,
    )
    from .start_image_2_video_request import StartImage2VideoRequest
    from .start_image_2_video_request_model_type import StartImage2VideoRequestModelType
    from .start_image_2_video_request_model_version import (
        StartImage2VideoRequestModelVersion,
    )
    from .start_image_edit_request import StartImageEditRequest
    from .start_image_edit_request_edit_type import StartImageEditRequestEditType
    from .start_talking_photo_request import StartTalkingPhotoRequest
    from .start_talking_video_request import StartTalkingVideoRequest
    from .start_text_2_image_request import StartText2ImageRequest
    from .start_text_2_image_request_aspect_ratio import (
        StartText2ImageRequestAspectRatio,
    )
    from .start_text_2_image_request_model_type import StartText2ImageRequestModelType
    from .start_text_2_image_request_req_key import StartText2ImageRequestReqKey
    from .start_virtual_try_on_request import StartVirtualTryOnRequest
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
    from .train_voice_clone_request import TrainVoiceCloneRequest
    from .train_voice_clone_request_gender import TrainVoiceCloneRequestGender
    from .train_voice_clone_request_model import TrainVoiceCloneRequestModel
    from .transfer_to_storage_request import TransferToStorageRequest
    from .upload_presigned_url_request import UploadPresignedUrlRequest
    from .user import User
    from .user_envelope import UserEnvelope
    from .user_voice import UserVoice
    from .user_voice_envelope import UserVoiceEnvelope
    from .user_voice_list_envelope import UserVoiceListEnvelope
    from .virtual_try_on_task import VirtualTryOnTask
    from .virtual_try_on_task_envelope import VirtualTryOnTaskEnvelope
    from .virtual_try_on_task_list_envelope import VirtualTryOnTaskListEnvelope
    from .virtual_try_on_task_page import VirtualTryOnTaskPage
    from .virtual_try_on_task_page_envelope import VirtualTryOnTaskPageEnvelope
    from .voice_option import VoiceOption
    from .voice_option_list_envelope import VoiceOptionListEnvelope
    from .watermark_task import WatermarkTask
    from .watermark_task_envelope import WatermarkTaskEnvelope
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_fields import WebhookFields

_MODULE_OF = {
    "AddBackgroundRequest": ".add_background_request",
    "AddFaceSwapImageRequest": ".add_face_swap_image_request",
    "AddUserRequest": ".add_user_request",
    "AudioUrlEnvelope": ".audio_url_envelope",
    "Avatar": ".avatar",
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
    "CaptionRemovalTask": ".caption_removal_task",
    "CaptionRemovalTaskEnvelope": ".caption_removal_task_envelope",
    "CaptionRemovalTaskListEnvelope": ".caption_removal_task_list_envelope",
    "CaptionRemovalTaskPage": ".caption_removal_task_page",
    "CaptionRemovalTaskPageEnvelope": ".caption_removal_task_page_envelope",
    "DetectLanguageRequest": ".detect_language_request",
    "DubbingTask": ".dubbing_task",
    "DubbingTaskEnvelope": ".dubbing_task_envelope",
    "DubbingTaskListEnvelope": ".dubbing_task_list_envelope",
    "DubbingTaskPage": ".dubbing_task_page",
    "DubbingTaskPageEnvelope": ".dubbing_task_page_envelope",
    "Envelope": ".envelope",
    "ErrorResponse": ".error_response",
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
    "GenerateAvatarVideoRequest": ".generate_avatar_video_request",
    "GenerateAvatarVideoRequestCaptionAlign": ".generate_avatar_video_request_caption_align",
    "GenerateAvatarVideoRequestGpModel": ".generate_avatar_video_request_gp_model",
    "GenerateTtsRequest": ".generate_tts_request",
    "GenerateTtsRequestType": ".generate_tts_request_type",
    "Image2VideoTask": ".image_2_video_task",
    "ImageEditTask": ".image_edit_task",
    "ImageToVideoTaskEnvelope": ".image_to_video_task_envelope",
    "ImageToVideoTaskListEnvelope": ".image_to_video_task_list_envelope",
    "ImageToVideoTaskPage": ".image_to_video_task_page",
    "ImageToVideoTaskPageEnvelope": ".image_to_video_task_page_envelope",
    "LanguageEnvelope": ".language_envelope",
    "ListAvatarTrainingsStatus": ".list_avatar_trainings_status",
    "ListAvatarsRequest": ".list_avatars_request",
    "ListBackgroundsRequest": ".list_backgrounds_request",
    "ListLanguagesRequest": ".list_languages_request",
    "ListVoicesRequest": ".list_voices_request",
    "PresignedUpload": ".presigned_upload",
    "PresignedUploadEnvelope": ".presigned_upload_envelope",
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
    "RemainingCoins": ".remaining_coins",
    "RemainingCoinsEnvelope": ".remaining_coins_envelope",
    "StartAvatarTrainingRequest": ".start_avatar_training_request",
    "StartAvatarTrainingRequestGender": ".start_avatar_training_request_gender",
    "StartCaptionRemovalRequest": ".start_caption_removal_request",
    "StartDubbingRequest": ".start_dubbing_request",
    "StartFaceSwapPreviewRequest": ".start_face_swap_preview_request",
    "StartFaceSwapTaskRequest": ".start_face_swap_task_request",
    "StartFaceSwapTaskRequestModelVersion": ".start_face_swap_task_request_model_version",
    "StartImage2VideoRequest": ".start_image_2_video_request",
    "StartImage2VideoRequestModelType": ".start_image_2_video_request_model_type",
    "StartImage2VideoRequestModelVersion": ".start_image_2_video_request_model_version",
    "StartImageEditRequest": ".start_image_edit_request",
    "StartImageEditRequestEditType": ".start_image_edit_request_edit_type",
    "StartTalkingPhotoRequest": ".start_talking_photo_request",
    "StartTalkingVideoRequest": ".start_talking_video_request",
    "StartText2ImageRequest": ".start_text_2_image_request",
    "StartText2ImageRequestAspectRatio": ".start_text_2_image_request_aspect_ratio",
    "StartText2ImageRequestModelType": ".start_text_2_image_request_model_type",
    "StartText2ImageRequestReqKey": ".start_text_2_image_request_req_key",
    "StartVirtualTryOnRequest": ".start_virtual_try_on_request",
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
    "TrainVoiceCloneRequest": ".train_voice_clone_request",
    "TrainVoiceCloneRequestGender": ".train_voice_clone_request_gender",
    "TrainVoiceCloneRequestModel": ".train_voice_clone_request_model",
    "TransferToStorageRequest": ".transfer_to_storage_request",
    "UploadPresignedUrlRequest": ".upload_presigned_url_request",
    "User": ".user",
    "UserEnvelope": ".user_envelope",
    "UserVoice": ".user_voice",
    "UserVoiceEnvelope": ".user_voice_envelope",
    "UserVoiceListEnvelope": ".user_voice_list_envelope",
    "VirtualTryOnTask": ".virtual_try_on_task",
    "VirtualTryOnTaskEnvelope": ".virtual_try_on_task_envelope",
    "VirtualTryOnTaskListEnvelope": ".virtual_try_on_task_list_envelope",
    "VirtualTryOnTaskPage": ".virtual_try_on_task_page",
    "VirtualTryOnTaskPageEnvelope": ".virtual_try_on_task_page_envelope",
    "VoiceOption": ".voice_option",
    "VoiceOptionListEnvelope": ".voice_option_list_envelope",
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
    "AddBackgroundRequest",
    "AddFaceSwapImageRequest",
    "AddUserRequest",
    "AudioUrlEnvelope",
    "Avatar",
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
    "CaptionRemovalTask",
    "CaptionRemovalTaskEnvelope",
    "CaptionRemovalTaskListEnvelope",
    "CaptionRemovalTaskPage",
    "CaptionRemovalTaskPageEnvelope",
    "DetectLanguageRequest",
    "DubbingTask",
    "DubbingTaskEnvelope",
    "DubbingTaskListEnvelope",
    "DubbingTaskPage",
    "DubbingTaskPageEnvelope",
    "Envelope",
    "ErrorResponse",
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
    "GenerateAvatarVideoRequest",
    "GenerateAvatarVideoRequestCaptionAlign",
    "GenerateAvatarVideoRequestGpModel",
    "GenerateTtsRequest",
    "GenerateTtsRequestType",
    "Image2VideoTask",
    "ImageEditTask",
    "ImageToVideoTaskEnvelope",
    "ImageToVideoTaskListEnvelope",
    "ImageToVideoTaskPage",
    "ImageToVideoTaskPageEnvelope",
    "LanguageEnvelope",
    "ListAvatarsRequest",
    "ListAvatarTrainingsStatus",
    "ListBackgroundsRequest",
    "ListLanguagesRequest",
    "ListVoicesRequest",
    "PresignedUpload",
    "PresignedUploadEnvelope",
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
    "RemainingCoins",
    "RemainingCoinsEnvelope",
    "StartAvatarTrainingRequest",
    "StartAvatarTrainingRequestGender",
    "StartCaptionRemovalRequest",
    "StartDubbingRequest",
    "StartFaceSwapPreviewRequest",
    "StartFaceSwapTaskRequest",
    "StartFaceSwapTaskRequestModelVersion",
    "StartImage2VideoRequest",
    "StartImage2VideoRequestModelType",
    "StartImage2VideoRequestModelVersion",
    "StartImageEditRequest",
    "StartImageEditRequestEditType",
    "StartTalkingPhotoRequest",
    "StartTalkingVideoRequest",
    "StartText2ImageRequest",
    "StartText2ImageRequestAspectRatio",
    "StartText2ImageRequestModelType",
    "StartText2ImageRequestReqKey",
    "StartVirtualTryOnRequest",
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
    "TrainVoiceCloneRequest",
    "TrainVoiceCloneRequestGender",
    "TrainVoiceCloneRequestModel",
    "TransferToStorageRequest",
    "UploadPresignedUrlRequest",
    "User",
    "UserEnvelope",
    "UserVoice",
    "UserVoiceEnvelope",
    "UserVoiceListEnvelope",
    "VirtualTryOnTask",
    "VirtualTryOnTaskEnvelope",
    "VirtualTryOnTaskListEnvelope",
    "VirtualTryOnTaskPage",
    "VirtualTryOnTaskPageEnvelope",
    "VoiceOption",
    "VoiceOptionListEnvelope",
    "WatermarkTask",
    "WatermarkTaskEnvelope",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookFields",
)
