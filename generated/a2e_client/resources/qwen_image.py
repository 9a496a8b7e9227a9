"""The Qwen Image section: `client.qwen_image`.

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
    from ..models.qwen_image_task import QwenImageTask
    from ..models.start_qwen_image_request import StartQwenImageRequest

_BATCH_GET = Operation(
    "qwen_image.batch_get_qwen_image_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_GET = Operation(
    "qwen_image.get_qwen_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "qwen_image.list_qwen_image_tasks",
    "page",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "qwen_image.start_qwen_image",
    "start",
    family="qwen_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "model": ("body", "model"),
        "input_images": ("body", "input_images"),
        "size": ("body", "size"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={
        "model": (
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ),
        "size": (
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ),
    },
)
_DELETE = Operation(
    "qwen_image.delete_qwen_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class QwenImageResource(SyncResource):
    """Qwen Image: 5 operations."""

    @property
    def with_raw_response(self) -> QwenImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return QwenImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[QwenImageTask]: ...
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
    ) -> builtins.list[QwenImageTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[QwenImageTask]:
        """Read several Qwen Image tasks at once.

        Returns the Qwen Image tasks whose ids are listed (at most 200 per request). The answer is
        typed as a list of tasks (A2E's catalog gives it no schema).

        Args:
            ids: Ids of the tasks to read.

        `batchGetQwenImageTasks`: POST /api/v1/userQwen2Image/batchDetail
        """
        return cast(
            "builtins.list[QwenImageTask]", self._request(_BATCH_GET, args, kwargs)
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
    ) -> QwenImageTask:
        """Read one Qwen Image task.

        Returns one Qwen Image task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startQwenImage returned it.

        `getQwenImageTask`: GET /api/v1/userQwen2Image/detail/{id}
        """
        return cast("QwenImageTask", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[QwenImageTask]:
        """List Qwen Image tasks.

        Returns the caller's Qwen Image tasks. A2E's catalog lists no paging parameters for it and
        gives the answer no schema; the page shape `{rows, count}` is assumed from A2E's other
        lists.

        `listQwenImageTasks`: GET /api/v1/userQwen2Image/list
        """
        return cast("Iterator[QwenImageTask]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[QwenImageTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[QwenImageTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[QwenImageTask]:
        """Make or edit an image with Qwen Image.

        Queues a Qwen Image task (paths under `userQwen2Image`): a new image from `prompt`, or an
        edit guided by `input_images`. Follow it with getQwenImageTask (family `qwen_image`) or pass
        `webhook_url`. The answer is typed as the family's task (A2E's catalog gives this answer no
        schema).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, or the change to make to the reference images.
            model: Which Qwen Image model runs.
            input_images: Addresses of reference images, for edits.
            size: Output width*height in pixels; the 2048-pixel (2K) sizes work only with qwen-
                image-3.0-pro.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startQwenImage`: POST /api/v1/userQwen2Image/start
        """
        return cast("Task[QwenImageTask]", self._request(_START, args, kwargs))

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
        """Delete a Qwen Image task.

        Removes a Qwen Image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteQwenImageTask`: DELETE /api/v1/userQwen2Image/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[QwenImageTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[QwenImageTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[QwenImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[QwenImageTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[QwenImageTask]:
        """The qwen_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[QwenImageTask]", self._task("qwen_image", id))


class AsyncQwenImageResource(AsyncResource):
    """Qwen Image: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncQwenImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncQwenImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[QwenImageTask]: ...
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
    ) -> builtins.list[QwenImageTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[QwenImageTask]:
        """Read several Qwen Image tasks at once.

        Returns the Qwen Image tasks whose ids are listed (at most 200 per request). The answer is
        typed as a list of tasks (A2E's catalog gives it no schema).

        Args:
            ids: Ids of the tasks to read.

        `batchGetQwenImageTasks`: POST /api/v1/userQwen2Image/batchDetail
        """
        return cast(
            "builtins.list[QwenImageTask]",
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
    ) -> QwenImageTask:
        """Read one Qwen Image task.

        Returns one Qwen Image task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startQwenImage returned it.

        `getQwenImageTask`: GET /api/v1/userQwen2Image/detail/{id}
        """
        return cast("QwenImageTask", await self._arequest(_GET, (), locals()))

    def list(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[QwenImageTask]:
        """List Qwen Image tasks.

        Returns the caller's Qwen Image tasks. A2E's catalog lists no paging parameters for it and
        gives the answer no schema; the page shape `{rows, count}` is assumed from A2E's other
        lists.

        `listQwenImageTasks`: GET /api/v1/userQwen2Image/list
        """
        return cast("AsyncIterator[QwenImageTask]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[QwenImageTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[QwenImageTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[QwenImageTask]:
        """Make or edit an image with Qwen Image.

        Queues a Qwen Image task (paths under `userQwen2Image`): a new image from `prompt`, or an
        edit guided by `input_images`. Follow it with getQwenImageTask (family `qwen_image`) or pass
        `webhook_url`. The answer is typed as the family's task (A2E's catalog gives this answer no
        schema).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, or the change to make to the reference images.
            model: Which Qwen Image model runs.
            input_images: Addresses of reference images, for edits.
            size: Output width*height in pixels; the 2048-pixel (2K) sizes work only with qwen-
                image-3.0-pro.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startQwenImage`: POST /api/v1/userQwen2Image/start
        """
        return cast(
            "AsyncTask[QwenImageTask]", await self._arequest(_START, args, kwargs)
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
        """Delete a Qwen Image task.

        Removes a Qwen Image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteQwenImageTask`: DELETE /api/v1/userQwen2Image/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[QwenImageTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[QwenImageTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[QwenImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[QwenImageTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[QwenImageTask]:
        """The qwen_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[QwenImageTask]", await self._atask("qwen_image", id))


class QwenImageResourceWithRawResponse(SyncResource):
    """Qwen Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[QwenImageTask]]: ...
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
    ) -> RawResponse[builtins.list[QwenImageTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[QwenImageTask]]:
        return cast(
            "RawResponse[builtins.list[QwenImageTask]]",
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
    ) -> RawResponse[QwenImageTask]:
        return cast("RawResponse[QwenImageTask]", self._request(_GET, (), locals()))

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
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[QwenImageTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[QwenImageTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[QwenImageTask]]:
        return cast(
            "RawResponse[Task[QwenImageTask]]", self._request(_START, args, kwargs)
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


class AsyncQwenImageResourceWithRawResponse(AsyncResource):
    """Qwen Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[QwenImageTask]]: ...
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
    ) -> RawResponse[builtins.list[QwenImageTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[QwenImageTask]]:
        return cast(
            "RawResponse[builtins.list[QwenImageTask]]",
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
    ) -> RawResponse[QwenImageTask]:
        return cast(
            "RawResponse[QwenImageTask]", await self._arequest(_GET, (), locals())
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
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartQwenImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[QwenImageTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartQwenImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "qwen-image-2.0",
            "qwen-image-2.0-pro",
            "qwen-image-3.0",
            "qwen-image-3.0-pro",
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[QwenImageTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[QwenImageTask]]:
        return cast(
            "RawResponse[AsyncTask[QwenImageTask]]",
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
