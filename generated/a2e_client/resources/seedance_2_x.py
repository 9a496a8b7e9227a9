"""The Seedance 2.x section: `client.seedance_2_x`.

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
    from ..models.rename_seedance_2_video_task_request import (
        RenameSeedance2VideoTaskRequest,
    )
    from ..models.seedance_2_video_task import Seedance2VideoTask
    from ..models.start_seedance_2_video_request import StartSeedance2VideoRequest

_LIST = Operation(
    "seedance_2_x.list_seedance_2_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "seedance_2_x.batch_get_seedance_2_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "seedance_2_x.start_seedance_2_video",
    "start",
    family="seedance2_video",
    arguments={
        "name": ("body", "name"),
        "mode": ("body", "mode"),
        "model_version": ("body", "model_version"),
        "omni_reference_task_type": ("body", "omni_reference_task_type"),
        "prompt": ("body", "prompt"),
        "image_url": ("body", "image_url"),
        "first_frame_url": ("body", "first_frame_url"),
        "last_frame_url": ("body", "last_frame_url"),
        "reference_urls": ("body", "reference_urls"),
        "video_urls": ("body", "video_urls"),
        "audio_urls": ("body", "audio_urls"),
        "input_video_duration": ("body", "input_video_duration"),
        "duration": ("body", "duration"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "resolution": ("body", "resolution"),
        "generate_audio": ("body", "generate_audio"),
        "minor_suspected_skip": ("body", "minor_suspected_skip"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=(
        "image_url",
        "first_frame_url",
        "last_frame_url",
        "reference_urls",
        "video_urls",
        "audio_urls",
        "webhook_url",
    ),
    enums={
        "mode": ("text-to-video", "image-to-video", "first-last-frames", "reference"),
        "model_version": ("standard", "mini", "fast", "2.5"),
        "omni_reference_task_type": ("reference", "edit", "extend"),
        "aspect_ratio": ("adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"),
        "resolution": ("480p", "720p", "1080p", "4k"),
    },
)
_GET = Operation(
    "seedance_2_x.get_seedance_2_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_RENAME_VIDEO = Operation(
    "seedance_2_x.rename_seedance_2_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id"), "name": ("body", "name")},
    positional=("id",),
    required=("name",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "seedance_2_x.delete_seedance_2_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class Seedance2XResource(SyncResource):
    """Seedance 2.x: 6 operations."""

    @property
    def with_raw_response(self) -> Seedance2XResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Seedance2XResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Seedance2VideoTask]:
        """List Seedance 2.x video tasks.

        Pages through the caller's Seedance 2.x video tasks; `count` is the total over all pages.
        The page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 20).

        `listSeedance2VideoTasks`: GET /api/v1/seedance2Video/allRecords
        """
        return cast("Iterator[Seedance2VideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[Seedance2VideoTask]: ...
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
    ) -> builtins.list[Seedance2VideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Seedance2VideoTask]:
        """Read several Seedance 2.x video tasks at once.

        Returns the Seedance 2.x video tasks whose ids are listed, in one request (up to 200 ids;
        A2E drops duplicates). The answer is typed as a list of tasks from the family's other
        operations (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetSeedance2VideoTasks`: POST /api/v1/seedance2Video/batchDetail
        """
        return cast(
            "builtins.list[Seedance2VideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Seedance2VideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Seedance2VideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[Seedance2VideoTask]:
        """Generate a Seedance 2.x video.

        Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first
        frame, two frames, or reference images, videos and audio. Media must be public http(s)
        addresses (no `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more
        references than 2.0. Follow it with getSeedance2VideoTask (family `seedance2_video`). The
        answer is typed as the new task, like A2E's other start operations (A2E publishes no schema
        for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: How the video is built: from the prompt, from a first frame, between two frames,
                or from reference media.
            model_version: Seedance 2.0 tier (standard, mini, fast) or Seedance 2.5.
            omni_reference_task_type: For 2.5 in reference mode: whether the reference media is used
                as a guide, edited, or extended.
            prompt: What the video should show.
            image_url: Address of the first frame, for image-to-video.
            first_frame_url: Address of the opening frame; needed for first-last-frames.
            last_frame_url: Address of the closing frame.
            reference_urls: Reference images for reference mode (at most 9 on 2.0, 30 on 2.5).
            video_urls: Reference videos (at most 3 on 2.0, 10 on 2.5).
            audio_urls: Reference audio files (at most 3 on 2.0, 10 on 2.5).
            input_video_duration: The caller's estimate of the input video's length in seconds; A2E
                bills on the larger of this and what it measures.
            duration: Length of the video in seconds: 4 to 15 on 2.0, 4 to 30 on 2.5; -1 (2.5 edit)
                keeps the input's length. Values 0 to 3 are not accepted.
            aspect_ratio: Frame shape of the video; `adaptive` follows the input media.
            resolution: Output resolution; 4k is offered only by 2.0 standard.
            generate_audio: Also produce a soundtrack (it counts toward the price).
            minor_suspected_skip: Go ahead despite the soft 'suspected minor' block (error 1004);
                the hard block (1003) still applies.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSeedance2Video`: POST /api/v1/seedance2Video/start
        """
        return cast("Task[Seedance2VideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Seedance2VideoTask:
        """Read one Seedance 2.x video task.

        Returns one Seedance 2.x video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getSeedance2VideoTask`: GET /api/v1/seedance2Video/{_id}
        """
        return cast("Seedance2VideoTask", self._request(_GET, (), locals()))

    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def rename_video(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Seedance 2.x video task.

        Gives a Seedance 2.x video task a new name; nothing else changes. A2E publishes no schema
        for the answer, so `data` is left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The new name for the task.

        `renameSeedance2VideoTask`: PUT /api/v1/seedance2Video/{_id}
        """
        return self._request(_RENAME_VIDEO, args, kwargs)

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
        """Delete a Seedance 2.x video task.

        Removes a Seedance 2.x video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteSeedance2VideoTask`: DELETE /api/v1/seedance2Video/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Seedance2VideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
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
    ) -> Task[Seedance2VideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[Seedance2VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[Seedance2VideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[Seedance2VideoTask]:
        """The seedance2_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[Seedance2VideoTask]", self._task("seedance2_video", id))


class AsyncSeedance2XResource(AsyncResource):
    """Seedance 2.x: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncSeedance2XResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncSeedance2XResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Seedance2VideoTask]:
        """List Seedance 2.x video tasks.

        Pages through the caller's Seedance 2.x video tasks; `count` is the total over all pages.
        The page shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 20).

        `listSeedance2VideoTasks`: GET /api/v1/seedance2Video/allRecords
        """
        return cast(
            "AsyncIterator[Seedance2VideoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[Seedance2VideoTask]: ...
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
    ) -> builtins.list[Seedance2VideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[Seedance2VideoTask]:
        """Read several Seedance 2.x video tasks at once.

        Returns the Seedance 2.x video tasks whose ids are listed, in one request (up to 200 ids;
        A2E drops duplicates). The answer is typed as a list of tasks from the family's other
        operations (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetSeedance2VideoTasks`: POST /api/v1/seedance2Video/batchDetail
        """
        return cast(
            "builtins.list[Seedance2VideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Seedance2VideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Seedance2VideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[Seedance2VideoTask]:
        """Generate a Seedance 2.x video.

        Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first
        frame, two frames, or reference images, videos and audio. Media must be public http(s)
        addresses (no `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more
        references than 2.0. Follow it with getSeedance2VideoTask (family `seedance2_video`). The
        answer is typed as the new task, like A2E's other start operations (A2E publishes no schema
        for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: How the video is built: from the prompt, from a first frame, between two frames,
                or from reference media.
            model_version: Seedance 2.0 tier (standard, mini, fast) or Seedance 2.5.
            omni_reference_task_type: For 2.5 in reference mode: whether the reference media is used
                as a guide, edited, or extended.
            prompt: What the video should show.
            image_url: Address of the first frame, for image-to-video.
            first_frame_url: Address of the opening frame; needed for first-last-frames.
            last_frame_url: Address of the closing frame.
            reference_urls: Reference images for reference mode (at most 9 on 2.0, 30 on 2.5).
            video_urls: Reference videos (at most 3 on 2.0, 10 on 2.5).
            audio_urls: Reference audio files (at most 3 on 2.0, 10 on 2.5).
            input_video_duration: The caller's estimate of the input video's length in seconds; A2E
                bills on the larger of this and what it measures.
            duration: Length of the video in seconds: 4 to 15 on 2.0, 4 to 30 on 2.5; -1 (2.5 edit)
                keeps the input's length. Values 0 to 3 are not accepted.
            aspect_ratio: Frame shape of the video; `adaptive` follows the input media.
            resolution: Output resolution; 4k is offered only by 2.0 standard.
            generate_audio: Also produce a soundtrack (it counts toward the price).
            minor_suspected_skip: Go ahead despite the soft 'suspected minor' block (error 1004);
                the hard block (1003) still applies.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSeedance2Video`: POST /api/v1/seedance2Video/start
        """
        return cast(
            "AsyncTask[Seedance2VideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> Seedance2VideoTask:
        """Read one Seedance 2.x video task.

        Returns one Seedance 2.x video task: its status, the video address once completed, and the
        failure reason once failed. The record's fields are typed from the start request and A2E's
        other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getSeedance2VideoTask`: GET /api/v1/seedance2Video/{_id}
        """
        return cast("Seedance2VideoTask", await self._arequest(_GET, (), locals()))

    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def rename_video(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Seedance 2.x video task.

        Gives a Seedance 2.x video task a new name; nothing else changes. A2E publishes no schema
        for the answer, so `data` is left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The new name for the task.

        `renameSeedance2VideoTask`: PUT /api/v1/seedance2Video/{_id}
        """
        return await self._arequest(_RENAME_VIDEO, args, kwargs)

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
        """Delete a Seedance 2.x video task.

        Removes a Seedance 2.x video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteSeedance2VideoTask`: DELETE /api/v1/seedance2Video/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Seedance2VideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
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
    ) -> AsyncTask[Seedance2VideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[Seedance2VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[Seedance2VideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[Seedance2VideoTask]:
        """The seedance2_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[Seedance2VideoTask]", await self._atask("seedance2_video", id)
        )


