"""The Grok Video section: `client.grok_video`.

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
    from ..models.grok_video_task import GrokVideoTask
    from ..models.start_grok_video_request import StartGrokVideoRequest

_LIST = Operation(
    "grok_video.list_grok_videos",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "grok_video.batch_get_grok_videos",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "grok_video.start_grok_video",
    "start",
    family="grok_video",
    arguments={
        "name": ("body", "name"),
        "model_type": ("body", "model_type"),
        "model_version": ("body", "model_version"),
        "prompt": ("body", "prompt"),
        "mode": ("body", "mode"),
        "image_urls": ("body", "image_urls"),
        "image_url": ("body", "image_url"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "duration": ("body", "duration"),
        "nsfw_checker": ("body", "nsfw_checker"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=(),
    urls=("image_urls", "image_url", "webhook_url"),
    enums={
        "model_type": ("text-to-video", "image-to-video"),
        "model_version": ("legacy", "1.5"),
        "mode": ("fun", "normal", "spicy"),
        "aspect_ratio": ("auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"),
        "duration": ("6", "10", "15"),
    },
)
_GET = Operation(
    "grok_video.get_grok_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "grok_video.delete_grok_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class GrokVideoResource(SyncResource):
    """Grok Video: 5 operations."""

    @property
    def with_raw_response(self) -> GrokVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return GrokVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[GrokVideoTask]:
        """List Grok video tasks.

        Pages through the caller's Grok Imagine video tasks; `count` is the total over all pages.
        The page is typed like A2E's other task lists (A2E's schema for it is an empty object).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listGrokVideos`: GET /api/v1/grokVideo/allRecords
        """
        return cast("Iterator[GrokVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[GrokVideoTask]: ...
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
    ) -> builtins.list[GrokVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[GrokVideoTask]:
        """Read several Grok video tasks at once.

        Returns the Grok Imagine video tasks whose ids are listed, in one request. The answer is
        typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetGrokVideos`: POST /api/v1/grokVideo/batchDetail
        """
        return cast(
            "builtins.list[GrokVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[GrokVideoTask]:
        """Make a video with Grok Imagine.

        Starts a Grok Imagine video of 6, 10 or 15 seconds, either from a prompt (text-to-video) or
        from reference images (image-to-video, given in `image_urls` and/or `image_url`). Model
        version 1.5 works for image-to-video only. No field is required as such, but text-to-video
        needs a prompt. Follow it with getGrokVideo (family `grok_video`) until `current_status` is
        completed or failed. The answer is typed from A2E's other video families (A2E publishes no
        schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            model_type: Whether the video comes from the prompt or from reference images.
            model_version: Grok model version; 1.5 is for image-to-video only.
            prompt: What the video should show; needed for text-to-video.
            mode: Style of the result.
            image_urls: Addresses of the reference images, for image-to-video.
            image_url: One more reference image address; A2E puts it in front of image_urls.
            aspect_ratio: Shape of the video.
            duration: Length in seconds.
            nsfw_checker: Run an additional NSFW check on the request (Grok 1.5).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startGrokVideo`: POST /api/v1/grokVideo/start
        """
        return cast("Task[GrokVideoTask]", self._request(_START, (), locals()))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> GrokVideoTask:
        """Read one Grok video task.

        Returns one Grok Imagine video task: its status, the video once completed, and the failure
        reason once failed. Typed from A2E's other video families (A2E's schema for it is an empty
        object).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getGrokVideo`: GET /api/v1/grokVideo/{_id}
        """
        return cast("GrokVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Grok video task.

        Removes a Grok Imagine video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteGrokVideo`: DELETE /api/v1/grokVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    def run(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[GrokVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[GrokVideoTask]", self._run(_START, (), locals()))

    def task(self, id: str, /) -> Task[GrokVideoTask]:
        """The grok_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[GrokVideoTask]", self._task("grok_video", id))


class AsyncGrokVideoResource(AsyncResource):
    """Grok Video: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncGrokVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncGrokVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[GrokVideoTask]:
        """List Grok video tasks.

        Pages through the caller's Grok Imagine video tasks; `count` is the total over all pages.
        The page is typed like A2E's other task lists (A2E's schema for it is an empty object).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listGrokVideos`: GET /api/v1/grokVideo/allRecords
        """
        return cast("AsyncIterator[GrokVideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[GrokVideoTask]: ...
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
    ) -> builtins.list[GrokVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[GrokVideoTask]:
        """Read several Grok video tasks at once.

        Returns the Grok Imagine video tasks whose ids are listed, in one request. The answer is
        typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetGrokVideos`: POST /api/v1/grokVideo/batchDetail
        """
        return cast(
            "builtins.list[GrokVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    async def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[GrokVideoTask]:
        """Make a video with Grok Imagine.

        Starts a Grok Imagine video of 6, 10 or 15 seconds, either from a prompt (text-to-video) or
        from reference images (image-to-video, given in `image_urls` and/or `image_url`). Model
        version 1.5 works for image-to-video only. No field is required as such, but text-to-video
        needs a prompt. Follow it with getGrokVideo (family `grok_video`) until `current_status` is
        completed or failed. The answer is typed from A2E's other video families (A2E publishes no
        schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            model_type: Whether the video comes from the prompt or from reference images.
            model_version: Grok model version; 1.5 is for image-to-video only.
            prompt: What the video should show; needed for text-to-video.
            mode: Style of the result.
            image_urls: Addresses of the reference images, for image-to-video.
            image_url: One more reference image address; A2E puts it in front of image_urls.
            aspect_ratio: Shape of the video.
            duration: Length in seconds.
            nsfw_checker: Run an additional NSFW check on the request (Grok 1.5).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startGrokVideo`: POST /api/v1/grokVideo/start
        """
        return cast(
            "AsyncTask[GrokVideoTask]", await self._arequest(_START, (), locals())
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
    ) -> GrokVideoTask:
        """Read one Grok video task.

        Returns one Grok Imagine video task: its status, the video once completed, and the failure
        reason once failed. Typed from A2E's other video families (A2E's schema for it is an empty
        object).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getGrokVideo`: GET /api/v1/grokVideo/{_id}
        """
        return cast("GrokVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Grok video task.

        Removes a Grok Imagine video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteGrokVideo`: DELETE /api/v1/grokVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def run(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[GrokVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[GrokVideoTask]", await self._arun(_START, (), locals()))

    async def task(self, id: str, /) -> AsyncTask[GrokVideoTask]:
        """The grok_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[GrokVideoTask]", await self._atask("grok_video", id))


class GrokVideoResourceWithRawResponse(SyncResource):
    """Grok Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[GrokVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[GrokVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[GrokVideoTask]]:
        return cast(
            "RawResponse[builtins.list[GrokVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[GrokVideoTask]]:
        return cast(
            "RawResponse[Task[GrokVideoTask]]", self._request(_START, (), locals())
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
    ) -> RawResponse[GrokVideoTask]:
        return cast("RawResponse[GrokVideoTask]", self._request(_GET, (), locals()))

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


class AsyncGrokVideoResourceWithRawResponse(AsyncResource):
    """Grok Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[GrokVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[GrokVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[GrokVideoTask]]:
        return cast(
            "RawResponse[builtins.list[GrokVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    async def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartGrokVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[GrokVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[GrokVideoTask]]",
            await self._arequest(_START, (), locals()),
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
    ) -> RawResponse[GrokVideoTask]:
        return cast(
            "RawResponse[GrokVideoTask]", await self._arequest(_GET, (), locals())
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
