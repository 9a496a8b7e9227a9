"""The Veo Video section: `client.veo_video`.

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
    from ..models.envelope import Envelope
    from ..models.start_veo_video_request import StartVeoVideoRequest
    from ..models.veo_video_1080p_envelope import VeoVideo1080PEnvelope
    from ..models.veo_video_task import VeoVideoTask

_LIST = Operation(
    "veo_video.list_veo_videos",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "veo_video.batch_get_veo_videos",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "veo_video.start_veo_video",
    "start",
    family="veo_video",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "generation_type": ("body", "generationType"),
        "image_urls": ("body", "imageUrls"),
        "model": ("body", "model"),
        "aspect_ratio": ("body", "aspectRatio"),
        "watermark": ("body", "watermark"),
        "seeds": ("body", "seeds"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=("webhook_url",),
    enums={
        "generation_type": (
            "TEXT_2_VIDEO",
            "FIRST_AND_LAST_FRAMES_2_VIDEO",
            "REFERENCE_2_VIDEO",
        ),
        "model": ("veo3", "veo3_fast"),
        "aspect_ratio": ("16:9", "9:16", "Auto"),
    },
)
_GET = Operation(
    "veo_video.get_veo_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "veo_video.delete_veo_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_GET_1080_P = Operation(
    "veo_video.get_veo_video_1080_p",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class VeoVideoResource(SyncResource):
    """Veo Video: 6 operations."""

    @property
    def with_raw_response(self) -> VeoVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return VeoVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[VeoVideoTask]:
        """List Veo video tasks.

        Pages through the caller's Veo video tasks; `count` is the total over all pages. The page is
        typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listVeoVideos`: GET /api/v1/veoVideo/allRecords
        """
        return cast("Iterator[VeoVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[VeoVideoTask]: ...
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
    ) -> builtins.list[VeoVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[VeoVideoTask]:
        """Read several Veo video tasks at once.

        Returns the Veo video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetVeoVideos`: POST /api/v1/veoVideo/batchDetail
        """
        return cast(
            "builtins.list[VeoVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[VeoVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[VeoVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[VeoVideoTask]:
        """Make a video with Veo 3.1.

        Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a
        last frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images
        (REFERENCE_2_VIDEO, 1-3 images). `prompt` must be sent but may be empty, in which case A2E
        substitutes a stock prompt. Only 16:9 videos can later be fetched in 1080p with
        getVeoVideo1080p. Follow it with getVeoVideo (family `veo_video`). The answer is typed from
        A2E's other video families (A2E publishes no schema for it). The ratio is sent as the
        catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio` instead, which is
        not declared.

        Args:
            name: A name for the task; A2E makes one up when it is left out.
            prompt: What the video should show. Must be present but may be empty, in which case A2E
                uses a stock prompt.
            generation_type: From the prompt alone, from a first (and optionally last) frame, or
                from reference images.
            image_urls: Image addresses; 1-2 frames for FIRST_AND_LAST_FRAMES_2_VIDEO, 1-3
                references for REFERENCE_2_VIDEO.
            model: The Veo model; veo3_fast is quicker, veo3 the full model.
            aspect_ratio: Shape of the video; only 16:9 videos have a 1080p version.
            watermark: Text to stamp on the video as a watermark, if wanted.
            seeds: Random seed, from 10000 to 99999, to make a result repeatable.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startVeoVideo`: POST /api/v1/veoVideo/start
        """
        return cast("Task[VeoVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> VeoVideoTask:
        """Read one Veo video task.

        Returns one Veo video task: its status, the video once completed, and the failure reason
        once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVeoVideo`: GET /api/v1/veoVideo/{_id}
        """
        return cast("VeoVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Veo video task.

        Removes a Veo video task from the caller's records. A2E only marks the record as deleted (a
        soft delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVeoVideo`: DELETE /api/v1/veoVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    def get_1080_p(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Envelope | VeoVideo1080PEnvelope:
        """Get the 1080p version of a Veo video.

        Returns the address of the 1080p rendition of a completed Veo video. Only videos made in
        16:9 have one: other aspect ratios are refused with 400. While A2E is still producing the
        1080p file it answers 202 with no video; ask again later. Not one of the family's task
        operations. The shape of `data` is inferred (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVeoVideo1080p`: GET /api/v1/veoVideo/{_id}/1080p
        """
        return cast(
            "Envelope | VeoVideo1080PEnvelope", self._request(_GET_1080_P, (), locals())
        )

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[VeoVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[VeoVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[VeoVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[VeoVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[VeoVideoTask]:
        """The veo_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[VeoVideoTask]", self._task("veo_video", id))


class AsyncVeoVideoResource(AsyncResource):
    """Veo Video: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncVeoVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncVeoVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[VeoVideoTask]:
        """List Veo video tasks.

        Pages through the caller's Veo video tasks; `count` is the total over all pages. The page is
        typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listVeoVideos`: GET /api/v1/veoVideo/allRecords
        """
        return cast("AsyncIterator[VeoVideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[VeoVideoTask]: ...
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
    ) -> builtins.list[VeoVideoTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[VeoVideoTask]:
        """Read several Veo video tasks at once.

        Returns the Veo video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetVeoVideos`: POST /api/v1/veoVideo/batchDetail
        """
        return cast(
            "builtins.list[VeoVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[VeoVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[VeoVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[VeoVideoTask]:
        """Make a video with Veo 3.1.

        Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a
        last frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images
        (REFERENCE_2_VIDEO, 1-3 images). `prompt` must be sent but may be empty, in which case A2E
        substitutes a stock prompt. Only 16:9 videos can later be fetched in 1080p with
        getVeoVideo1080p. Follow it with getVeoVideo (family `veo_video`). The answer is typed from
        A2E's other video families (A2E publishes no schema for it). The ratio is sent as the
        catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio` instead, which is
        not declared.

        Args:
            name: A name for the task; A2E makes one up when it is left out.
            prompt: What the video should show. Must be present but may be empty, in which case A2E
                uses a stock prompt.
            generation_type: From the prompt alone, from a first (and optionally last) frame, or
                from reference images.
            image_urls: Image addresses; 1-2 frames for FIRST_AND_LAST_FRAMES_2_VIDEO, 1-3
                references for REFERENCE_2_VIDEO.
            model: The Veo model; veo3_fast is quicker, veo3 the full model.
            aspect_ratio: Shape of the video; only 16:9 videos have a 1080p version.
            watermark: Text to stamp on the video as a watermark, if wanted.
            seeds: Random seed, from 10000 to 99999, to make a result repeatable.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startVeoVideo`: POST /api/v1/veoVideo/start
        """
        return cast(
            "AsyncTask[VeoVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> VeoVideoTask:
        """Read one Veo video task.

        Returns one Veo video task: its status, the video once completed, and the failure reason
        once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVeoVideo`: GET /api/v1/veoVideo/{_id}
        """
        return cast("VeoVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Veo video task.

        Removes a Veo video task from the caller's records. A2E only marks the record as deleted (a
        soft delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVeoVideo`: DELETE /api/v1/veoVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def get_1080_p(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Envelope | VeoVideo1080PEnvelope:
        """Get the 1080p version of a Veo video.

        Returns the address of the 1080p rendition of a completed Veo video. Only videos made in
        16:9 have one: other aspect ratios are refused with 400. While A2E is still producing the
        1080p file it answers 202 with no video; ask again later. Not one of the family's task
        operations. The shape of `data` is inferred (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVeoVideo1080p`: GET /api/v1/veoVideo/{_id}/1080p
        """
        return cast(
            "Envelope | VeoVideo1080PEnvelope",
            await self._arequest(_GET_1080_P, (), locals()),
        )

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[VeoVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[VeoVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[VeoVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[VeoVideoTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[VeoVideoTask]:
        """The veo_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[VeoVideoTask]", await self._atask("veo_video", id))


class VeoVideoResourceWithRawResponse(SyncResource):
    """Veo Video: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[VeoVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[VeoVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[VeoVideoTask]]:
        return cast(
            "RawResponse[builtins.list[VeoVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[VeoVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[VeoVideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[VeoVideoTask]]:
        return cast(
            "RawResponse[Task[VeoVideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[VeoVideoTask]:
        return cast("RawResponse[VeoVideoTask]", self._request(_GET, (), locals()))

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

    def get_1080_p(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Envelope | VeoVideo1080PEnvelope]:
        return cast(
            "RawResponse[Envelope | VeoVideo1080PEnvelope]",
            self._request(_GET_1080_P, (), locals()),
        )


class AsyncVeoVideoResourceWithRawResponse(AsyncResource):
    """Veo Video: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[VeoVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[VeoVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[VeoVideoTask]]:
        return cast(
            "RawResponse[builtins.list[VeoVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartVeoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[VeoVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartVeoVideoRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        generation_type: Literal[
            "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        ]
        | None = None,
        image_urls: Sequence[str] | None = None,
        model: Literal["veo3", "veo3_fast"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "Auto"] | None = None,
        watermark: str | None = None,
        seeds: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[VeoVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[VeoVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[VeoVideoTask]]",
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
    ) -> RawResponse[VeoVideoTask]:
        return cast(
            "RawResponse[VeoVideoTask]", await self._arequest(_GET, (), locals())
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

    async def get_1080_p(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Envelope | VeoVideo1080PEnvelope]:
        return cast(
            "RawResponse[Envelope | VeoVideo1080PEnvelope]",
            await self._arequest(_GET_1080_P, (), locals()),
        )
