"""Contains all the data models used in inputs/outputs.

Models are imported on first use, so that importing one operation module does not import
every model of the API.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_face_swap_image_request import AddFaceSwapImageRequest
    from .batch_detail_request import BatchDetailRequest
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
    from .start_face_swap_preview_request import StartFaceSwapPreviewRequest
    from .start_face_swap_task_request import StartFaceSwapTaskRequest
    from .start_face_swap_task_request_model_version import (
        StartFaceSwapTaskRequestModelVersion,
    )
    from .task_status import TaskStatus
    from .webhook_fields import WebhookFields

_MODULE_OF = {
    "AddFaceSwapImageRequest": ".add_face_swap_image_request",
    "BatchDetailRequest": ".batch_detail_request",
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
    "StartFaceSwapPreviewRequest": ".start_face_swap_preview_request",
    "StartFaceSwapTaskRequest": ".start_face_swap_task_request",
    "StartFaceSwapTaskRequestModelVersion": ".start_face_swap_task_request_model_version",
    "TaskStatus": ".task_status",
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
    "AddFaceSwapImageRequest",
    "BatchDetailRequest",
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
    "StartFaceSwapPreviewRequest",
    "StartFaceSwapTaskRequest",
    "StartFaceSwapTaskRequestModelVersion",
    "TaskStatus",
    "WebhookFields",
)
