"""The GPT Image section: `client.gpt_image`.

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
    from ..models.gpt_image_task import GptImageTask
    from ..models.start_gpt_image_request import StartGptImageRequest

_BATCH_GET = Operation(
    "gpt_image.batch_get_gpt_image_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_GET = Operation(
    "gpt_image.get_gpt_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "gpt_image.list_gpt_image_tasks",
    "page",
    family=None,
    arguments={"page": ("query", "page"), "page_size": ("query", "page_size")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "gpt_image.start_gpt_image",
    "start",
    family="gpt_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "input_images": ("body", "input_images"),
        "model": ("body", "model"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "quality": ("body", "quality"),
        "resolution": ("body", "resolution"),
        "force_generate": ("body", "force_generate"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={
        "model": ("gpt-image-1.5", "gpt-image-2"),
        "aspect_ratio": (
            "auto",
            "1:1",
            "9:16",
            "21:9",
            "16:9",
            "4:3",
            "3:2",
            "3:4",
            "2:3",
        ),
        "quality": ("medium", "high"),
        "resolution": ("1K", "2K", "4K"),
    },
)
_DELETE = Operation(
    "gpt_image.delete_gpt_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class GptImageResource(SyncResource):
    """GPT Image: 5 operations."""

    @property
    def with_raw_response(self) -> GptImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return GptImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[GptImageTask]: ...
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
    ) -> builtins.list[GptImageTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[GptImageTask]:
        """Read several GPT Image tasks at once.

        Returns the GPT Image tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetGptImageTasks`: POST /api/v1/userGptImage/batchDetail
        """
        return cast(
            "builtins.list[GptImageTask]", self._request(_BATCH_GET, args, kwargs)
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
    ) -> GptImageTask:
        """Read one GPT Image task.

        Returns one GPT Image task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startGptImage returned it.

        `getGptImageTask`: GET /api/v1/userGptImage/detail/{id}
        """
        return cast("GptImageTask", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[GptImageTask]:
        """List GPT Image tasks.

        Pages through the caller's GPT Image tasks with `page` and `page_size` (not
        `pageNum`/`pageSize`). The page shape `{rows, count}` is assumed from A2E's other lists (A2E
        publishes no schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Tasks per page.

        `listGptImageTasks`: GET /api/v1/userGptImage/list
        """
        return cast("Iterator[GptImageTask]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[GptImageTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[GptImageTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[GptImageTask]:
        """Make or edit an image with GPT Image.

        Queues an OpenAI GPT Image task: a new image from `prompt`, or an edit of `input_images`.
        Follow it with getGptImageTask (family `gpt_image`) or pass `webhook_url`. The images are
        stored for 3 days only, so copy them soon. A2E may also answer 200 when its content check
        flags the request as NSFW instead of starting it; `force_generate` decides whether it goes
        ahead anyway. The answer is typed as the family's task (A2E publishes no schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What to draw, or how to change the input images; at most 3000 characters.
            input_images: Addresses of images to edit; sending any makes the task an edit. gpt-
                image-1.5 takes up to 16.
            model: Which GPT Image model runs. gpt-image-1.5 costs 20 or 35 coins; gpt-image-2 costs
                25, 35 or 45 coins at 1K, 2K or 4K.
            aspect_ratio: Shape of the output; gpt-image-1.5 accepts only 1:1, 3:2 and 2:3.
            quality: Rendering quality; only gpt-image-1.5 reads it.
            resolution: Output resolution; only gpt-image-2 reads it.
            force_generate: Generate even when A2E's content check flags the request as NSFW.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startGptImage`: POST /api/v1/userGptImage/start
        """
        return cast("Task[GptImageTask]", self._request(_START, args, kwargs))

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
        """Delete a GPT Image task.

        Removes a GPT Image task from the caller's records; A2E only marks it deleted (soft delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteGptImageTask`: DELETE /api/v1/userGptImage/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[GptImageTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[GptImageTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[GptImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[GptImageTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[GptImageTask]:
        """The gpt_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[GptImageTask]", self._task("gpt_image", id))


class AsyncGptImageResource(AsyncResource):
    """GPT Image: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncGptImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncGptImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[GptImageTask]: ...
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
    ) -> builtins.list[GptImageTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[GptImageTask]:
        """Read several GPT Image tasks at once.

        Returns the GPT Image tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetGptImageTasks`: POST /api/v1/userGptImage/batchDetail
        """
        return cast(
            "builtins.list[GptImageTask]",
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
    ) -> GptImageTask:
        """Read one GPT Image task.

        Returns one GPT Image task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startGptImage returned it.

        `getGptImageTask`: GET /api/v1/userGptImage/detail/{id}
        """
        return cast("GptImageTask", await self._arequest(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[GptImageTask]:
        """List GPT Image tasks.

        Pages through the caller's GPT Image tasks with `page` and `page_size` (not
        `pageNum`/`pageSize`). The page shape `{rows, count}` is assumed from A2E's other lists (A2E
        publishes no schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Tasks per page.

        `listGptImageTasks`: GET /api/v1/userGptImage/list
        """
        return cast("AsyncIterator[GptImageTask]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[GptImageTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[GptImageTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[GptImageTask]:
        """Make or edit an image with GPT Image.

        Queues an OpenAI GPT Image task: a new image from `prompt`, or an edit of `input_images`.
        Follow it with getGptImageTask (family `gpt_image`) or pass `webhook_url`. The images are
        stored for 3 days only, so copy them soon. A2E may also answer 200 when its content check
        flags the request as NSFW instead of starting it; `force_generate` decides whether it goes
        ahead anyway. The answer is typed as the family's task (A2E publishes no schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What to draw, or how to change the input images; at most 3000 characters.
            input_images: Addresses of images to edit; sending any makes the task an edit. gpt-
                image-1.5 takes up to 16.
            model: Which GPT Image model runs. gpt-image-1.5 costs 20 or 35 coins; gpt-image-2 costs
                25, 35 or 45 coins at 1K, 2K or 4K.
            aspect_ratio: Shape of the output; gpt-image-1.5 accepts only 1:1, 3:2 and 2:3.
            quality: Rendering quality; only gpt-image-1.5 reads it.
            resolution: Output resolution; only gpt-image-2 reads it.
            force_generate: Generate even when A2E's content check flags the request as NSFW.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startGptImage`: POST /api/v1/userGptImage/start
        """
        return cast(
            "AsyncTask[GptImageTask]", await self._arequest(_START, args, kwargs)
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
        """Delete a GPT Image task.

        Removes a GPT Image task from the caller's records; A2E only marks it deleted (soft delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteGptImageTask`: DELETE /api/v1/userGptImage/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[GptImageTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[GptImageTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[GptImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[GptImageTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[GptImageTask]:
        """The gpt_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[GptImageTask]", await self._atask("gpt_image", id))


class GptImageResourceWithRawResponse(SyncResource):
    """GPT Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[GptImageTask]]: ...
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
    ) -> RawResponse[builtins.list[GptImageTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[GptImageTask]]:
        return cast(
            "RawResponse[builtins.list[GptImageTask]]",
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
    ) -> RawResponse[GptImageTask]:
        return cast("RawResponse[GptImageTask]", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
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
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[GptImageTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[GptImageTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[GptImageTask]]:
        return cast(
            "RawResponse[Task[GptImageTask]]", self._request(_START, args, kwargs)
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


class AsyncGptImageResourceWithRawResponse(AsyncResource):
    """GPT Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[GptImageTask]]: ...
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
    ) -> RawResponse[builtins.list[GptImageTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[GptImageTask]]:
        return cast(
            "RawResponse[builtins.list[GptImageTask]]",
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
    ) -> RawResponse[GptImageTask]:
        return cast(
            "RawResponse[GptImageTask]", await self._arequest(_GET, (), locals())
        )

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
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
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGptImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[GptImageTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartGptImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal[
            "auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"
        ]
        | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[GptImageTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[GptImageTask]]:
        return cast(
            "RawResponse[AsyncTask[GptImageTask]]",
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
