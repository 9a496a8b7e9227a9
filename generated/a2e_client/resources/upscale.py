"""The Upscale section: `client.upscale`.

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
    from ..models.start_upscale_request import StartUpscaleRequest
    from ..models.upscale_task import UpscaleTask

_LIST = Operation(
    "upscale.list_upscale_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "upscale.batch_get_upscale_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "upscale.start_upscale",
    "start",
    family="upscale",
    arguments={
        "name": ("body", "name"),
        "source_url": ("body", "source_url"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("source_url",),
    urls=("source_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "upscale.get_upscale_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "upscale.delete_upscale_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class UpscaleResource(SyncResource):
    """Upscale: 5 operations."""

    @property
    def with_raw_response(self) -> UpscaleResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return UpscaleResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[UpscaleTask]:
        """List upscale tasks.

        Pages through the caller's upscale tasks. Typed as `{rows, count}` like A2E's other lists;
        the one program that reads it accepts a bare list as well as `list`, `rows` or `records`, so
        the shape is uncertain (A2E publishes no schema).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listUpscaleTasks`: GET /api/v1/userUpscale/allRecords
        """
        return cast("Iterator[UpscaleTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[UpscaleTask]: ...
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
    ) -> builtins.list[UpscaleTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[UpscaleTask]:
        """Read several upscale tasks at once.

        Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetUpscaleTasks`: POST /api/v1/userUpscale/batchDetail
        """
        return cast(
            "builtins.list[UpscaleTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[UpscaleTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[UpscaleTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[UpscaleTask]:
        """Raise the resolution of an image or a video.

        Starts upscaling the image or video at `source_url`; there is no scale factor to choose.
        Follow it with getUpscaleTask (family `upscale`). A2E's catalog declares this answer as
        `{success, data, timestamp}`, and one program (against the makefun.ai host) reads `success`
        and the id as `data._id`, `data.id` or `data.task_id`; it is typed here as A2E's usual
        envelope holding the task, like the rest of the family (uncertain).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the image or video to upscale.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startUpscale`: POST /api/v1/userUpscale/start
        """
        return cast("Task[UpscaleTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> UpscaleTask:
        """Read one upscale task.

        Returns one upscale task. A third-party program polls it every few seconds, reads
        `current_status` and `failed_message`, and looks for the result in `image_urls` or
        `result_url`; which of the two A2E fills (perhaps by source kind) is not confirmed. A2E
        publishes no schema for the answer.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getUpscaleTask`: GET /api/v1/userUpscale/{_id}
        """
        return cast("UpscaleTask", self._request(_GET, (), locals()))

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
        """Delete an upscale task.

        Deletes an upscale task record. A2E documents no conditions; other families refuse while the
        task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteUpscaleTask`: DELETE /api/v1/userUpscale/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[UpscaleTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
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
    ) -> Task[UpscaleTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[UpscaleTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[UpscaleTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[UpscaleTask]:
        """The upscale task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[UpscaleTask]", self._task("upscale", id))


class AsyncUpscaleResource(AsyncResource):
    """Upscale: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncUpscaleResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncUpscaleResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[UpscaleTask]:
        """List upscale tasks.

        Pages through the caller's upscale tasks. Typed as `{rows, count}` like A2E's other lists;
        the one program that reads it accepts a bare list as well as `list`, `rows` or `records`, so
        the shape is uncertain (A2E publishes no schema).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listUpscaleTasks`: GET /api/v1/userUpscale/allRecords
        """
        return cast("AsyncIterator[UpscaleTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[UpscaleTask]: ...
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
    ) -> builtins.list[UpscaleTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[UpscaleTask]:
        """Read several upscale tasks at once.

        Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetUpscaleTasks`: POST /api/v1/userUpscale/batchDetail
        """
        return cast(
            "builtins.list[UpscaleTask]", await self._arequest(_BATCH_GET, args, kwargs)
        )

    @overload
    async def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[UpscaleTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[UpscaleTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[UpscaleTask]:
        """Raise the resolution of an image or a video.

        Starts upscaling the image or video at `source_url`; there is no scale factor to choose.
        Follow it with getUpscaleTask (family `upscale`). A2E's catalog declares this answer as
        `{success, data, timestamp}`, and one program (against the makefun.ai host) reads `success`
        and the id as `data._id`, `data.id` or `data.task_id`; it is typed here as A2E's usual
        envelope holding the task, like the rest of the family (uncertain).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the image or video to upscale.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startUpscale`: POST /api/v1/userUpscale/start
        """
        return cast(
            "AsyncTask[UpscaleTask]", await self._arequest(_START, args, kwargs)
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
    ) -> UpscaleTask:
        """Read one upscale task.

        Returns one upscale task. A third-party program polls it every few seconds, reads
        `current_status` and `failed_message`, and looks for the result in `image_urls` or
        `result_url`; which of the two A2E fills (perhaps by source kind) is not confirmed. A2E
        publishes no schema for the answer.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getUpscaleTask`: GET /api/v1/userUpscale/{_id}
        """
        return cast("UpscaleTask", await self._arequest(_GET, (), locals()))

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
        """Delete an upscale task.

        Deletes an upscale task record. A2E documents no conditions; other families refuse while the
        task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteUpscaleTask`: DELETE /api/v1/userUpscale/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[UpscaleTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
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
    ) -> AsyncTask[UpscaleTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[UpscaleTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[UpscaleTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[UpscaleTask]:
        """The upscale task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[UpscaleTask]", await self._atask("upscale", id))


class UpscaleResourceWithRawResponse(SyncResource):
    """Upscale: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[UpscaleTask]]: ...
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
    ) -> RawResponse[builtins.list[UpscaleTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[UpscaleTask]]:
        return cast(
            "RawResponse[builtins.list[UpscaleTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[UpscaleTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[UpscaleTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[UpscaleTask]]:
        return cast(
            "RawResponse[Task[UpscaleTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[UpscaleTask]:
        return cast("RawResponse[UpscaleTask]", self._request(_GET, (), locals()))

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


class AsyncUpscaleResourceWithRawResponse(AsyncResource):
    """Upscale: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[UpscaleTask]]: ...
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
    ) -> RawResponse[builtins.list[UpscaleTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[UpscaleTask]]:
        return cast(
            "RawResponse[builtins.list[UpscaleTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartUpscaleRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[UpscaleTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartUpscaleRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[UpscaleTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[UpscaleTask]]:
        return cast(
            "RawResponse[AsyncTask[UpscaleTask]]",
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
    ) -> RawResponse[UpscaleTask]:
        return cast(
            "RawResponse[UpscaleTask]", await self._arequest(_GET, (), locals())
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
