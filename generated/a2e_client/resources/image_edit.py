"""The Image Edit section: `client.image_edit`.

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
    from ..models.image_edit_task import ImageEditTask
    from ..models.start_image_edit_request import StartImageEditRequest

_LIST = Operation(
    "image_edit.list_product_holding_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "image_edit.batch_get_product_holding_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "image_edit.start_product_holding",
    "start",
    family="product_holding",
    arguments={
        "name": ("body", "name"),
        "edit_type": ("body", "edit_type"),
        "image_urls": ("body", "image_urls"),
        "timeout": ("body", "timeout"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("edit_type", "image_urls"),
    urls=("image_urls", "webhook_url"),
    enums={"edit_type": ("clothing", "product")},
)
_GET = Operation(
    "image_edit.get_product_holding_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "image_edit.delete_product_holding_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class ImageEditResource(SyncResource):
    """Image Edit: 5 operations."""

    @property
    def with_raw_response(self) -> ImageEditResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return ImageEditResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[ImageEditTask]:
        """List product holding tasks.

        Pages through the caller's product holding tasks, newest first; `count` is the total over
        all pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listProductHoldingTasks`: GET /api/v1/userImageEdit/allRecords
        """
        return cast("Iterator[ImageEditTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[ImageEditTask]: ...
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
    ) -> builtins.list[ImageEditTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[ImageEditTask]:
        """Read several product holding tasks at once.

        Returns the product holding tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetProductHoldingTasks`: POST /api/v1/userImageEdit/batchDetail
        """
        return cast(
            "builtins.list[ImageEditTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ImageEditTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ImageEditTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[ImageEditTask]:
        """Put a product or an outfit on a person.

        Starts combining the photos in `image_urls`: a product held by the person (`product`) or
        clothing worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

        Args:
            name: A name for the task, chosen by the caller.
            edit_type: product to put a product in the person's hands, clothing to dress them.
            image_urls: The item and the person: at least two addresses.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startProductHolding`: POST /api/v1/userImageEdit/start
        """
        return cast("Task[ImageEditTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> ImageEditTask:
        """Read one product holding task.

        Returns one product holding task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getProductHoldingTask`: GET /api/v1/userImageEdit/{_id}
        """
        return cast("ImageEditTask", self._request(_GET, (), locals()))

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
        """Delete a product holding task.

        Deletes a product holding task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteProductHoldingTask`: DELETE /api/v1/userImageEdit/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ImageEditTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
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
    ) -> Task[ImageEditTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[ImageEditTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[ImageEditTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[ImageEditTask]:
        """The product_holding task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[ImageEditTask]", self._task("product_holding", id))


class AsyncImageEditResource(AsyncResource):
    """Image Edit: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncImageEditResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncImageEditResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[ImageEditTask]:
        """List product holding tasks.

        Pages through the caller's product holding tasks, newest first; `count` is the total over
        all pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listProductHoldingTasks`: GET /api/v1/userImageEdit/allRecords
        """
        return cast("AsyncIterator[ImageEditTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[ImageEditTask]: ...
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
    ) -> builtins.list[ImageEditTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[ImageEditTask]:
        """Read several product holding tasks at once.

        Returns the product holding tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetProductHoldingTasks`: POST /api/v1/userImageEdit/batchDetail
        """
        return cast(
            "builtins.list[ImageEditTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ImageEditTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ImageEditTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[ImageEditTask]:
        """Put a product or an outfit on a person.

        Starts combining the photos in `image_urls`: a product held by the person (`product`) or
        clothing worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

        Args:
            name: A name for the task, chosen by the caller.
            edit_type: product to put a product in the person's hands, clothing to dress them.
            image_urls: The item and the person: at least two addresses.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startProductHolding`: POST /api/v1/userImageEdit/start
        """
        return cast(
            "AsyncTask[ImageEditTask]", await self._arequest(_START, args, kwargs)
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
    ) -> ImageEditTask:
        """Read one product holding task.

        Returns one product holding task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getProductHoldingTask`: GET /api/v1/userImageEdit/{_id}
        """
        return cast("ImageEditTask", await self._arequest(_GET, (), locals()))

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
        """Delete a product holding task.

        Deletes a product holding task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteProductHoldingTask`: DELETE /api/v1/userImageEdit/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ImageEditTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
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
    ) -> AsyncTask[ImageEditTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[ImageEditTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[ImageEditTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[ImageEditTask]:
        """The product_holding task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[ImageEditTask]", await self._atask("product_holding", id)
        )


class ImageEditResourceWithRawResponse(SyncResource):
    """Image Edit: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ImageEditTask]]: ...
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
    ) -> RawResponse[builtins.list[ImageEditTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ImageEditTask]]:
        return cast(
            "RawResponse[builtins.list[ImageEditTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ImageEditTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ImageEditTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[ImageEditTask]]:
        return cast(
            "RawResponse[Task[ImageEditTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[ImageEditTask]:
        return cast("RawResponse[ImageEditTask]", self._request(_GET, (), locals()))

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


class AsyncImageEditResourceWithRawResponse(AsyncResource):
    """Image Edit: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ImageEditTask]]: ...
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
    ) -> RawResponse[builtins.list[ImageEditTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ImageEditTask]]:
        return cast(
            "RawResponse[builtins.list[ImageEditTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImageEditRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ImageEditTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartImageEditRequest | Mapping[str, Any],
        name: str | None = None,
        edit_type: Literal["clothing", "product"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ImageEditTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[ImageEditTask]]:
        return cast(
            "RawResponse[AsyncTask[ImageEditTask]]",
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
    ) -> RawResponse[ImageEditTask]:
        return cast(
            "RawResponse[ImageEditTask]", await self._arequest(_GET, (), locals())
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
