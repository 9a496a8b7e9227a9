"""The Face Swap section: `client.face_swap`.

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

    from ..models.add_face_swap_image_request import AddFaceSwapImageRequest
    from ..models.batch_detail_request import BatchDetailRequest
    from ..models.face_swap_image import FaceSwapImage
    from ..models.face_swap_preview import FaceSwapPreview
    from ..models.face_swap_task import FaceSwapTask
    from ..models.face_swap_task_status import FaceSwapTaskStatus
    from ..models.start_face_swap_preview_request import StartFaceSwapPreviewRequest
    from ..models.start_face_swap_task_request import StartFaceSwapTaskRequest

_ADD_IMAGE = Operation(
    "face_swap.add_face_swap_image",
    "data",
    family=None,
    arguments={"face_url": ("body", "face_url")},
    positional=(),
    required=("face_url",),
    urls=("face_url",),
    enums={},
)
_LIST_IMAGES = Operation(
    "face_swap.list_face_swap_images",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_DELETE_IMAGE = Operation(
    "face_swap.delete_face_swap_image",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_START_PREVIEW = Operation(
    "face_swap.start_face_swap_preview",
    "start",
    family="face_swap_preview",
    arguments={"face_url": ("body", "face_url"), "video_url": ("body", "video_url")},
    positional=(),
    required=("face_url", "video_url"),
    urls=("face_url", "video_url"),
    enums={},
)
_GET_PREVIEW_STATUS = Operation(
    "face_swap.get_face_swap_preview_status",
    "data",
    family=None,
    arguments={"id": ("query", "_id")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "face_swap.start_face_swap_task",
    "start",
    family="face_swap",
    arguments={
        "name": ("body", "name"),
        "video_url": ("body", "video_url"),
        "face_url": ("body", "face_url"),
        "cover_url": ("body", "cover_url"),
        "model_version": ("body", "model_version"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "video_url", "face_url"),
    urls=("video_url", "face_url", "cover_url", "webhook_url"),
    enums={"model_version": ("v1", "v2")},
)
_BATCH_GET = Operation(
    "face_swap.batch_get_face_swap_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_LIST = Operation(
    "face_swap.list_face_swap_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET_STATUS = Operation(
    "face_swap.get_face_swap_task_status",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET = Operation(
    "face_swap.get_face_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "face_swap.delete_face_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class FaceSwapResource(SyncResource):
    """Face Swap: 11 operations."""

    @property
    def with_raw_response(self) -> FaceSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return FaceSwapResourceWithRawResponse(self._client)

    @overload
    def add_image(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        body: AddFaceSwapImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapImage]: ...
    @overload
    def add_image(
        self,
        *,
        body: AddFaceSwapImageRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapImage]: ...
    def add_image(self, *args: Any, **kwargs: Any) -> builtins.list[FaceSwapImage]:
        """Store a face image for later swaps.

        Saves the image at `face_url` in the caller's face library. The documented answer lists the
        stored face records under `data`.

        Args:
            face_url: Address of the face image to store.

        `addFaceSwapImage`: POST /api/v1/userFaceSwapImage/add
        """
        return cast(
            "builtins.list[FaceSwapImage]", self._request(_ADD_IMAGE, args, kwargs)
        )

    def list_images(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[FaceSwapImage]:
        """List stored face images.

        Lists the face images saved with addFaceSwapImage. No A2E page documents the answer; it is
        typed like the answer of addFaceSwapImage, which already lists the stored faces. Paging
        parameters are what third-party clients send.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listFaceSwapImages`: GET /api/v1/userFaceSwapImage/records
        """
        return cast(
            "Iterator[FaceSwapImage]", self._request(_LIST_IMAGES, (), locals())
        )

    def delete_image(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Remove a stored face image.

        Deletes one face image from the caller's library. A2E documents no answer body beyond the
        envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteFaceSwapImage`: DELETE /api/v1/userFaceSwapImage/{_id}
        """
        return self._request(_DELETE_IMAGE, (), locals())

    @overload
    def start_preview(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[FaceSwapPreview]: ...
    @overload
    def start_preview(
        self,
        *,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[FaceSwapPreview]: ...
    def start_preview(self, *args: Any, **kwargs: Any) -> Task[FaceSwapPreview]:
        """Start a quick face swap preview.

        Swaps the face into a single frame (the target may be an image) so the result can be checked
        before paying for a full video swap. The preview is a task: read it with
        getFaceSwapPreviewStatus until `current_status` is terminal.

        Args:
            face_url: Address of the face image to put in.
            video_url: Address of the target; an image works for previews.

        `startFaceSwapPreview`: POST /api/v1/userFaceSwapPreview/add
        """
        return cast(
            "Task[FaceSwapPreview]", self._request(_START_PREVIEW, args, kwargs)
        )

    def get_preview_status(
        self,
        *,
        id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> FaceSwapPreview:
        """Read the state of a face swap preview.

        Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E page
        shows the answer, so it is typed like the answer of startFaceSwapPreview (uncertain).

        Args:
            id: Id of the preview task, as returned by startFaceSwapPreview.

        `getFaceSwapPreviewStatus`: GET /api/v1/userFaceSwapPreview/status
        """
        return cast("FaceSwapPreview", self._request(_GET_PREVIEW_STATUS, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[FaceSwapTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[FaceSwapTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[FaceSwapTask]:
        """Start a face swap task.

        Starts replacing the face in the video at `video_url` with the face at `face_url`. The
        answer is the new task; read it with getFaceSwapTask until `current_status` is `completed`
        (then `result_url` holds the video) or `failed` (then `faild_message` says why). Costs
        credits.

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Address of the video whose face is replaced.
            face_url: Address of the face image to put in.
            cover_url: Address of a cover image for the result.
            model_version: Pipeline to use; v2 handles images only.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startFaceSwapTask`: POST /api/v1/userFaceSwapTask/add
        """
        return cast("Task[FaceSwapTask]", self._request(_START, args, kwargs))

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
    ) -> builtins.list[FaceSwapTask]: ...
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
    ) -> builtins.list[FaceSwapTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[FaceSwapTask]:
        """Read several face swap tasks at once.

        Returns the tasks whose ids are listed, in one request; pollers use it to follow many tasks
        without one request per task. Listed in A2E's catalog only; the answer is not documented and
        is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetFaceSwapTasks`: POST /api/v1/userFaceSwapTask/batchDetail
        """
        return cast(
            "builtins.list[FaceSwapTask]", self._request(_BATCH_GET, args, kwargs)
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[FaceSwapTask]:
        """List face swap tasks, a page at a time.

        Pages through the caller's face swap tasks, newest first. `count` is the total number of
        tasks, not the size of this page.

        Args:
            page_num: Page to return, counted from 1 (send 1 for the first page).
            page_size: Records per page, at most 100 (A2E's pages default to 10).

        `listFaceSwapTasks`: GET /api/v1/userFaceSwapTask/records
        """
        return cast("Iterator[FaceSwapTask]", self._request(_LIST, (), locals()))

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapTaskStatus]:
        """Status of the caller's face swap tasks.

        Takes no id: answers the short status (id, status, result, failure) of the caller's face
        swap tasks. Use getFaceSwapTask to read one task in full.

        `getFaceSwapTaskStatus`: GET /api/v1/userFaceSwapTask/status
        """
        return cast(
            "builtins.list[FaceSwapTaskStatus]",
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
    ) -> FaceSwapTask:
        """Read one face swap task.

        Returns the whole task: its status, the result video once `completed`, the failure text once
        `failed`, and the time each stage was reached.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getFaceSwapTask`: GET /api/v1/userFaceSwapTask/{_id}
        """
        return cast("FaceSwapTask", self._request(_GET, (), locals()))

    def delete(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a face swap task.

        Deletes the task record. A2E documents no answer body beyond the envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteFaceSwapTask`: DELETE /api/v1/userFaceSwapTask/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[FaceSwapTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[FaceSwapTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[FaceSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[FaceSwapTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[FaceSwapTask]:
        """The face_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[FaceSwapTask]", self._task("face_swap", id))


class AsyncFaceSwapResource(AsyncResource):
    """Face Swap: 11 operations."""

    @property
    def with_raw_response(self) -> AsyncFaceSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncFaceSwapResourceWithRawResponse(self._client)

    @overload
    async def add_image(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        body: AddFaceSwapImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapImage]: ...
    @overload
    async def add_image(
        self,
        *,
        body: AddFaceSwapImageRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapImage]: ...
    async def add_image(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[FaceSwapImage]:
        """Store a face image for later swaps.

        Saves the image at `face_url` in the caller's face library. The documented answer lists the
        stored face records under `data`.

        Args:
            face_url: Address of the face image to store.

        `addFaceSwapImage`: POST /api/v1/userFaceSwapImage/add
        """
        return cast(
            "builtins.list[FaceSwapImage]",
            await self._arequest(_ADD_IMAGE, args, kwargs),
        )

    def list_images(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[FaceSwapImage]:
        """List stored face images.

        Lists the face images saved with addFaceSwapImage. No A2E page documents the answer; it is
        typed like the answer of addFaceSwapImage, which already lists the stored faces. Paging
        parameters are what third-party clients send.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listFaceSwapImages`: GET /api/v1/userFaceSwapImage/records
        """
        return cast(
            "AsyncIterator[FaceSwapImage]", self._apages(_LIST_IMAGES, (), locals())
        )

    async def delete_image(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Remove a stored face image.

        Deletes one face image from the caller's library. A2E documents no answer body beyond the
        envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteFaceSwapImage`: DELETE /api/v1/userFaceSwapImage/{_id}
        """
        return await self._arequest(_DELETE_IMAGE, (), locals())

    @overload
    async def start_preview(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[FaceSwapPreview]: ...
    @overload
    async def start_preview(
        self,
        *,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[FaceSwapPreview]: ...
    async def start_preview(
        self, *args: Any, **kwargs: Any
    ) -> AsyncTask[FaceSwapPreview]:
        """Start a quick face swap preview.

        Swaps the face into a single frame (the target may be an image) so the result can be checked
        before paying for a full video swap. The preview is a task: read it with
        getFaceSwapPreviewStatus until `current_status` is terminal.

        Args:
            face_url: Address of the face image to put in.
            video_url: Address of the target; an image works for previews.

        `startFaceSwapPreview`: POST /api/v1/userFaceSwapPreview/add
        """
        return cast(
            "AsyncTask[FaceSwapPreview]",
            await self._arequest(_START_PREVIEW, args, kwargs),
        )

    async def get_preview_status(
        self,
        *,
        id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> FaceSwapPreview:
        """Read the state of a face swap preview.

        Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E page
        shows the answer, so it is typed like the answer of startFaceSwapPreview (uncertain).

        Args:
            id: Id of the preview task, as returned by startFaceSwapPreview.

        `getFaceSwapPreviewStatus`: GET /api/v1/userFaceSwapPreview/status
        """
        return cast(
            "FaceSwapPreview", await self._arequest(_GET_PREVIEW_STATUS, (), locals())
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[FaceSwapTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[FaceSwapTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[FaceSwapTask]:
        """Start a face swap task.

        Starts replacing the face in the video at `video_url` with the face at `face_url`. The
        answer is the new task; read it with getFaceSwapTask until `current_status` is `completed`
        (then `result_url` holds the video) or `failed` (then `faild_message` says why). Costs
        credits.

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Address of the video whose face is replaced.
            face_url: Address of the face image to put in.
            cover_url: Address of a cover image for the result.
            model_version: Pipeline to use; v2 handles images only.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startFaceSwapTask`: POST /api/v1/userFaceSwapTask/add
        """
        return cast(
            "AsyncTask[FaceSwapTask]", await self._arequest(_START, args, kwargs)
        )

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
    ) -> builtins.list[FaceSwapTask]: ...
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
    ) -> builtins.list[FaceSwapTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[FaceSwapTask]:
        """Read several face swap tasks at once.

        Returns the tasks whose ids are listed, in one request; pollers use it to follow many tasks
        without one request per task. Listed in A2E's catalog only; the answer is not documented and
        is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetFaceSwapTasks`: POST /api/v1/userFaceSwapTask/batchDetail
        """
        return cast(
            "builtins.list[FaceSwapTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[FaceSwapTask]:
        """List face swap tasks, a page at a time.

        Pages through the caller's face swap tasks, newest first. `count` is the total number of
        tasks, not the size of this page.

        Args:
            page_num: Page to return, counted from 1 (send 1 for the first page).
            page_size: Records per page, at most 100 (A2E's pages default to 10).

        `listFaceSwapTasks`: GET /api/v1/userFaceSwapTask/records
        """
        return cast("AsyncIterator[FaceSwapTask]", self._apages(_LIST, (), locals()))

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[FaceSwapTaskStatus]:
        """Status of the caller's face swap tasks.

        Takes no id: answers the short status (id, status, result, failure) of the caller's face
        swap tasks. Use getFaceSwapTask to read one task in full.

        `getFaceSwapTaskStatus`: GET /api/v1/userFaceSwapTask/status
        """
        return cast(
            "builtins.list[FaceSwapTaskStatus]",
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
    ) -> FaceSwapTask:
        """Read one face swap task.

        Returns the whole task: its status, the result video once `completed`, the failure text once
        `failed`, and the time each stage was reached.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getFaceSwapTask`: GET /api/v1/userFaceSwapTask/{_id}
        """
        return cast("FaceSwapTask", await self._arequest(_GET, (), locals()))

    async def delete(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a face swap task.

        Deletes the task record. A2E documents no answer body beyond the envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteFaceSwapTask`: DELETE /api/v1/userFaceSwapTask/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[FaceSwapTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[FaceSwapTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[FaceSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[FaceSwapTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[FaceSwapTask]:
        """The face_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[FaceSwapTask]", await self._atask("face_swap", id))


class FaceSwapResourceWithRawResponse(SyncResource):
    """Face Swap: 11 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def add_image(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        body: AddFaceSwapImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapImage]]: ...
    @overload
    def add_image(
        self,
        *,
        body: AddFaceSwapImageRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapImage]]: ...
    def add_image(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[FaceSwapImage]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapImage]]",
            self._request(_ADD_IMAGE, args, kwargs),
        )

    def list_images(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_IMAGES, (), locals()))

    def delete_image(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE_IMAGE, (), locals()))

    @overload
    def start_preview(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[FaceSwapPreview]]: ...
    @overload
    def start_preview(
        self,
        *,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[FaceSwapPreview]]: ...
    def start_preview(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Task[FaceSwapPreview]]:
        return cast(
            "RawResponse[Task[FaceSwapPreview]]",
            self._request(_START_PREVIEW, args, kwargs),
        )

    def get_preview_status(
        self,
        *,
        id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FaceSwapPreview]:
        return cast(
            "RawResponse[FaceSwapPreview]",
            self._request(_GET_PREVIEW_STATUS, (), locals()),
        )

    @overload
    def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[FaceSwapTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[FaceSwapTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[FaceSwapTask]]:
        return cast(
            "RawResponse[Task[FaceSwapTask]]", self._request(_START, args, kwargs)
        )

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
    ) -> RawResponse[builtins.list[FaceSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[FaceSwapTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[FaceSwapTask]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST, (), locals()))

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapTaskStatus]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapTaskStatus]]",
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
    ) -> RawResponse[FaceSwapTask]:
        return cast("RawResponse[FaceSwapTask]", self._request(_GET, (), locals()))

    def delete(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE, (), locals()))


