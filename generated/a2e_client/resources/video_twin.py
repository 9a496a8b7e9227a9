"""The Video Twin section: `client.video_twin`.

Do not edit: `make generate` writes this file from openapi/a2e.yaml.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
import builtins
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, overload

import httpx
from a2e.defaults import WAIT_TIMEOUT
from a2e.resources import AsyncResource, Operation, RawResponse, SyncResource

if TYPE_CHECKING:
    from a2e.tasks import AsyncTask, Task

    from ..models.avatar_eye_contact_request import AvatarEyeContactRequest
    from ..models.avatar_training import AvatarTraining
    from ..models.avatar_training_id_request import AvatarTrainingIdRequest
    from ..models.batch_detail_request import BatchDetailRequest
    from ..models.start_avatar_training_request import StartAvatarTrainingRequest
    from ..models.unpublished_fields_request import UnpublishedFieldsRequest

_BATCH_GET = Operation(
    "video_twin.batch_get_avatar_trainings",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_CONTINUE_AVATAR_TRAINING = Operation(
    "video_twin.continue_avatar_training",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_CONTINUE_AVATAR_TRAINING_OLD_SPELLING = Operation(
    "video_twin.continue_avatar_training_old_spelling",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_LIST = Operation(
    "video_twin.list_avatar_trainings",
    "page",
    family=None,
    arguments={
        "page_num": ("query", "pageNum"),
        "page_size": ("query", "pageSize"),
        "status": ("query", "status"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={"status": ("pending", "processing", "completed", "failed")},
)
_REMOVE_AVATAR = Operation(
    "video_twin.remove_avatar",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_START = Operation(
    "video_twin.start_avatar_training",
    "start",
    family="avatar_training",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "video_url": ("body", "video_url"),
        "video_background_image": ("body", "video_background_image"),
        "video_background_color": ("body", "video_background_color"),
        "gender": ("body", "gender"),
        "video_backgroud_color": ("body", "video_backgroud_color"),
        "video_backgroud_image": ("body", "video_backgroud_image"),
        "model_version": ("body", "model_version"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "skip_preview": ("body", "skipPreview"),
        "is_transcoding": ("body", "isTranscoding"),
    },
    positional=(),
    required=(),
    urls=("image_url", "video_url"),
    enums={"gender": ("female", "male")},
)
_GET_STATUS = Operation(
    "video_twin.list_ongoing_avatar_trainings",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET = Operation(
    "video_twin.get_avatar_training",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_ENHANCE_AVATAR_EYE_CONTACT = Operation(
    "video_twin.enhance_avatar_eye_contact",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_RETRY_AVATAR_TRAINING = Operation(
    "video_twin.retry_avatar_training",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_TRAIN = Operation(
    "video_twin.train_video_twin",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_UPLOAD_FILE = Operation(
    "video_twin.upload_video_twin_file",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET_UPLOAD_STATUS = Operation(
    "video_twin.get_video_twin_upload_status",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_ALL_AVATAR_TRAININGS = Operation(
    "video_twin.list_all_avatar_trainings",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)


class VideoTwinResource(SyncResource):
    """Video Twin: 14 operations."""

    @property
    def with_raw_response(self) -> VideoTwinResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return VideoTwinResourceWithRawResponse(self._client)

    @overload
    def batch_get(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]: ...
    @overload
    def batch_get(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[AvatarTraining]:
        """Read several avatar trainings at once.

        Returns the avatar trainings whose ids are listed. The answer is typed as a list of
        trainings (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetAvatarTrainings`: POST /api/v1/userVideoTwin/batchDetail
        """
        return cast(
            "builtins.list[AvatarTraining]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def continue_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    def continue_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    def continue_avatar_training(self, *args: Any, **kwargs: Any) -> AvatarTraining:
        """Train a personalised lip-sync model.

        Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so
        its videos look more natural. Costs one diamond; the model is ready after about two hours.

        Args:
            id: Id of the avatar training.

        `continueAvatarTraining`: POST /api/v1/userVideoTwin/continueTraining
        """
        return cast(
            "AvatarTraining", self._request(_CONTINUE_AVATAR_TRAINING, args, kwargs)
        )

    @overload
    def continue_avatar_training_old_spelling(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    def continue_avatar_training_old_spelling(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    def continue_avatar_training_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> AvatarTraining:
        """Train a personalised lip-sync model (older path).

        The path with A2E's older spelling; prefer continueAvatarTraining.

        Args:
            id: Id of the avatar training.

        `continueAvatarTrainingOldSpelling`: POST /api/v1/userVideoTwin/continueTranining
        """
        return cast(
            "AvatarTraining",
            self._request(_CONTINUE_AVATAR_TRAINING_OLD_SPELLING, args, kwargs),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[AvatarTraining]:
        """List avatar trainings.

        Pages through the caller's avatar trainings, optionally only those in one status.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.
            status: Only trainings in this status.

        `listAvatarTrainings`: GET /api/v1/userVideoTwin/records
        """
        return cast("Iterator[AvatarTraining]", self._request(_LIST, (), locals()))

    @overload
    def remove_avatar(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def remove_avatar(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def remove_avatar(self, *args: Any, **kwargs: Any) -> Any:
        """Remove a custom avatar.

        Deletes one of the caller's avatars with its training.

        Args:
            id: Id of the avatar training.

        `removeAvatar`: POST /api/v1/userVideoTwin/remove
        """
        return self._request(_REMOVE_AVATAR, args, kwargs)

    def start(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[AvatarTraining]:
        """Make a custom avatar from a video or an image.

        Starts making an avatar from `video_url` or `image_url` (one of the two). The address must
        serve the right Content-Type and must not redirect. The video form is free. Follow it with
        getAvatarTraining (family `avatar_training`); once completed, `anchor_id` is the new avatar.

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            video_url: Address of the input video.
            video_background_image: Background image to put behind the person.
            video_background_color: Background colour to put behind the person (RGBA).
            gender: Gender of the person.
            video_backgroud_color: A2E's older spelling of video_background_color.
            video_backgroud_image: A2E's older spelling of video_background_image.
            model_version: Training pipeline to use.
            prompt: For an image: how the person should move.
            negative_prompt: For an image: what to avoid.
            skip_preview: Do not make the preview video.
            is_transcoding: Transcode the video before training.

        `startAvatarTraining`: POST /api/v1/userVideoTwin/startTraining
        """
        return cast("Task[AvatarTraining]", self._request(_START, (), locals()))

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]:
        """List avatar trainings still running.

        The caller's avatar trainings that have not finished yet.

        `listOngoingAvatarTrainings`: GET /api/v1/userVideoTwin/trainingRecords
        """
        return cast(
            "builtins.list[AvatarTraining]", self._request(_GET_STATUS, (), locals())
        )

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining:
        """Read one avatar training.

        Returns one avatar training; once completed, `anchor_id` is the avatar for
        generateAvatarVideo.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getAvatarTraining`: GET /api/v1/userVideoTwin/{_id}
        """
        return cast("AvatarTraining", self._request(_GET, (), locals()))

    def enhance_avatar_eye_contact(
        self,
        *,
        id: str | None = None,
        body: AvatarEyeContactRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Improve the eye contact of a trained avatar.

        Starts an AI pass that makes a video twin look into the camera more. A2E does not say how to
        follow it or what it costs; presumably the avatar training shows the change
        (getAvatarTraining, family `avatar_training`), which is unverified. The body may be left
        out. A2E publishes no schema for the answer, so `data` is left open.

        Args:
            id: Id of the avatar training (video twin) to improve.

        `enhanceAvatarEyeContact`: POST /api/v1/userVideoTwin/eyeContact
        """
        return self._request(_ENHANCE_AVATAR_EYE_CONTACT, (), locals())

    @overload
    def retry_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def retry_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def retry_avatar_training(self, *args: Any, **kwargs: Any) -> Any:
        """Run a failed avatar training again.

        Asks A2E for another attempt at a failed avatar training; follow it again with
        getAvatarTraining (family `avatar_training`). A2E's catalog lists no body; the `_id` body is
        inferred from the family's other operations (continueAvatarTraining, removeAvatar) and is
        unverified. A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it
        as A2E's usual envelope with `data` left open.

        Args:
            id: Id of the avatar training.

        `retryAvatarTraining`: POST /api/v1/userVideoTwin/retry
        """
        return self._request(_RETRY_AVATAR_TRAINING, args, kwargs)

    def train(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Start training from uploaded footage.

        Starts a video twin training, apparently the web app's flow after uploadVideoTwinFile (A2E
        names it only "training"; startAvatarTraining is the documented way to make an avatar from a
        URL). A2E's catalog lists no body fields, so the body is an open object passed through as
        given. A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it as
        A2E's usual envelope with `data` left open.

        `trainVideoTwin`: POST /api/v1/userVideoTwin/training
        """
        return self._request(_TRAIN, (), locals())

    def upload_file(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Upload footage for a video twin.

        The web app's upload step for video twin footage. A2E's catalog lists no request body (the
        file form is unknown), so this operation sends none; to train from a file, upload it with
        getUploadUrl and pass the address to startAvatarTraining. A2E's catalog declares a
        `{success, data, timestamp}` answer; this spec types it as A2E's usual envelope with `data`
        left open.

        `uploadVideoTwinFile`: POST /api/v1/userVideoTwin/upload
        """
        return self._request(_UPLOAD_FILE, (), locals())

    def get_upload_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read the state of the caller's footage uploads.

        Returns how the caller's video twin uploads (uploadVideoTwinFile) are progressing. A2E
        publishes no schema for the answer, so `data` is left open.

        `getVideoTwinUploadStatus`: GET /api/v1/userVideoTwin/uploadStatus
        """
        return self._request(_GET_UPLOAD_STATUS, (), locals())

    def list_all_avatar_trainings(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]:
        """List all of the caller's avatar trainings at once.

        Returns every avatar training (video twin) of the caller with its state and results, in one
        unpaged list; listAvatarTrainings pages and filters the same records. Items are typed as the
        family's task (`avatar_training`), since A2E says they mean the same as in
        getAvatarTraining; the list shape is inferred (A2E publishes no schema).

        `listAllAvatarTrainings`: GET /api/v1/userVideoTwin/userRecords
        """
        return cast(
            "builtins.list[AvatarTraining]",
            self._request(_LIST_ALL_AVATAR_TRAININGS, (), locals()),
        )

    def run(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[AvatarTraining]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[AvatarTraining]", self._run(_START, (), locals()))

    def task(self, id: str, /) -> Task[AvatarTraining]:
        """The avatar_training task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[AvatarTraining]", self._task("avatar_training", id))


class AsyncVideoTwinResource(AsyncResource):
    """Video Twin: 14 operations."""

    @property
    def with_raw_response(self) -> AsyncVideoTwinResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncVideoTwinResourceWithRawResponse(self._client)

    @overload
    async def batch_get(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]: ...
    @overload
    async def batch_get(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[AvatarTraining]:
        """Read several avatar trainings at once.

        Returns the avatar trainings whose ids are listed. The answer is typed as a list of
        trainings (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetAvatarTrainings`: POST /api/v1/userVideoTwin/batchDetail
        """
        return cast(
            "builtins.list[AvatarTraining]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def continue_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    async def continue_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    async def continue_avatar_training(
        self, *args: Any, **kwargs: Any
    ) -> AvatarTraining:
        """Train a personalised lip-sync model.

        Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so
        its videos look more natural. Costs one diamond; the model is ready after about two hours.

        Args:
            id: Id of the avatar training.

        `continueAvatarTraining`: POST /api/v1/userVideoTwin/continueTraining
        """
        return cast(
            "AvatarTraining",
            await self._arequest(_CONTINUE_AVATAR_TRAINING, args, kwargs),
        )

    @overload
    async def continue_avatar_training_old_spelling(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    async def continue_avatar_training_old_spelling(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    async def continue_avatar_training_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> AvatarTraining:
        """Train a personalised lip-sync model (older path).

        The path with A2E's older spelling; prefer continueAvatarTraining.

        Args:
            id: Id of the avatar training.

        `continueAvatarTrainingOldSpelling`: POST /api/v1/userVideoTwin/continueTranining
        """
        return cast(
            "AvatarTraining",
            await self._arequest(_CONTINUE_AVATAR_TRAINING_OLD_SPELLING, args, kwargs),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[AvatarTraining]:
        """List avatar trainings.

        Pages through the caller's avatar trainings, optionally only those in one status.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.
            status: Only trainings in this status.

        `listAvatarTrainings`: GET /api/v1/userVideoTwin/records
        """
        return cast("AsyncIterator[AvatarTraining]", self._apages(_LIST, (), locals()))

    @overload
    async def remove_avatar(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def remove_avatar(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def remove_avatar(self, *args: Any, **kwargs: Any) -> Any:
        """Remove a custom avatar.

        Deletes one of the caller's avatars with its training.

        Args:
            id: Id of the avatar training.

        `removeAvatar`: POST /api/v1/userVideoTwin/remove
        """
        return await self._arequest(_REMOVE_AVATAR, args, kwargs)

    async def start(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[AvatarTraining]:
        """Make a custom avatar from a video or an image.

        Starts making an avatar from `video_url` or `image_url` (one of the two). The address must
        serve the right Content-Type and must not redirect. The video form is free. Follow it with
        getAvatarTraining (family `avatar_training`); once completed, `anchor_id` is the new avatar.

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            video_url: Address of the input video.
            video_background_image: Background image to put behind the person.
            video_background_color: Background colour to put behind the person (RGBA).
            gender: Gender of the person.
            video_backgroud_color: A2E's older spelling of video_background_color.
            video_backgroud_image: A2E's older spelling of video_background_image.
            model_version: Training pipeline to use.
            prompt: For an image: how the person should move.
            negative_prompt: For an image: what to avoid.
            skip_preview: Do not make the preview video.
            is_transcoding: Transcode the video before training.

        `startAvatarTraining`: POST /api/v1/userVideoTwin/startTraining
        """
        return cast(
            "AsyncTask[AvatarTraining]", await self._arequest(_START, (), locals())
        )

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]:
        """List avatar trainings still running.

        The caller's avatar trainings that have not finished yet.

        `listOngoingAvatarTrainings`: GET /api/v1/userVideoTwin/trainingRecords
        """
        return cast(
            "builtins.list[AvatarTraining]",
            await self._arequest(_GET_STATUS, (), locals()),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining:
        """Read one avatar training.

        Returns one avatar training; once completed, `anchor_id` is the avatar for
        generateAvatarVideo.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getAvatarTraining`: GET /api/v1/userVideoTwin/{_id}
        """
        return cast("AvatarTraining", await self._arequest(_GET, (), locals()))

    async def enhance_avatar_eye_contact(
        self,
        *,
        id: str | None = None,
        body: AvatarEyeContactRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Improve the eye contact of a trained avatar.

        Starts an AI pass that makes a video twin look into the camera more. A2E does not say how to
        follow it or what it costs; presumably the avatar training shows the change
        (getAvatarTraining, family `avatar_training`), which is unverified. The body may be left
        out. A2E publishes no schema for the answer, so `data` is left open.

        Args:
            id: Id of the avatar training (video twin) to improve.

        `enhanceAvatarEyeContact`: POST /api/v1/userVideoTwin/eyeContact
        """
        return await self._arequest(_ENHANCE_AVATAR_EYE_CONTACT, (), locals())

    @overload
    async def retry_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def retry_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def retry_avatar_training(self, *args: Any, **kwargs: Any) -> Any:
        """Run a failed avatar training again.

        Asks A2E for another attempt at a failed avatar training; follow it again with
        getAvatarTraining (family `avatar_training`). A2E's catalog lists no body; the `_id` body is
        inferred from the family's other operations (continueAvatarTraining, removeAvatar) and is
        unverified. A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it
        as A2E's usual envelope with `data` left open.

        Args:
            id: Id of the avatar training.

        `retryAvatarTraining`: POST /api/v1/userVideoTwin/retry
        """
        return await self._arequest(_RETRY_AVATAR_TRAINING, args, kwargs)

    async def train(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Start training from uploaded footage.

        Starts a video twin training, apparently the web app's flow after uploadVideoTwinFile (A2E
        names it only "training"; startAvatarTraining is the documented way to make an avatar from a
        URL). A2E's catalog lists no body fields, so the body is an open object passed through as
        given. A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it as
        A2E's usual envelope with `data` left open.

        `trainVideoTwin`: POST /api/v1/userVideoTwin/training
        """
        return await self._arequest(_TRAIN, (), locals())

    async def upload_file(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Upload footage for a video twin.

        The web app's upload step for video twin footage. A2E's catalog lists no request body (the
        file form is unknown), so this operation sends none; to train from a file, upload it with
        getUploadUrl and pass the address to startAvatarTraining. A2E's catalog declares a
        `{success, data, timestamp}` answer; this spec types it as A2E's usual envelope with `data`
        left open.

        `uploadVideoTwinFile`: POST /api/v1/userVideoTwin/upload
        """
        return await self._arequest(_UPLOAD_FILE, (), locals())

    async def get_upload_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read the state of the caller's footage uploads.

        Returns how the caller's video twin uploads (uploadVideoTwinFile) are progressing. A2E
        publishes no schema for the answer, so `data` is left open.

        `getVideoTwinUploadStatus`: GET /api/v1/userVideoTwin/uploadStatus
        """
        return await self._arequest(_GET_UPLOAD_STATUS, (), locals())

    async def list_all_avatar_trainings(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarTraining]:
        """List all of the caller's avatar trainings at once.

        Returns every avatar training (video twin) of the caller with its state and results, in one
        unpaged list; listAvatarTrainings pages and filters the same records. Items are typed as the
        family's task (`avatar_training`), since A2E says they mean the same as in
        getAvatarTraining; the list shape is inferred (A2E publishes no schema).

        `listAllAvatarTrainings`: GET /api/v1/userVideoTwin/userRecords
        """
        return cast(
            "builtins.list[AvatarTraining]",
            await self._arequest(_LIST_ALL_AVATAR_TRAININGS, (), locals()),
        )

    async def run(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[AvatarTraining]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[AvatarTraining]", await self._arun(_START, (), locals()))

    async def task(self, id: str, /) -> AsyncTask[AvatarTraining]:
        """The avatar_training task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[AvatarTraining]", await self._atask("avatar_training", id)
        )


class VideoTwinResourceWithRawResponse(SyncResource):
    """Video Twin: 14 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def batch_get(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]: ...
    @overload
    def batch_get(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def continue_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    def continue_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    def continue_avatar_training(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            self._request(_CONTINUE_AVATAR_TRAINING, args, kwargs),
        )

    @overload
    def continue_avatar_training_old_spelling(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    def continue_avatar_training_old_spelling(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    def continue_avatar_training_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            self._request(_CONTINUE_AVATAR_TRAINING_OLD_SPELLING, args, kwargs),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST, (), locals()))

    @overload
    def remove_avatar(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def remove_avatar(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def remove_avatar(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_REMOVE_AVATAR, args, kwargs))

    def start(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[AvatarTraining]]:
        return cast(
            "RawResponse[Task[AvatarTraining]]", self._request(_START, (), locals())
        )

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            self._request(_GET_STATUS, (), locals()),
        )

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]:
        return cast("RawResponse[AvatarTraining]", self._request(_GET, (), locals()))

    def enhance_avatar_eye_contact(
        self,
        *,
        id: str | None = None,
        body: AvatarEyeContactRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_ENHANCE_AVATAR_EYE_CONTACT, (), locals())
        )

    @overload
    def retry_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def retry_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def retry_avatar_training(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_RETRY_AVATAR_TRAINING, args, kwargs)
        )

    def train(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_TRAIN, (), locals()))

    def upload_file(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_UPLOAD_FILE, (), locals()))

    def get_upload_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_GET_UPLOAD_STATUS, (), locals()))

    def list_all_avatar_trainings(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            self._request(_LIST_ALL_AVATAR_TRAININGS, (), locals()),
        )


class AsyncVideoTwinResourceWithRawResponse(AsyncResource):
    """Video Twin: 14 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def batch_get(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]: ...
    @overload
    async def batch_get(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def continue_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    async def continue_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    async def continue_avatar_training(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            await self._arequest(_CONTINUE_AVATAR_TRAINING, args, kwargs),
        )

    @overload
    async def continue_avatar_training_old_spelling(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    async def continue_avatar_training_old_spelling(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    async def continue_avatar_training_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            await self._arequest(_CONTINUE_AVATAR_TRAINING_OLD_SPELLING, args, kwargs),
        )

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_LIST, (), locals()))

    @overload
    async def remove_avatar(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def remove_avatar(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def remove_avatar(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_REMOVE_AVATAR, args, kwargs)
        )

    async def start(
        self,
        *,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        video_backgroud_color: str | None = None,
        video_backgroud_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        is_transcoding: bool | None = None,
        body: StartAvatarTrainingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[AvatarTraining]]:
        return cast(
            "RawResponse[AsyncTask[AvatarTraining]]",
            await self._arequest(_START, (), locals()),
        )

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            await self._arequest(_GET_STATUS, (), locals()),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]", await self._arequest(_GET, (), locals())
        )

    async def enhance_avatar_eye_contact(
        self,
        *,
        id: str | None = None,
        body: AvatarEyeContactRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_ENHANCE_AVATAR_EYE_CONTACT, (), locals()),
        )

    @overload
    async def retry_avatar_training(
        self,
        *,
        id: str,
        body: AvatarTrainingIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def retry_avatar_training(
        self,
        *,
        body: AvatarTrainingIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def retry_avatar_training(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_RETRY_AVATAR_TRAINING, args, kwargs),
        )

    async def train(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_TRAIN, (), locals()))

    async def upload_file(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_UPLOAD_FILE, (), locals())
        )

    async def get_upload_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_GET_UPLOAD_STATUS, (), locals())
        )

    async def list_all_avatar_trainings(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarTraining]]:
        return cast(
            "RawResponse[builtins.list[AvatarTraining]]",
            await self._arequest(_LIST_ALL_AVATAR_TRAININGS, (), locals()),
        )
