"""The Kling Image section: `client.kling_image`.

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
    from ..models.kling_image_task import KlingImageTask
    from ..models.start_kling_image_request import StartKlingImageRequest

_BATCH_GET = Operation(
    "kling_image.batch_get_kling_image_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_GET = Operation(
    "kling_image.get_kling_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "kling_image.list_kling_image_tasks",
    "page",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "kling_image.start_kling_image",
    "start",
    family="kling_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "input_images": ("body", "input_images"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "resolution": ("body", "resolution"),
        "n": ("body", "n"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={
        "aspect_ratio": ("1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"),
        "resolution": ("1k", "2k"),
    },
)
_DELETE = Operation(
    "kling_image.delete_kling_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class KlingImageResource(SyncResource):
    """Kling Image: 5 operations."""

    @property
    def with_raw_response(self) -> KlingImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return KlingImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[KlingImageTask]: ...
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
    ) -> builtins.list[KlingImageTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[KlingImageTask]:
        """Read several Kling image tasks at once.

        Returns the Kling image tasks whose ids are listed (at most 200 ids per call). The answer is
        typed as a list of tasks (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingImageTasks`: POST /api/v1/userKlingImage/batchDetail
        """
        return cast(
            "builtins.list[KlingImageTask]", self._request(_BATCH_GET, args, kwargs)
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
    ) -> KlingImageTask:
        """Read one Kling image task.

        Returns one Kling image task: its status, the image addresses once completed, and the reason
        once failed. The answer is typed from the family's other operations and A2E's other image
        families (A2E publishes no response schema for it).

        Args:
            id: Id of the Kling Image task, as A2E returned it in `_id`.

        `getKlingImageTask`: GET /api/v1/userKlingImage/detail/{id}
        """
        return cast("KlingImageTask", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[KlingImageTask]:
        """List Kling image tasks.

        Returns the caller's Kling image tasks. A2E's catalog names no paging parameters for this
        list, so none are sent; the answer is typed as a page of `rows` with a `count`, like A2E's
        other lists (A2E publishes no response schema for it).

        `listKlingImageTasks`: GET /api/v1/userKlingImage/list
        """
        return cast("Iterator[KlingImageTask]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[KlingImageTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[KlingImageTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[KlingImageTask]:
        """Generate images with Kling 3.0.

        Starts a Kling 3.0 job that draws one to nine images from a prompt, optionally guided by
        reference images. It runs in the background: follow it with getKlingImageTask (family
        `kling_image`), or pass `webhook_url` (honoured for callers using an API token). The answer
        is typed from the family's other operations and A2E's other image families (A2E publishes no
        response schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the images should show.
            input_images: Addresses of images to use as references.
            aspect_ratio: Width-to-height ratio of the output.
            resolution: Output size class.
            n: Number of images to make.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingImage`: POST /api/v1/userKlingImage/start
        """
        return cast("Task[KlingImageTask]", self._request(_START, args, kwargs))

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
        """Delete a Kling image task.

        Removes a Kling image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: Id of the Kling Image task, as A2E returned it in `_id`.

        `deleteKlingImageTask`: DELETE /api/v1/userKlingImage/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[KlingImageTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[KlingImageTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[KlingImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[KlingImageTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[KlingImageTask]:
        """The kling_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[KlingImageTask]", self._task("kling_image", id))


class AsyncKlingImageResource(AsyncResource):
    """Kling Image: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncKlingImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncKlingImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[KlingImageTask]: ...
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
    ) -> builtins.list[KlingImageTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[KlingImageTask]:
        """Read several Kling image tasks at once.

        Returns the Kling image tasks whose ids are listed (at most 200 ids per call). The answer is
        typed as a list of tasks (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingImageTasks`: POST /api/v1/userKlingImage/batchDetail
        """
        return cast(
            "builtins.list[KlingImageTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
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
    ) -> KlingImageTask:
        """Read one Kling image task.

        Returns one Kling image task: its status, the image addresses once completed, and the reason
        once failed. The answer is typed from the family's other operations and A2E's other image
        families (A2E publishes no response schema for it).

        Args:
            id: Id of the Kling Image task, as A2E returned it in `_id`.

        `getKlingImageTask`: GET /api/v1/userKlingImage/detail/{id}
        """
        return cast("KlingImageTask", await self._arequest(_GET, (), locals()))

    def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[KlingImageTask]:
        """List Kling image tasks.

        Returns the caller's Kling image tasks. A2E's catalog names no paging parameters for this
        list, so none are sent; the answer is typed as a page of `rows` with a `count`, like A2E's
        other lists (A2E publishes no response schema for it).

        `listKlingImageTasks`: GET /api/v1/userKlingImage/list
        """
        return cast("AsyncIterator[KlingImageTask]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[KlingImageTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[KlingImageTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[KlingImageTask]:
        """Generate images with Kling 3.0.

        Starts a Kling 3.0 job that draws one to nine images from a prompt, optionally guided by
        reference images. It runs in the background: follow it with getKlingImageTask (family
        `kling_image`), or pass `webhook_url` (honoured for callers using an API token). The answer
        is typed from the family's other operations and A2E's other image families (A2E publishes no
        response schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the images should show.
            input_images: Addresses of images to use as references.
            aspect_ratio: Width-to-height ratio of the output.
            resolution: Output size class.
            n: Number of images to make.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingImage`: POST /api/v1/userKlingImage/start
        """
        return cast(
            "AsyncTask[KlingImageTask]", await self._arequest(_START, args, kwargs)
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
    ) -> Any:
        """Delete a Kling image task.

        Removes a Kling image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: Id of the Kling Image task, as A2E returned it in `_id`.

        `deleteKlingImageTask`: DELETE /api/v1/userKlingImage/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[KlingImageTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[KlingImageTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[KlingImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[KlingImageTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[KlingImageTask]:
        """The kling_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[KlingImageTask]", await self._atask("kling_image", id))


class KlingImageResourceWithRawResponse(SyncResource):
    """Kling Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingImageTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingImageTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingImageTask]]:
        return cast(
            "RawResponse[builtins.list[KlingImageTask]]",
            self._request(_BATCH_GET, args, kwargs),
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
    ) -> RawResponse[KlingImageTask]:
        return cast("RawResponse[KlingImageTask]", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[KlingImageTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[KlingImageTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[KlingImageTask]]:
        return cast(
            "RawResponse[Task[KlingImageTask]]", self._request(_START, args, kwargs)
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


class AsyncKlingImageResourceWithRawResponse(AsyncResource):
    """Kling Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingImageTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingImageTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingImageTask]]:
        return cast(
            "RawResponse[builtins.list[KlingImageTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
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
    ) -> RawResponse[KlingImageTask]:
        return cast(
            "RawResponse[KlingImageTask]", await self._arequest(_GET, (), locals())
        )

    async def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[KlingImageTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartKlingImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]
        | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[KlingImageTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[KlingImageTask]]:
        return cast(
            "RawResponse[AsyncTask[KlingImageTask]]",
            await self._arequest(_START, args, kwargs),
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
