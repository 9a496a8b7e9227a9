"""The Wan 2.6 R2V Flash section: `client.wan_2_6_r2v_flash`.

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
    from ..models.start_wan_reference_video_request import StartWanReferenceVideoRequest
    from ..models.wan_reference_video_task import WanReferenceVideoTask

_LIST = Operation(
    "wan_2_6_r2v_flash.list_wan_reference_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "wan_2_6_r2v_flash.batch_get_wan_reference_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "wan_2_6_r2v_flash.start_wan_reference_video",
    "start",
    family="wan_reference_video",
    arguments={
        "model": ("body", "model"),
        "name": ("body", "name"),
        "reference_urls": ("body", "reference_urls"),
        "prompt": ("body", "prompt"),
        "duration": ("body", "duration"),
        "resolution": ("body", "resolution"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "shot_type": ("body", "shot_type"),
        "audio": ("body", "audio"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("reference_urls", "prompt"),
    urls=("reference_urls", "webhook_url"),
    enums={
        "model": ("wan2.6-r2v-flash", "wan2.6-r2v"),
        "duration": ("5", "10"),
        "resolution": ("720p", "1080p"),
        "aspect_ratio": ("16:9", "9:16", "1:1", "4:3", "3:4"),
        "shot_type": ("single", "multi"),
    },
)
_GET = Operation(
    "wan_2_6_r2v_flash.get_wan_reference_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "wan_2_6_r2v_flash.delete_wan_reference_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class Wan26R2vFlashResource(SyncResource):
    """Wan 2.6 R2V Flash: 5 operations."""

    @property
    def with_raw_response(self) -> Wan26R2vFlashResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Wan26R2vFlashResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[WanReferenceVideoTask]:
        """List Wan 2.6 reference-to-video tasks.

        Pages through the caller's Wan 2.6 reference-to-video tasks; `count` is the total over all
        pages. The answer is typed from the family's other operations (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanReferenceVideoTasks`: GET /api/v1/userWan26R2V/allRecords
        """
        return cast(
            "Iterator[WanReferenceVideoTask]", self._request(_LIST, (), locals())
        )

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
    ) -> builtins.list[WanReferenceVideoTask]: ...
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
    ) -> builtins.list[WanReferenceVideoTask]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[WanReferenceVideoTask]:
        """Read several Wan 2.6 reference-to-video tasks at once.

        Returns the Wan 2.6 reference-to-video tasks whose ids are listed, in one request. The
        answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanReferenceVideoTasks`: POST /api/v1/userWan26R2V/batchDetail
        """
        return cast(
            "builtins.list[WanReferenceVideoTask]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanReferenceVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanReferenceVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[WanReferenceVideoTask]:
        """Make a Wan 2.6 video from references.

        Starts a Wan 2.6 video featuring the people or things shown in up to 5 reference images or
        clips (`reference_urls`); the prompt names them character1, character2 and so on, in the
        order given. wan2.6-r2v-flash (the default) is quicker and cheaper than wan2.6-r2v. The
        answer is typed from the family's other operations (A2E publishes no schema for it). Follow
        it with getWanReferenceVideoTask (family `wan_reference_video`).

        Args:
            model: Model; the flash one is faster and costs less.
            name: A name for the task, chosen by the caller.
            reference_urls: Addresses of the reference images or clips, at most 5.
            prompt: What the video shows; call the references character1, character2 and so on.
            duration: Length in seconds.
            resolution: Output resolution.
            aspect_ratio: Aspect ratio of the video.
            shot_type: One continuous shot, or several.
            audio: Whether the video gets a soundtrack.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanReferenceVideo`: POST /api/v1/userWan26R2V/start
        """
        return cast("Task[WanReferenceVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WanReferenceVideoTask:
        """Read one Wan 2.6 reference-to-video task.

        Returns one Wan 2.6 reference-to-video task: its status, the video once completed, and the
        failure reason once failed. The fields are typed from A2E's other video families (A2E
        publishes no schema for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanReferenceVideoTask`: GET /api/v1/userWan26R2V/{_id}
        """
        return cast("WanReferenceVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Wan 2.6 reference-to-video task.

        Deletes a Wan 2.6 reference-to-video task. A2E only marks the record as deleted (soft
        delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanReferenceVideoTask`: DELETE /api/v1/userWan26R2V/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[WanReferenceVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[WanReferenceVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[WanReferenceVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[WanReferenceVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[WanReferenceVideoTask]:
        """The wan_reference_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "Task[WanReferenceVideoTask]", self._task("wan_reference_video", id)
        )


class AsyncWan26R2vFlashResource(AsyncResource):
    """Wan 2.6 R2V Flash: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncWan26R2vFlashResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncWan26R2vFlashResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[WanReferenceVideoTask]:
        """List Wan 2.6 reference-to-video tasks.

        Pages through the caller's Wan 2.6 reference-to-video tasks; `count` is the total over all
        pages. The answer is typed from the family's other operations (A2E publishes no schema for
        it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanReferenceVideoTasks`: GET /api/v1/userWan26R2V/allRecords
        """
        return cast(
            "AsyncIterator[WanReferenceVideoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[WanReferenceVideoTask]: ...
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
    ) -> builtins.list[WanReferenceVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[WanReferenceVideoTask]:
        """Read several Wan 2.6 reference-to-video tasks at once.

        Returns the Wan 2.6 reference-to-video tasks whose ids are listed, in one request. The
        answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanReferenceVideoTasks`: POST /api/v1/userWan26R2V/batchDetail
        """
        return cast(
            "builtins.list[WanReferenceVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanReferenceVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanReferenceVideoTask]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> AsyncTask[WanReferenceVideoTask]:
        """Make a Wan 2.6 video from references.

        Starts a Wan 2.6 video featuring the people or things shown in up to 5 reference images or
        clips (`reference_urls`); the prompt names them character1, character2 and so on, in the
        order given. wan2.6-r2v-flash (the default) is quicker and cheaper than wan2.6-r2v. The
        answer is typed from the family's other operations (A2E publishes no schema for it). Follow
        it with getWanReferenceVideoTask (family `wan_reference_video`).

        Args:
            model: Model; the flash one is faster and costs less.
            name: A name for the task, chosen by the caller.
            reference_urls: Addresses of the reference images or clips, at most 5.
            prompt: What the video shows; call the references character1, character2 and so on.
            duration: Length in seconds.
            resolution: Output resolution.
            aspect_ratio: Aspect ratio of the video.
            shot_type: One continuous shot, or several.
            audio: Whether the video gets a soundtrack.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanReferenceVideo`: POST /api/v1/userWan26R2V/start
        """
        return cast(
            "AsyncTask[WanReferenceVideoTask]",
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
    ) -> WanReferenceVideoTask:
        """Read one Wan 2.6 reference-to-video task.

        Returns one Wan 2.6 reference-to-video task: its status, the video once completed, and the
        failure reason once failed. The fields are typed from A2E's other video families (A2E
        publishes no schema for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanReferenceVideoTask`: GET /api/v1/userWan26R2V/{_id}
        """
        return cast("WanReferenceVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Wan 2.6 reference-to-video task.

        Deletes a Wan 2.6 reference-to-video task. A2E only marks the record as deleted (soft
        delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanReferenceVideoTask`: DELETE /api/v1/userWan26R2V/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[WanReferenceVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[WanReferenceVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[WanReferenceVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[WanReferenceVideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[WanReferenceVideoTask]:
        """The wan_reference_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[WanReferenceVideoTask]",
            await self._atask("wan_reference_video", id),
        )


class Wan26R2vFlashResourceWithRawResponse(SyncResource):
    """Wan 2.6 R2V Flash: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]:
        return cast(
            "RawResponse[builtins.list[WanReferenceVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanReferenceVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanReferenceVideoTask]]: ...
    def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Task[WanReferenceVideoTask]]:
        return cast(
            "RawResponse[Task[WanReferenceVideoTask]]",
            self._request(_START, args, kwargs),
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
    ) -> RawResponse[WanReferenceVideoTask]:
        return cast(
            "RawResponse[WanReferenceVideoTask]", self._request(_GET, (), locals())
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


class AsyncWan26R2vFlashResourceWithRawResponse(AsyncResource):
    """Wan 2.6 R2V Flash: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanReferenceVideoTask]]:
        return cast(
            "RawResponse[builtins.list[WanReferenceVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        prompt: str,
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanReferenceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanReferenceVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWanReferenceVideoRequest | Mapping[str, Any],
        model: Literal["wan2.6-r2v-flash", "wan2.6-r2v"] | None = None,
        name: str | None = None,
        reference_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        prompt: str | None = None,
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        shot_type: Literal["single", "multi"] | None = None,
        audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanReferenceVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[WanReferenceVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[WanReferenceVideoTask]]",
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
    ) -> RawResponse[WanReferenceVideoTask]:
        return cast(
            "RawResponse[WanReferenceVideoTask]",
            await self._arequest(_GET, (), locals()),
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