class Seedance2XResourceWithRawResponse(SyncResource):
    """Seedance 2.x: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]:
        return cast(
            "RawResponse[builtins.list[Seedance2VideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Seedance2VideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Seedance2VideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[Seedance2VideoTask]]:
        return cast(
            "RawResponse[Task[Seedance2VideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[Seedance2VideoTask]:
        return cast(
            "RawResponse[Seedance2VideoTask]", self._request(_GET, (), locals())
        )

    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def rename_video(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_RENAME_VIDEO, args, kwargs))

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


class AsyncSeedance2XResourceWithRawResponse(AsyncResource):
    """Seedance 2.x: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Seedance2VideoTask]]:
        return cast(
            "RawResponse[builtins.list[Seedance2VideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedance2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Seedance2VideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartSeedance2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal[
            "text-to-video", "image-to-video", "first-last-frames", "reference"
        ]
        | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        video_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        audio_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
        | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Seedance2VideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Seedance2VideoTask]]:
        return cast(
            "RawResponse[AsyncTask[Seedance2VideoTask]]",
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
    ) -> RawResponse[Seedance2VideoTask]:
        return cast(
            "RawResponse[Seedance2VideoTask]", await self._arequest(_GET, (), locals())
        )

    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameSeedance2VideoTaskRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def rename_video(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_RENAME_VIDEO, args, kwargs)
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
