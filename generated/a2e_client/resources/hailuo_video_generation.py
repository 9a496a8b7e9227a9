"""The Hailuo Video Generation section: `client.hailuo_video_generation`.

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

    from ..models.hailuo_video_task import HailuoVideoTask
    from ..models.start_hailuo_video_request import StartHailuoVideoRequest

_LIST = Operation(
    "hailuo_video_generation.list_hailuo_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "hailuo_video_generation.start_hailuo_video",
    "start",
    family="hailuo_video",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "image_urls": ("body", "image_urls"),
        "image_url": ("body", "image_url"),
        "resolution": ("body", "resolution"),
        "duration": ("body", "duration"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=(),
    urls=("image_urls", "image_url", "webhook_url"),
    enums={"resolution": ("768P", "1080P"), "duration": ("6", "10")},
)
_GET = Operation(
    "hailuo_video_generation.get_hailuo_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "hailuo_video_generation.delete_hailuo_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class HailuoVideoGenerationResource(SyncResource):
    """Hailuo Video Generation: 4 operations."""

    @property
    def with_raw_response(self) -> HailuoVideoGenerationResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return HailuoVideoGenerationResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[HailuoVideoTask]:
        """List Hailuo video tasks.

        Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page
        shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listHailuoVideoTasks`: GET /api/v1/hailuoVideo/allRecords
        """
        return cast("Iterator[HailuoVideoTask]", self._request(_LIST, (), locals()))

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[HailuoVideoTask]:
        """Animate an image with Hailuo.

        Starts a Hailuo image-to-video task: the prompt and at least one image (`image_urls`, or
        `image_url`) are needed in practice, although A2E's schema marks no field required. Videos
        last 6 or 10 seconds; 1080P only for 6. Follow it with getHailuoVideoTask (family
        `hailuo_video`). The answer is typed as the new task, like A2E's other start operations (A2E
        declares only an empty object).

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the video should show; A2E's text calls it required.
            image_urls: Addresses of the source images; A2E's text asks for at least one (or
                `image_url`).
            image_url: A single source image, instead of `image_urls`.
            resolution: Output resolution; 1080P is not offered for 10-second videos.
            duration: Length of the video in seconds, sent as a string.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHailuoVideo`: POST /api/v1/hailuoVideo/start
        """
        return cast("Task[HailuoVideoTask]", self._request(_START, (), locals()))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> HailuoVideoTask:
        """Read one Hailuo video task.

        Returns one Hailuo video task: its status, the video address once completed, and the failure
        reason once failed. The record's fields are typed from the start request and A2E's other
        video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHailuoVideoTask`: GET /api/v1/hailuoVideo/{_id}
        """
        return cast("HailuoVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Hailuo video task.

        Removes a Hailuo video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHailuoVideoTask`: DELETE /api/v1/hailuoVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    def run(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[HailuoVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[HailuoVideoTask]", self._run(_START, (), locals()))

    def task(self, id: str, /) -> Task[HailuoVideoTask]:
        """The hailuo_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[HailuoVideoTask]", self._task("hailuo_video", id))


class AsyncHailuoVideoGenerationResource(AsyncResource):
    """Hailuo Video Generation: 4 operations."""

    @property
    def with_raw_response(self) -> AsyncHailuoVideoGenerationResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncHailuoVideoGenerationResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[HailuoVideoTask]:
        """List Hailuo video tasks.

        Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page
        shape (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 10).

        `listHailuoVideoTasks`: GET /api/v1/hailuoVideo/allRecords
        """
        return cast("AsyncIterator[HailuoVideoTask]", self._apages(_LIST, (), locals()))

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[HailuoVideoTask]:
        """Animate an image with Hailuo.

        Starts a Hailuo image-to-video task: the prompt and at least one image (`image_urls`, or
        `image_url`) are needed in practice, although A2E's schema marks no field required. Videos
        last 6 or 10 seconds; 1080P only for 6. Follow it with getHailuoVideoTask (family
        `hailuo_video`). The answer is typed as the new task, like A2E's other start operations (A2E
        declares only an empty object).

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the video should show; A2E's text calls it required.
            image_urls: Addresses of the source images; A2E's text asks for at least one (or
                `image_url`).
            image_url: A single source image, instead of `image_urls`.
            resolution: Output resolution; 1080P is not offered for 10-second videos.
            duration: Length of the video in seconds, sent as a string.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHailuoVideo`: POST /api/v1/hailuoVideo/start
        """
        return cast(
            "AsyncTask[HailuoVideoTask]", await self._arequest(_START, (), locals())
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
    ) -> HailuoVideoTask:
        """Read one Hailuo video task.

        Returns one Hailuo video task: its status, the video address once completed, and the failure
        reason once failed. The record's fields are typed from the start request and A2E's other
        video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHailuoVideoTask`: GET /api/v1/hailuoVideo/{_id}
        """
        return cast("HailuoVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Hailuo video task.

        Removes a Hailuo video task from the caller's records. A2E only marks it deleted (soft
        delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHailuoVideoTask`: DELETE /api/v1/hailuoVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def run(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[HailuoVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[HailuoVideoTask]", await self._arun(_START, (), locals())
        )

    async def task(self, id: str, /) -> AsyncTask[HailuoVideoTask]:
        """The hailuo_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[HailuoVideoTask]", await self._atask("hailuo_video", id))


class HailuoVideoGenerationResourceWithRawResponse(SyncResource):
    """Hailuo Video Generation: 4 operations, answering the raw HTTP response."""

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

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[HailuoVideoTask]]:
        return cast(
            "RawResponse[Task[HailuoVideoTask]]", self._request(_START, (), locals())
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
    ) -> RawResponse[HailuoVideoTask]:
        return cast("RawResponse[HailuoVideoTask]", self._request(_GET, (), locals()))

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


class AsyncHailuoVideoGenerationResourceWithRawResponse(AsyncResource):
    """Hailuo Video Generation: 4 operations, answering the raw HTTP response."""

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

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        duration: Literal["6", "10"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHailuoVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[HailuoVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[HailuoVideoTask]]",
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
    ) -> RawResponse[HailuoVideoTask]:
        return cast(
            "RawResponse[HailuoVideoTask]", await self._arequest(_GET, (), locals())
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
