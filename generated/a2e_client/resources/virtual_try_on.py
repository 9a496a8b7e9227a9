"""The Virtual Try-On section: `client.virtual_try_on`.

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
    from ..models.start_virtual_try_on_request import StartVirtualTryOnRequest
    from ..models.virtual_try_on_task import VirtualTryOnTask

_LIST = Operation(
    "virtual_try_on.list_virtual_try_on_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "virtual_try_on.batch_get_virtual_try_on_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "virtual_try_on.start_virtual_try_on",
    "start",
    family="virtual_try_on",
    arguments={
        "name": ("body", "name"),
        "image_urls": ("body", "image_urls"),
        "timeout": ("body", "timeout"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_urls",),
    urls=("image_urls", "webhook_url"),
    enums={},
)
_GET = Operation(
    "virtual_try_on.get_virtual_try_on_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "virtual_try_on.delete_virtual_try_on_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class VirtualTryOnResource(SyncResource):
    """Virtual Try-On: 5 operations."""

    @property
    def with_raw_response(self) -> VirtualTryOnResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return VirtualTryOnResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[VirtualTryOnTask]:
        """List virtual try-on tasks.

        Pages through the caller's virtual try-on tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listVirtualTryOnTasks`: GET /api/v1/virtualTryOn/allRecords
        """
        return cast("Iterator[VirtualTryOnTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[VirtualTryOnTask]: ...
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
    ) -> builtins.list[VirtualTryOnTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[VirtualTryOnTask]:
        """Read several virtual try-on tasks at once.

        Returns the virtual try-on tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetVirtualTryOnTasks`: POST /api/v1/virtualTryOn/batchDetail
        """
        return cast(
            "builtins.list[VirtualTryOnTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[VirtualTryOnTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[VirtualTryOnTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[VirtualTryOnTask]:
        """Dress a person in a garment.

        Starts dressing the person of the first image in the clothing of the second. A2E's catalog
        describes two addresses (person, clothing); the programs seen calling it send four: person,
        person mask, clothing, clothing mask. Follow it with getVirtualTryOnTask (family
        `virtual_try_on`).

        Args:
            name: A name for the task, chosen by the caller.
            image_urls: The person first, then the clothing (two to four addresses).
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startVirtualTryOn`: POST /api/v1/virtualTryOn/start
        """
        return cast("Task[VirtualTryOnTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> VirtualTryOnTask:
        """Read one virtual try-on task.

        Returns one virtual try-on task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVirtualTryOnTask`: GET /api/v1/virtualTryOn/{_id}
        """
        return cast("VirtualTryOnTask", self._request(_GET, (), locals()))

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
        """Delete a virtual try-on task.

        Deletes a virtual try-on task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVirtualTryOnTask`: DELETE /api/v1/virtualTryOn/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[VirtualTryOnTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
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
    ) -> Task[VirtualTryOnTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[VirtualTryOnTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[VirtualTryOnTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[VirtualTryOnTask]:
        """The virtual_try_on task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[VirtualTryOnTask]", self._task("virtual_try_on", id))


class AsyncVirtualTryOnResource(AsyncResource):
    """Virtual Try-On: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncVirtualTryOnResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncVirtualTryOnResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[VirtualTryOnTask]:
        """List virtual try-on tasks.

        Pages through the caller's virtual try-on tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listVirtualTryOnTasks`: GET /api/v1/virtualTryOn/allRecords
        """
        return cast(
            "AsyncIterator[VirtualTryOnTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[VirtualTryOnTask]: ...
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
    ) -> builtins.list[VirtualTryOnTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[VirtualTryOnTask]:
        """Read several virtual try-on tasks at once.

        Returns the virtual try-on tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetVirtualTryOnTasks`: POST /api/v1/virtualTryOn/batchDetail
        """
        return cast(
            "builtins.list[VirtualTryOnTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[VirtualTryOnTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[VirtualTryOnTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[VirtualTryOnTask]:
        """Dress a person in a garment.

        Starts dressing the person of the first image in the clothing of the second. A2E's catalog
        describes two addresses (person, clothing); the programs seen calling it send four: person,
        person mask, clothing, clothing mask. Follow it with getVirtualTryOnTask (family
        `virtual_try_on`).

        Args:
            name: A name for the task, chosen by the caller.
            image_urls: The person first, then the clothing (two to four addresses).
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startVirtualTryOn`: POST /api/v1/virtualTryOn/start
        """
        return cast(
            "AsyncTask[VirtualTryOnTask]", await self._arequest(_START, args, kwargs)
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
    ) -> VirtualTryOnTask:
        """Read one virtual try-on task.

        Returns one virtual try-on task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVirtualTryOnTask`: GET /api/v1/virtualTryOn/{_id}
        """
        return cast("VirtualTryOnTask", await self._arequest(_GET, (), locals()))

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
        """Delete a virtual try-on task.

        Deletes a virtual try-on task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVirtualTryOnTask`: DELETE /api/v1/virtualTryOn/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[VirtualTryOnTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
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
    ) -> AsyncTask[VirtualTryOnTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[VirtualTryOnTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[VirtualTryOnTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[VirtualTryOnTask]:
        """The virtual_try_on task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[VirtualTryOnTask]", await self._atask("virtual_try_on", id)
        )


class VirtualTryOnResourceWithRawResponse(SyncResource):
    """Virtual Try-On: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]: ...
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
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]:
        return cast(
            "RawResponse[builtins.list[VirtualTryOnTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[VirtualTryOnTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[VirtualTryOnTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[VirtualTryOnTask]]:
        return cast(
            "RawResponse[Task[VirtualTryOnTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[VirtualTryOnTask]:
        return cast("RawResponse[VirtualTryOnTask]", self._request(_GET, (), locals()))

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


class AsyncVirtualTryOnResourceWithRawResponse(AsyncResource):
    """Virtual Try-On: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]: ...
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
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[VirtualTryOnTask]]:
        return cast(
            "RawResponse[builtins.list[VirtualTryOnTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVirtualTryOnRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[VirtualTryOnTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartVirtualTryOnRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[VirtualTryOnTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[VirtualTryOnTask]]:
        return cast(
            "RawResponse[AsyncTask[VirtualTryOnTask]]",
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
    ) -> RawResponse[VirtualTryOnTask]:
        return cast(
            "RawResponse[VirtualTryOnTask]", await self._arequest(_GET, (), locals())
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