class AsyncFaceSwapResourceWithRawResponse(AsyncResource):
    """Face Swap: 11 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def add_image(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        body: AddFaceSwapImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapImage]]: ...
    @overload
    async def add_image(
        self,
        *,
        body: AddFaceSwapImageRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapImage]]: ...
    async def add_image(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[FaceSwapImage]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapImage]]",
            await self._arequest(_ADD_IMAGE, args, kwargs),
        )

    async def list_images(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_LIST_IMAGES, (), locals())
        )

    async def delete_image(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_DELETE_IMAGE, (), locals())
        )

    @overload
    async def start_preview(
        self,
        *,
        face_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[FaceSwapPreview]]: ...
    @overload
    async def start_preview(
        self,
        *,
        body: StartFaceSwapPreviewRequest | Mapping[str, Any],
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[FaceSwapPreview]]: ...
    async def start_preview(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[FaceSwapPreview]]:
        return cast(
            "RawResponse[AsyncTask[FaceSwapPreview]]",
            await self._arequest(_START_PREVIEW, args, kwargs),
        )

    async def get_preview_status(
        self,
        *,
        id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[FaceSwapPreview]:
        return cast(
            "RawResponse[FaceSwapPreview]",
            await self._arequest(_GET_PREVIEW_STATUS, (), locals()),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        face_url: str | os.PathLike[str] | BinaryIO,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFaceSwapTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[FaceSwapTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartFaceSwapTaskRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        face_url: str | os.PathLike[str] | BinaryIO | None = None,
        cover_url: str | os.PathLike[str] | BinaryIO | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[FaceSwapTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[FaceSwapTask]]:
        return cast(
            "RawResponse[AsyncTask[FaceSwapTask]]",
            await self._arequest(_START, args, kwargs),
        )

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
    ) -> RawResponse[builtins.list[FaceSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[FaceSwapTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[FaceSwapTask]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_LIST, (), locals()))

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[FaceSwapTaskStatus]]:
        return cast(
            "RawResponse[builtins.list[FaceSwapTaskStatus]]",
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
    ) -> RawResponse[FaceSwapTask]:
        return cast(
            "RawResponse[FaceSwapTask]", await self._arequest(_GET, (), locals())
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_DELETE, (), locals()))
