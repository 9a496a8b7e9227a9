"""The Product Avatar section: `client.product_avatar`.

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
    from ..models.product_avatar_task import ProductAvatarTask
    from ..models.start_product_avatar_request import StartProductAvatarRequest

_LIST = Operation(
    "product_avatar.list_product_avatar_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "product_avatar.batch_get_product_avatar_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "product_avatar.start_product_avatar",
    "start",
    family="product_avatar",
    arguments={
        "name": ("body", "name"),
        "image_urls": ("body", "image_urls"),
        "product_rect": ("body", "product_rect"),
        "prompt": ("body", "prompt"),
        "timeout": ("body", "timeout"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_urls", "product_rect"),
    urls=("image_urls", "webhook_url"),
    enums={},
)
_GET = Operation(
    "product_avatar.get_product_avatar_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "product_avatar.delete_product_avatar_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class ProductAvatarResource(SyncResource):
    """Product Avatar: 5 operations."""

    @property
    def with_raw_response(self) -> ProductAvatarResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return ProductAvatarResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[ProductAvatarTask]:
        """List product avatar tasks.

        Pages through the caller's product avatar tasks; `count` is the total over all pages. The
        page shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listProductAvatarTasks`: GET /api/v1/productAvatar/allRecords
        """
        return cast("Iterator[ProductAvatarTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[ProductAvatarTask]: ...
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
    ) -> builtins.list[ProductAvatarTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[ProductAvatarTask]:
        """Read several product avatar tasks at once.

        Returns the product avatar tasks whose ids are listed, in one request. Typed as a list of
        tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetProductAvatarTasks`: POST /api/v1/productAvatar/batchDetail
        """
        return cast(
            "builtins.list[ProductAvatarTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ProductAvatarTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ProductAvatarTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[ProductAvatarTask]:
        """Picture a person presenting a product.

        Starts an image of the person of `image_urls[1]` showing the product of `image_urls[0]`,
        placed as `product_rect` says. The task goes initialized, sent, pending, processing, then
        completed (image in `result_image_url`) or failed (reason in `failed_message`); A2E fails a
        task still unfinished after 2 hours and refunds it. Follow it with getProductAvatarTask
        (family `product_avatar`), every few seconds. The answer is typed from the family's other
        operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_urls: Exactly two addresses: the product image first, the person image second.
            product_rect: Where and how the product sits in the picture, for example `{x, y, width,
                height, rotation, scale}`.
            prompt: Optional extra instructions for the picture.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startProductAvatar`: POST /api/v1/productAvatar/start
        """
        return cast("Task[ProductAvatarTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> ProductAvatarTask:
        """Read one product avatar task.

        Returns one product avatar task: its status, the image in `result_image_url` once completed
        and the reason once failed. Fields other than `current_status`, `result_image_url` and
        `failed_message` are inferred (A2E publishes no schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getProductAvatarTask`: GET /api/v1/productAvatar/{_id}
        """
        return cast("ProductAvatarTask", self._request(_GET, (), locals()))

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
        """Delete a product avatar task.

        Deletes a product avatar task. A2E only marks the record deleted (a soft delete) rather than
        erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteProductAvatarTask`: DELETE /api/v1/productAvatar/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ProductAvatarTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
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
    ) -> Task[ProductAvatarTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[ProductAvatarTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[ProductAvatarTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[ProductAvatarTask]:
        """The product_avatar task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[ProductAvatarTask]", self._task("product_avatar", id))


class AsyncProductAvatarResource(AsyncResource):
    """Product Avatar: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncProductAvatarResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncProductAvatarResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[ProductAvatarTask]:
        """List product avatar tasks.

        Pages through the caller's product avatar tasks; `count` is the total over all pages. The
        page shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listProductAvatarTasks`: GET /api/v1/productAvatar/allRecords
        """
        return cast(
            "AsyncIterator[ProductAvatarTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[ProductAvatarTask]: ...
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
    ) -> builtins.list[ProductAvatarTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[ProductAvatarTask]:
        """Read several product avatar tasks at once.

        Returns the product avatar tasks whose ids are listed, in one request. Typed as a list of
        tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetProductAvatarTasks`: POST /api/v1/productAvatar/batchDetail
        """
        return cast(
            "builtins.list[ProductAvatarTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ProductAvatarTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ProductAvatarTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[ProductAvatarTask]:
        """Picture a person presenting a product.

        Starts an image of the person of `image_urls[1]` showing the product of `image_urls[0]`,
        placed as `product_rect` says. The task goes initialized, sent, pending, processing, then
        completed (image in `result_image_url`) or failed (reason in `failed_message`); A2E fails a
        task still unfinished after 2 hours and refunds it. Follow it with getProductAvatarTask
        (family `product_avatar`), every few seconds. The answer is typed from the family's other
        operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_urls: Exactly two addresses: the product image first, the person image second.
            product_rect: Where and how the product sits in the picture, for example `{x, y, width,
                height, rotation, scale}`.
            prompt: Optional extra instructions for the picture.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startProductAvatar`: POST /api/v1/productAvatar/start
        """
        return cast(
            "AsyncTask[ProductAvatarTask]", await self._arequest(_START, args, kwargs)
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
    ) -> ProductAvatarTask:
        """Read one product avatar task.

        Returns one product avatar task: its status, the image in `result_image_url` once completed
        and the reason once failed. Fields other than `current_status`, `result_image_url` and
        `failed_message` are inferred (A2E publishes no schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getProductAvatarTask`: GET /api/v1/productAvatar/{_id}
        """
        return cast("ProductAvatarTask", await self._arequest(_GET, (), locals()))

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
        """Delete a product avatar task.

        Deletes a product avatar task. A2E only marks the record deleted (a soft delete) rather than
        erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteProductAvatarTask`: DELETE /api/v1/productAvatar/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ProductAvatarTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
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
    ) -> AsyncTask[ProductAvatarTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[ProductAvatarTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[ProductAvatarTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[ProductAvatarTask]:
        """The product_avatar task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[ProductAvatarTask]", await self._atask("product_avatar", id)
        )


class ProductAvatarResourceWithRawResponse(SyncResource):
    """Product Avatar: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ProductAvatarTask]]: ...
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
    ) -> RawResponse[builtins.list[ProductAvatarTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ProductAvatarTask]]:
        return cast(
            "RawResponse[builtins.list[ProductAvatarTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ProductAvatarTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ProductAvatarTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[ProductAvatarTask]]:
        return cast(
            "RawResponse[Task[ProductAvatarTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[ProductAvatarTask]:
        return cast("RawResponse[ProductAvatarTask]", self._request(_GET, (), locals()))

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


class AsyncProductAvatarResourceWithRawResponse(AsyncResource):
    """Product Avatar: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ProductAvatarTask]]: ...
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
    ) -> RawResponse[builtins.list[ProductAvatarTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ProductAvatarTask]]:
        return cast(
            "RawResponse[builtins.list[ProductAvatarTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        product_rect: Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartProductAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ProductAvatarTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartProductAvatarRequest | Mapping[str, Any],
        name: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        product_rect: Mapping[str, Any] | None = None,
        prompt: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ProductAvatarTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[ProductAvatarTask]]:
        return cast(
            "RawResponse[AsyncTask[ProductAvatarTask]]",
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
    ) -> RawResponse[ProductAvatarTask]:
        return cast(
            "RawResponse[ProductAvatarTask]", await self._arequest(_GET, (), locals())
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
