"""The Head Swap section: `client.head_swap`.

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
    from ..models.head_swap_task import HeadSwapTask
    from ..models.start_head_swap_request import StartHeadSwapRequest

_LIST = Operation(
    "head_swap.list_head_swap_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "head_swap.batch_get_head_swap_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "head_swap.start_head_swap",
    "start",
    family="head_swap",
    arguments={
        "image_url": ("body", "image_url"),
        "target_image_url": ("body", "target_image_url"),
        "minor_suspected_skip": ("body", "minor_suspected_skip"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_url", "target_image_url"),
    urls=("image_url", "target_image_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "head_swap.get_head_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "head_swap.delete_head_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class HeadSwapResource(SyncResource):
    """Head Swap: 5 operations."""

    @property
    def with_raw_response(self) -> HeadSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return HeadSwapResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[HeadSwapTask]:
        """List head swap tasks.

        Pages through the caller's head swap tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listHeadSwapTasks`: GET /api/v1/headSwap/allRecords
        """
        return cast("Iterator[HeadSwapTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[HeadSwapTask]: ...
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
    ) -> builtins.list[HeadSwapTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[HeadSwapTask]:
        """Read several head swap tasks at once.

        Returns the head swap tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetHeadSwapTasks`: POST /api/v1/headSwap/batchDetail
        """
        return cast(
            "builtins.list[HeadSwapTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[HeadSwapTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[HeadSwapTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[HeadSwapTask]:
        """Put one person's head onto another image or video.

        Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`,
        which may be an image or a video of up to 15 seconds. A2E screens for minors and refuses
        with 403: code 1003 when it finds a child under 10, code 1004 when it suspects someone aged
        10-14 (send `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the
        account lacks credits. The task goes initialized, sent, processing, then completed or
        failed; follow it with getHeadSwapTask (family `head_swap`). The answer is typed from the
        family's other operations (A2E publishes no schema for it).

        Args:
            image_url: Image of the head to transplant.
            target_image_url: Image, or video of at most 15 seconds, of the person who receives the
                head.
            minor_suspected_skip: Go ahead when A2E only suspects a 10-14 year-old (code 1004); a
                detected child under 10 is refused regardless.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHeadSwap`: POST /api/v1/headSwap/start
        """
        return cast("Task[HeadSwapTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> HeadSwapTask:
        """Read one head swap task.

        Returns one head swap task: its status, the result once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHeadSwapTask`: GET /api/v1/headSwap/{_id}
        """
        return cast("HeadSwapTask", self._request(_GET, (), locals()))

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
        """Delete a head swap task.

        Deletes a head swap task. One still `initialized` is removed and its credits refunded; one
        that is `sent`, `pending` or `processing` cannot be deleted (400); a finished one
        (`completed` or `failed`) is removed without a refund.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHeadSwapTask`: DELETE /api/v1/headSwap/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[HeadSwapTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[HeadSwapTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[HeadSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[HeadSwapTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[HeadSwapTask]:
        """The head_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[HeadSwapTask]", self._task("head_swap", id))


class AsyncHeadSwapResource(AsyncResource):
    """Head Swap: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncHeadSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncHeadSwapResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[HeadSwapTask]:
        """List head swap tasks.

        Pages through the caller's head swap tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listHeadSwapTasks`: GET /api/v1/headSwap/allRecords
        """
        return cast("AsyncIterator[HeadSwapTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[HeadSwapTask]: ...
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
    ) -> builtins.list[HeadSwapTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[HeadSwapTask]:
        """Read several head swap tasks at once.

        Returns the head swap tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetHeadSwapTasks`: POST /api/v1/headSwap/batchDetail
        """
        return cast(
            "builtins.list[HeadSwapTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[HeadSwapTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[HeadSwapTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[HeadSwapTask]:
        """Put one person's head onto another image or video.

        Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`,
        which may be an image or a video of up to 15 seconds. A2E screens for minors and refuses
        with 403: code 1003 when it finds a child under 10, code 1004 when it suspects someone aged
        10-14 (send `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the
        account lacks credits. The task goes initialized, sent, processing, then completed or
        failed; follow it with getHeadSwapTask (family `head_swap`). The answer is typed from the
        family's other operations (A2E publishes no schema for it).

        Args:
            image_url: Image of the head to transplant.
            target_image_url: Image, or video of at most 15 seconds, of the person who receives the
                head.
            minor_suspected_skip: Go ahead when A2E only suspects a 10-14 year-old (code 1004); a
                detected child under 10 is refused regardless.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHeadSwap`: POST /api/v1/headSwap/start
        """
        return cast(
            "AsyncTask[HeadSwapTask]", await self._arequest(_START, args, kwargs)
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
    ) -> HeadSwapTask:
        """Read one head swap task.

        Returns one head swap task: its status, the result once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHeadSwapTask`: GET /api/v1/headSwap/{_id}
        """
        return cast("HeadSwapTask", await self._arequest(_GET, (), locals()))

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
        """Delete a head swap task.

        Deletes a head swap task. One still `initialized` is removed and its credits refunded; one
        that is `sent`, `pending` or `processing` cannot be deleted (400); a finished one
        (`completed` or `failed`) is removed without a refund.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHeadSwapTask`: DELETE /api/v1/headSwap/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[HeadSwapTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[HeadSwapTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[HeadSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[HeadSwapTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[HeadSwapTask]:
        """The head_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[HeadSwapTask]", await self._atask("head_swap", id))


class HeadSwapResourceWithRawResponse(SyncResource):
    """Head Swap: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[HeadSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[HeadSwapTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[HeadSwapTask]]:
        return cast(
            "RawResponse[builtins.list[HeadSwapTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[HeadSwapTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[HeadSwapTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[HeadSwapTask]]:
        return cast(
            "RawResponse[Task[HeadSwapTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[HeadSwapTask]:
        return cast("RawResponse[HeadSwapTask]", self._request(_GET, (), locals()))

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


class AsyncHeadSwapResourceWithRawResponse(AsyncResource):
    """Head Swap: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[HeadSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[HeadSwapTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[HeadSwapTask]]:
        return cast(
            "RawResponse[builtins.list[HeadSwapTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        target_image_url: str | os.PathLike[str] | BinaryIO,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHeadSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[HeadSwapTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartHeadSwapRequest | Mapping[str, Any],
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        target_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[HeadSwapTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[HeadSwapTask]]:
        return cast(
            "RawResponse[AsyncTask[HeadSwapTask]]",
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
    ) -> RawResponse[HeadSwapTask]:
        return cast(
            "RawResponse[HeadSwapTask]", await self._arequest(_GET, (), locals())
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
