"""The Sora 2 Pro Video section: `client.sora_2_pro_video`.

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
    from ..models.sora_video_task import SoraVideoTask
    from ..models.start_sora_video_request import StartSoraVideoRequest

_LIST = Operation(
    "sora_2_pro_video.list_sora_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "sora_2_pro_video.batch_get_sora_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "sora_2_pro_video.start_sora_video",
    "start",
    family="sora_video",
    arguments={
        "name": ("body", "name"),
        "model_type": ("body", "model_type"),
        "prompt": ("body", "prompt"),
        "image_urls": ("body", "image_urls"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "duration_seconds": ("body", "duration_seconds"),
        "quality": ("body", "quality"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=("image_urls", "webhook_url"),
    enums={
        "model_type": ("text-to-video", "image-to-video"),
        "aspect_ratio": ("portrait", "landscape"),
        "duration_seconds": ("5", "10", "15"),
        "quality": ("standard", "high"),
    },
)
_GET = Operation(
    "sora_2_pro_video.get_sora_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "sora_2_pro_video.delete_sora_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class Sora2ProVideoResource(SyncResource):
    """Sora 2 Pro Video: 5 operations."""

    @property
    def with_raw_response(self) -> Sora2ProVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Sora2ProVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[SoraVideoTask]:
        """List Sora 2 Pro video tasks.

        Pages through the caller's Sora 2 Pro video tasks; `count` is the total over all pages. The
        page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listSoraVideoTasks`: GET /api/v1/soraVideo/allRecords
        """
        return cast("Iterator[SoraVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[SoraVideoTask]: ...
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
    ) -> builtins.list[SoraVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[SoraVideoTask]:
        """Read several Sora 2 Pro video tasks at once.

        Returns the Sora 2 Pro video tasks whose ids are listed, in one request (up to 200 ids; A2E
        drops duplicates). The answer is typed as a list of tasks from the family's other operations
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetSoraVideoTasks`: POST /api/v1/soraVideo/batchDetail
        """
        return cast(
            "builtins.list[SoraVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[SoraVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[SoraVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[SoraVideoTask]:
        """Generate a Sora 2 Pro video.

        Starts a Sora 2 Pro video from a prompt, optionally animating the images in `image_urls`
        (image-to-video is the default mode, so send `model_type: text-to-video` for prompt-only
        videos). A2E's catalog says this section runs on Kling 3.0 despite its name. Follow it with
        getSoraVideoTask (family `sora_video`). The answer is typed as the new task, like A2E's
        other start operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            model_type: Whether the video starts from the prompt alone or from the images in
                `image_urls`.
            prompt: What the video should show.
            image_urls: Addresses of the source images; needed when `model_type` is image-to-video.
            aspect_ratio: Orientation of the video.
            duration_seconds: Length of the video in seconds, sent as a string.
            quality: Rendering quality tier.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSoraVideo`: POST /api/v1/soraVideo/start
        """
        return cast("Task[SoraVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> SoraVideoTask:
        """Read one Sora 2 Pro video task.

        Returns one Sora 2 Pro video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getSoraVideoTask`: GET /api/v1/soraVideo/{_id}
        """
        return cast("SoraVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Sora 2 Pro video task.

        Removes a Sora 2 Pro video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteSoraVideoTask`: DELETE /api/v1/soraVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[SoraVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[SoraVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[SoraVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[SoraVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[SoraVideoTask]:
        """The sora_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[SoraVideoTask]", self._task("sora_video", id))


class AsyncSora2ProVideoResource(AsyncResource):
    """Sora 2 Pro Video: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncSora2ProVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncSora2ProVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[SoraVideoTask]:
        """List Sora 2 Pro video tasks.

        Pages through the caller's Sora 2 Pro video tasks; `count` is the total over all pages. The
        page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listSoraVideoTasks`: GET /api/v1/soraVideo/allRecords
        """
        return cast("AsyncIterator[SoraVideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[SoraVideoTask]: ...
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
    ) -> builtins.list[SoraVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[SoraVideoTask]:
        """Read several Sora 2 Pro video tasks at once.

        Returns the Sora 2 Pro video tasks whose ids are listed, in one request (up to 200 ids; A2E
        drops duplicates). The answer is typed as a list of tasks from the family's other operations
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetSoraVideoTasks`: POST /api/v1/soraVideo/batchDetail
        """
        return cast(
            "builtins.list[SoraVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[SoraVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[SoraVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[SoraVideoTask]:
        """Generate a Sora 2 Pro video.

        Starts a Sora 2 Pro video from a prompt, optionally animating the images in `image_urls`
        (image-to-video is the default mode, so send `model_type: text-to-video` for prompt-only
        videos). A2E's catalog says this section runs on Kling 3.0 despite its name. Follow it with
        getSoraVideoTask (family `sora_video`). The answer is typed as the new task, like A2E's
        other start operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            model_type: Whether the video starts from the prompt alone or from the images in
                `image_urls`.
            prompt: What the video should show.
            image_urls: Addresses of the source images; needed when `model_type` is image-to-video.
            aspect_ratio: Orientation of the video.
            duration_seconds: Length of the video in seconds, sent as a string.
            quality: Rendering quality tier.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSoraVideo`: POST /api/v1/soraVideo/start
        """
        return cast(
            "AsyncTask[SoraVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> SoraVideoTask:
        """Read one Sora 2 Pro video task.

        Returns one Sora 2 Pro video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getSoraVideoTask`: GET /api/v1/soraVideo/{_id}
        """
        return cast("SoraVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Sora 2 Pro video task.

        Removes a Sora 2 Pro video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteSoraVideoTask`: DELETE /api/v1/soraVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[SoraVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[SoraVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[SoraVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[SoraVideoTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[SoraVideoTask]:
        """The sora_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[SoraVideoTask]", await self._atask("sora_video", id))


class Sora2ProVideoResourceWithRawResponse(SyncResource):
    """Sora 2 Pro Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[SoraVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[SoraVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[SoraVideoTask]]:
        return cast(
            "RawResponse[builtins.list[SoraVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[SoraVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[SoraVideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[SoraVideoTask]]:
        return cast(
            "RawResponse[Task[SoraVideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[SoraVideoTask]:
        return cast("RawResponse[SoraVideoTask]", self._request(_GET, (), locals()))

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


class AsyncSora2ProVideoResourceWithRawResponse(AsyncResource):
    """Sora 2 Pro Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[SoraVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[SoraVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[SoraVideoTask]]:
        return cast(
            "RawResponse[builtins.list[SoraVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSoraVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[SoraVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartSoraVideoRequest | Mapping[str, Any],
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        aspect_ratio: Literal["portrait", "landscape"] | None = None,
        duration_seconds: Literal["5", "10", "15"] | None = None,
        quality: Literal["standard", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[SoraVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[SoraVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[SoraVideoTask]]",
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
    ) -> RawResponse[SoraVideoTask]:
        return cast(
            "RawResponse[SoraVideoTask]", await self._arequest(_GET, (), locals())
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
