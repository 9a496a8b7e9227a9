"""The Motion Transfer section: `client.motion_transfer`.

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

    from ..models.batch_detail_request import BatchDetailRequest
    from ..models.motion_transfer_task import MotionTransferTask
    from ..models.start_motion_transfer_request import StartMotionTransferRequest

_LIST = Operation(
    "motion_transfer.list_motion_transfer_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "motion_transfer.batch_get_motion_transfer_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "motion_transfer.start_motion_transfer",
    "start",
    family="motion_transfer",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "video_url": ("body", "video_url"),
        "positive_prompt": ("body", "positive_prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "timeout": ("body", "timeout"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_url", "video_url"),
    urls=("image_url", "video_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "motion_transfer.get_motion_transfer_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "motion_transfer.delete_motion_transfer_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class MotionTransferResource(SyncResource):
    """Motion Transfer: 5 operations."""

    @property
    def with_raw_response(self) -> MotionTransferResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return MotionTransferResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[MotionTransferTask]:
        """List motion transfer tasks.

        Pages through the caller's motion transfer tasks; `count` is the total over all pages. The
        page shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listMotionTransferTasks`: GET /api/v1/motionTransfer/allRecords
        """
        return cast("Iterator[MotionTransferTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[MotionTransferTask]: ...
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
    ) -> builtins.list[MotionTransferTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[MotionTransferTask]:
        """Read several motion transfer tasks at once.

        Returns the motion transfer tasks whose ids are listed, in one request. Typed as a list of
        tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetMotionTransferTasks`: POST /api/v1/motionTransfer/batchDetail
        """
        return cast(
            "builtins.list[MotionTransferTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[MotionTransferTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[MotionTransferTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[MotionTransferTask]:
        """Animate an image with the movement of a video.

        Starts making the person of `image_url` move the way the person in `video_url` does. The
        prompt field is `positive_prompt` here (Actor Swap calls it `prompt`). Follow it with
        getMotionTransferTask (family `motion_transfer`). The answer is typed from the family's
        other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Image of the person to animate.
            video_url: Video whose movement the person should copy.
            positive_prompt: Optional text describing the wanted result.
            negative_prompt: Optional text describing what the result should avoid.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startMotionTransfer`: POST /api/v1/motionTransfer/start
        """
        return cast("Task[MotionTransferTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> MotionTransferTask:
        """Read one motion transfer task.

        Returns one motion transfer task: its status, the video once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema). The video may come as `result_url` or as `result_video_url`, the name one public
        client reads for this family only; both are declared.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getMotionTransferTask`: GET /api/v1/motionTransfer/{_id}
        """
        return cast("MotionTransferTask", self._request(_GET, (), locals()))

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
        """Delete a motion transfer task.

        Deletes a motion transfer task record. A2E documents no conditions; other families refuse
        while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteMotionTransferTask`: DELETE /api/v1/motionTransfer/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[MotionTransferTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[MotionTransferTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[MotionTransferTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[MotionTransferTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[MotionTransferTask]:
        """The motion_transfer task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[MotionTransferTask]", self._task("motion_transfer", id))


class AsyncMotionTransferResource(AsyncResource):
    """Motion Transfer: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncMotionTransferResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncMotionTransferResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[MotionTransferTask]:
        """List motion transfer tasks.

        Pages through the caller's motion transfer tasks; `count` is the total over all pages. The
        page shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listMotionTransferTasks`: GET /api/v1/motionTransfer/allRecords
        """
        return cast(
            "AsyncIterator[MotionTransferTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[MotionTransferTask]: ...
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
    ) -> builtins.list[MotionTransferTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[MotionTransferTask]:
        """Read several motion transfer tasks at once.

        Returns the motion transfer tasks whose ids are listed, in one request. Typed as a list of
        tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetMotionTransferTasks`: POST /api/v1/motionTransfer/batchDetail
        """
        return cast(
            "builtins.list[MotionTransferTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[MotionTransferTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[MotionTransferTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[MotionTransferTask]:
        """Animate an image with the movement of a video.

        Starts making the person of `image_url` move the way the person in `video_url` does. The
        prompt field is `positive_prompt` here (Actor Swap calls it `prompt`). Follow it with
        getMotionTransferTask (family `motion_transfer`). The answer is typed from the family's
        other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Image of the person to animate.
            video_url: Video whose movement the person should copy.
            positive_prompt: Optional text describing the wanted result.
            negative_prompt: Optional text describing what the result should avoid.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startMotionTransfer`: POST /api/v1/motionTransfer/start
        """
        return cast(
            "AsyncTask[MotionTransferTask]", await self._arequest(_START, args, kwargs)
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
    ) -> MotionTransferTask:
        """Read one motion transfer task.

        Returns one motion transfer task: its status, the video once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema). The video may come as `result_url` or as `result_video_url`, the name one public
        client reads for this family only; both are declared.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getMotionTransferTask`: GET /api/v1/motionTransfer/{_id}
        """
        return cast("MotionTransferTask", await self._arequest(_GET, (), locals()))

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
        """Delete a motion transfer task.

        Deletes a motion transfer task record. A2E documents no conditions; other families refuse
        while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteMotionTransferTask`: DELETE /api/v1/motionTransfer/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[MotionTransferTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[MotionTransferTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[MotionTransferTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[MotionTransferTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[MotionTransferTask]:
        """The motion_transfer task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[MotionTransferTask]", await self._atask("motion_transfer", id)
        )


class MotionTransferResourceWithRawResponse(SyncResource):
    """Motion Transfer: 5 operations, answering the raw HTTP response."""

    _raw = True

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
    ) -> RawResponse[builtins.list[MotionTransferTask]]: ...
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
    ) -> RawResponse[builtins.list[MotionTransferTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[MotionTransferTask]]:
        return cast(
            "RawResponse[builtins.list[MotionTransferTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[MotionTransferTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[MotionTransferTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[MotionTransferTask]]:
        return cast(
            "RawResponse[Task[MotionTransferTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[MotionTransferTask]:
        return cast(
            "RawResponse[MotionTransferTask]", self._request(_GET, (), locals())
        )

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


class AsyncMotionTransferResourceWithRawResponse(AsyncResource):
    """Motion Transfer: 5 operations, answering the raw HTTP response."""

    _raw = True

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
    ) -> RawResponse[builtins.list[MotionTransferTask]]: ...
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
    ) -> RawResponse[builtins.list[MotionTransferTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[MotionTransferTask]]:
        return cast(
            "RawResponse[builtins.list[MotionTransferTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMotionTransferRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[MotionTransferTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartMotionTransferRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[MotionTransferTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[MotionTransferTask]]:
        return cast(
            "RawResponse[AsyncTask[MotionTransferTask]]",
            await self._arequest(_START, args, kwargs),
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
    ) -> RawResponse[MotionTransferTask]:
        return cast(
            "RawResponse[MotionTransferTask]", await self._arequest(_GET, (), locals())
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
