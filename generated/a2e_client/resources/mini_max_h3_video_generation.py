"""The MiniMax H3 Video Generation section: `client.mini_max_h3_video_generation`.

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
    from ..models.minimax_h3_video_task import MinimaxH3VideoTask
    from ..models.start_minimax_h3_video_request import StartMinimaxH3VideoRequest

_LIST = Operation(
    "mini_max_h3_video_generation.list_minimax_h3_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "mini_max_h3_video_generation.batch_get_minimax_h3_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "mini_max_h3_video_generation.start_minimax_h3_video",
    "start",
    family="minimax_h3_video",
    arguments={
        "name": ("body", "name"),
        "mode": ("body", "mode"),
        "prompt": ("body", "prompt"),
        "first_frame_url": ("body", "first_frame_url"),
        "last_frame_url": ("body", "last_frame_url"),
        "reference_image_urls": ("body", "reference_image_urls"),
        "reference_video_urls": ("body", "reference_video_urls"),
        "reference_audio_urls": ("body", "reference_audio_urls"),
        "resolution": ("body", "resolution"),
        "duration": ("body", "duration"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=(
        "first_frame_url",
        "last_frame_url",
        "reference_image_urls",
        "reference_video_urls",
        "reference_audio_urls",
        "webhook_url",
    ),
    enums={
        "mode": ("text-to-video", "image-to-video", "reference-to-video"),
        "resolution": ("768P", "2K"),
        "aspect_ratio": ("adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"),
    },
)
_GET = Operation(
    "mini_max_h3_video_generation.get_minimax_h3_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "mini_max_h3_video_generation.delete_minimax_h3_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class MiniMaxH3VideoGenerationResource(SyncResource):
    """MiniMax H3 Video Generation: 5 operations."""

    @property
    def with_raw_response(self) -> MiniMaxH3VideoGenerationResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return MiniMaxH3VideoGenerationResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[MinimaxH3VideoTask]:
        """List MiniMax H3 video tasks.

        Pages through the caller's MiniMax H3 video tasks; `count` is the total over all pages. The
        page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listMinimaxH3VideoTasks`: GET /api/v1/minimaxH3Video/allRecords
        """
        return cast("Iterator[MinimaxH3VideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[MinimaxH3VideoTask]: ...
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
    ) -> builtins.list[MinimaxH3VideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[MinimaxH3VideoTask]:
        """Read several MiniMax H3 video tasks at once.

        Returns the MiniMax H3 video tasks whose ids are listed, in one request (up to 200 ids; A2E
        drops duplicates). The answer is typed as a list of tasks from the family's other operations
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetMinimaxH3VideoTasks`: POST /api/v1/minimaxH3Video/batchDetail
        """
        return cast(
            "builtins.list[MinimaxH3VideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[MinimaxH3VideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[MinimaxH3VideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[MinimaxH3VideoTask]:
        """Generate a MiniMax H3 video.

        Starts a MiniMax H3 video in one of three modes: text-to-video, image-to-video (needs
        `first_frame_url`), or reference-to-video (needs at least one of `reference_image_urls`,
        `reference_video_urls`, `reference_audio_urls`). Follow it with getMinimaxH3VideoTask
        (family `minimax_h3_video`). The answer is typed as the new task, like A2E's other start
        operations (A2E declares only an empty object).

        Args:
            name: A name for the task, chosen by the caller.
            mode: How the video is built: from the prompt, from a first frame, or from reference
                media.
            prompt: What the video should show.
            first_frame_url: Address of the opening frame; needed for image-to-video.
            last_frame_url: Address of the closing frame (image-to-video only).
            reference_image_urls: Reference images for reference-to-video.
            reference_video_urls: Reference videos for reference-to-video.
            reference_audio_urls: Reference audio for reference-to-video.
            resolution: Output resolution.
            duration: Length of the video in seconds, 4 to 15. A2E's schema types it as a string
                while its notes speak of whole seconds.
            aspect_ratio: Frame shape; ignored for image-to-video, and `adaptive` only applies to
                reference-to-video.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startMinimaxH3Video`: POST /api/v1/minimaxH3Video/start
        """
        return cast("Task[MinimaxH3VideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> MinimaxH3VideoTask:
        """Read one MiniMax H3 video task.

        Returns one MiniMax H3 video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getMinimaxH3VideoTask`: GET /api/v1/minimaxH3Video/{_id}
        """
        return cast("MinimaxH3VideoTask", self._request(_GET, (), locals()))

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
        """Delete a MiniMax H3 video task.

        Removes a MiniMax H3 video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteMinimaxH3VideoTask`: DELETE /api/v1/minimaxH3Video/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[MinimaxH3VideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
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
    ) -> Task[MinimaxH3VideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[MinimaxH3VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[MinimaxH3VideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[MinimaxH3VideoTask]:
        """The minimax_h3_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[MinimaxH3VideoTask]", self._task("minimax_h3_video", id))


class AsyncMiniMaxH3VideoGenerationResource(AsyncResource):
    """MiniMax H3 Video Generation: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncMiniMaxH3VideoGenerationResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncMiniMaxH3VideoGenerationResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[MinimaxH3VideoTask]:
        """List MiniMax H3 video tasks.

        Pages through the caller's MiniMax H3 video tasks; `count` is the total over all pages. The
        page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listMinimaxH3VideoTasks`: GET /api/v1/minimaxH3Video/allRecords
        """
        return cast(
            "AsyncIterator[MinimaxH3VideoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[MinimaxH3VideoTask]: ...
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
    ) -> builtins.list[MinimaxH3VideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[MinimaxH3VideoTask]:
        """Read several MiniMax H3 video tasks at once.

        Returns the MiniMax H3 video tasks whose ids are listed, in one request (up to 200 ids; A2E
        drops duplicates). The answer is typed as a list of tasks from the family's other operations
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetMinimaxH3VideoTasks`: POST /api/v1/minimaxH3Video/batchDetail
        """
        return cast(
            "builtins.list[MinimaxH3VideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[MinimaxH3VideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[MinimaxH3VideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[MinimaxH3VideoTask]:
        """Generate a MiniMax H3 video.

        Starts a MiniMax H3 video in one of three modes: text-to-video, image-to-video (needs
        `first_frame_url`), or reference-to-video (needs at least one of `reference_image_urls`,
        `reference_video_urls`, `reference_audio_urls`). Follow it with getMinimaxH3VideoTask
        (family `minimax_h3_video`). The answer is typed as the new task, like A2E's other start
        operations (A2E declares only an empty object).

        Args:
            name: A name for the task, chosen by the caller.
            mode: How the video is built: from the prompt, from a first frame, or from reference
                media.
            prompt: What the video should show.
            first_frame_url: Address of the opening frame; needed for image-to-video.
            last_frame_url: Address of the closing frame (image-to-video only).
            reference_image_urls: Reference images for reference-to-video.
            reference_video_urls: Reference videos for reference-to-video.
            reference_audio_urls: Reference audio for reference-to-video.
            resolution: Output resolution.
            duration: Length of the video in seconds, 4 to 15. A2E's schema types it as a string
                while its notes speak of whole seconds.
            aspect_ratio: Frame shape; ignored for image-to-video, and `adaptive` only applies to
                reference-to-video.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startMinimaxH3Video`: POST /api/v1/minimaxH3Video/start
        """
        return cast(
            "AsyncTask[MinimaxH3VideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> MinimaxH3VideoTask:
        """Read one MiniMax H3 video task.

        Returns one MiniMax H3 video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getMinimaxH3VideoTask`: GET /api/v1/minimaxH3Video/{_id}
        """
        return cast("MinimaxH3VideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a MiniMax H3 video task.

        Removes a MiniMax H3 video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteMinimaxH3VideoTask`: DELETE /api/v1/minimaxH3Video/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[MinimaxH3VideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
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
    ) -> AsyncTask[MinimaxH3VideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[MinimaxH3VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[MinimaxH3VideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[MinimaxH3VideoTask]:
        """The minimax_h3_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[MinimaxH3VideoTask]", await self._atask("minimax_h3_video", id)
        )


class MiniMaxH3VideoGenerationResourceWithRawResponse(SyncResource):
    """MiniMax H3 Video Generation: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]:
        return cast(
            "RawResponse[builtins.list[MinimaxH3VideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[MinimaxH3VideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[MinimaxH3VideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[MinimaxH3VideoTask]]:
        return cast(
            "RawResponse[Task[MinimaxH3VideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[MinimaxH3VideoTask]:
        return cast(
            "RawResponse[MinimaxH3VideoTask]", self._request(_GET, (), locals())
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


class AsyncMiniMaxH3VideoGenerationResourceWithRawResponse(AsyncResource):
    """MiniMax H3 Video Generation: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[MinimaxH3VideoTask]]:
        return cast(
            "RawResponse[builtins.list[MinimaxH3VideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[MinimaxH3VideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartMinimaxH3VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "reference-to-video"]
        | None = None,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[MinimaxH3VideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[MinimaxH3VideoTask]]:
        return cast(
            "RawResponse[AsyncTask[MinimaxH3VideoTask]]",
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
    ) -> RawResponse[MinimaxH3VideoTask]:
        return cast(
            "RawResponse[MinimaxH3VideoTask]", await self._arequest(_GET, (), locals())
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
