"""The Caption Removal section: `client.caption_removal`.

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
    from ..models.caption_removal_id_request import CaptionRemovalIdRequest
    from ..models.caption_removal_task import CaptionRemovalTask
    from ..models.start_caption_removal_request import StartCaptionRemovalRequest

_GET_STATUS = Operation(
    "caption_removal.list_processing_caption_removal_tasks",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "caption_removal.list_caption_removal_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "caption_removal.batch_get_caption_removal_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "caption_removal.start_caption_removal",
    "start",
    family="caption_removal",
    arguments={
        "name": ("body", "name"),
        "source_url": ("body", "source_url"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "source_url"),
    urls=("source_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "caption_removal.get_caption_removal_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "caption_removal.delete_caption_removal_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_RETRY = Operation(
    "caption_removal.retry_caption_removal",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)


class CaptionRemovalResource(SyncResource):
    """Caption Removal: 7 operations."""

    @property
    def with_raw_response(self) -> CaptionRemovalResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return CaptionRemovalResourceWithRawResponse(self._client)

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[CaptionRemovalTask]:
        """List caption removal tasks still running.

        The caller's caption removal tasks that have not finished yet.

        `listProcessingCaptionRemovalTasks`: GET /api/v1/userCaptionRemoval/allProcessing
        """
        return cast(
            "builtins.list[CaptionRemovalTask]",
            self._request(_GET_STATUS, (), locals()),
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
    ) -> Iterator[CaptionRemovalTask]:
        """List caption removal tasks.

        Pages through the caller's caption removal tasks, newest first; `count` is the total over
        all pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listCaptionRemovalTasks`: GET /api/v1/userCaptionRemoval/allRecords
        """
        return cast("Iterator[CaptionRemovalTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[CaptionRemovalTask]: ...
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
    ) -> builtins.list[CaptionRemovalTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[CaptionRemovalTask]:
        """Read several caption removal tasks at once.

        Returns the caption removal tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetCaptionRemovalTasks`: POST /api/v1/userCaptionRemoval/batchDetail
        """
        return cast(
            "builtins.list[CaptionRemovalTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[CaptionRemovalTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[CaptionRemovalTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[CaptionRemovalTask]:
        """Remove captions from a video.

        Starts removing the burned-in text from the video at `source_url`. Follow it with
        getCaptionRemovalTask (family `caption_removal`).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the video to clean.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startCaptionRemoval`: POST /api/v1/userCaptionRemoval/start
        """
        return cast("Task[CaptionRemovalTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> CaptionRemovalTask:
        """Read one caption removal task.

        Returns one caption removal task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getCaptionRemovalTask`: GET /api/v1/userCaptionRemoval/{_id}
        """
        return cast("CaptionRemovalTask", self._request(_GET, (), locals()))

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
        """Delete a caption removal task.

        Deletes a caption removal task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteCaptionRemovalTask`: DELETE /api/v1/userCaptionRemoval/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def retry(
        self,
        *,
        id: str,
        body: CaptionRemovalIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def retry(
        self,
        *,
        body: CaptionRemovalIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def retry(self, *args: Any, **kwargs: Any) -> Any:
        """Run a failed caption removal again.

        Asks A2E for another attempt at a failed caption removal task; follow it again with
        getCaptionRemovalTask (family `caption_removal`). A2E's catalog lists no body; the `_id`
        body is inferred from the family's other operations and is unverified. The answer is left
        open: A2E publishes no schema for it.

        Args:
            id: Id of the caption removal task.

        `retryCaptionRemoval`: POST /api/v1/userCaptionRemoval/retry
        """
        return self._request(_RETRY, args, kwargs)

    @overload
    def run(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[CaptionRemovalTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[CaptionRemovalTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[CaptionRemovalTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[CaptionRemovalTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[CaptionRemovalTask]:
        """The caption_removal task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[CaptionRemovalTask]", self._task("caption_removal", id))


class AsyncCaptionRemovalResource(AsyncResource):
    """Caption Removal: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncCaptionRemovalResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncCaptionRemovalResourceWithRawResponse(self._client)

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[CaptionRemovalTask]:
        """List caption removal tasks still running.

        The caller's caption removal tasks that have not finished yet.

        `listProcessingCaptionRemovalTasks`: GET /api/v1/userCaptionRemoval/allProcessing
        """
        return cast(
            "builtins.list[CaptionRemovalTask]",
            await self._arequest(_GET_STATUS, (), locals()),
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
    ) -> AsyncIterator[CaptionRemovalTask]:
        """List caption removal tasks.

        Pages through the caller's caption removal tasks, newest first; `count` is the total over
        all pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listCaptionRemovalTasks`: GET /api/v1/userCaptionRemoval/allRecords
        """
        return cast(
            "AsyncIterator[CaptionRemovalTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[CaptionRemovalTask]: ...
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
    ) -> builtins.list[CaptionRemovalTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[CaptionRemovalTask]:
        """Read several caption removal tasks at once.

        Returns the caption removal tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetCaptionRemovalTasks`: POST /api/v1/userCaptionRemoval/batchDetail
        """
        return cast(
            "builtins.list[CaptionRemovalTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[CaptionRemovalTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[CaptionRemovalTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[CaptionRemovalTask]:
        """Remove captions from a video.

        Starts removing the burned-in text from the video at `source_url`. Follow it with
        getCaptionRemovalTask (family `caption_removal`).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the video to clean.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startCaptionRemoval`: POST /api/v1/userCaptionRemoval/start
        """
        return cast(
            "AsyncTask[CaptionRemovalTask]", await self._arequest(_START, args, kwargs)
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
    ) -> CaptionRemovalTask:
        """Read one caption removal task.

        Returns one caption removal task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getCaptionRemovalTask`: GET /api/v1/userCaptionRemoval/{_id}
        """
        return cast("CaptionRemovalTask", await self._arequest(_GET, (), locals()))

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
        """Delete a caption removal task.

        Deletes a caption removal task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteCaptionRemovalTask`: DELETE /api/v1/userCaptionRemoval/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def retry(
        self,
        *,
        id: str,
        body: CaptionRemovalIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def retry(
        self,
        *,
        body: CaptionRemovalIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def retry(self, *args: Any, **kwargs: Any) -> Any:
        """Run a failed caption removal again.

        Asks A2E for another attempt at a failed caption removal task; follow it again with
        getCaptionRemovalTask (family `caption_removal`). A2E's catalog lists no body; the `_id`
        body is inferred from the family's other operations and is unverified. The answer is left
        open: A2E publishes no schema for it.

        Args:
            id: Id of the caption removal task.

        `retryCaptionRemoval`: POST /api/v1/userCaptionRemoval/retry
        """
        return await self._arequest(_RETRY, args, kwargs)

    @overload
    async def run(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[CaptionRemovalTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[CaptionRemovalTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[CaptionRemovalTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[CaptionRemovalTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[CaptionRemovalTask]:
        """The caption_removal task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[CaptionRemovalTask]", await self._atask("caption_removal", id)
        )


class CaptionRemovalResourceWithRawResponse(SyncResource):
    """Caption Removal: 7 operations, answering the raw HTTP response."""

    _raw = True

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]:
        return cast(
            "RawResponse[builtins.list[CaptionRemovalTask]]",
            self._request(_GET_STATUS, (), locals()),
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
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]: ...
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
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]:
        return cast(
            "RawResponse[builtins.list[CaptionRemovalTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[CaptionRemovalTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[CaptionRemovalTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[CaptionRemovalTask]]:
        return cast(
            "RawResponse[Task[CaptionRemovalTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[CaptionRemovalTask]:
        return cast(
            "RawResponse[CaptionRemovalTask]", self._request(_GET, (), locals())
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

    @overload
    def retry(
        self,
        *,
        id: str,
        body: CaptionRemovalIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def retry(
        self,
        *,
        body: CaptionRemovalIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def retry(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_RETRY, args, kwargs))


class AsyncCaptionRemovalResourceWithRawResponse(AsyncResource):
    """Caption Removal: 7 operations, answering the raw HTTP response."""

    _raw = True

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]:
        return cast(
            "RawResponse[builtins.list[CaptionRemovalTask]]",
            await self._arequest(_GET_STATUS, (), locals()),
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
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]: ...
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
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[CaptionRemovalTask]]:
        return cast(
            "RawResponse[builtins.list[CaptionRemovalTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        source_url: str | os.PathLike[str] | BinaryIO,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartCaptionRemovalRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[CaptionRemovalTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartCaptionRemovalRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[CaptionRemovalTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[CaptionRemovalTask]]:
        return cast(
            "RawResponse[AsyncTask[CaptionRemovalTask]]",
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
    ) -> RawResponse[CaptionRemovalTask]:
        return cast(
            "RawResponse[CaptionRemovalTask]", await self._arequest(_GET, (), locals())
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

    @overload
    async def retry(
        self,
        *,
        id: str,
        body: CaptionRemovalIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def retry(
        self,
        *,
        body: CaptionRemovalIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def retry(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_RETRY, args, kwargs))
