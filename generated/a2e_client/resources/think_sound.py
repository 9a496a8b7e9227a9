"""The ThinkSound section: `client.think_sound`.

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
    from ..models.start_think_sound_request import StartThinkSoundRequest
    from ..models.think_sound_task import ThinkSoundTask

_LIST = Operation(
    "think_sound.list_think_sound_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "think_sound.batch_get_think_sound_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "think_sound.start_think_sound",
    "start",
    family="think_sound",
    arguments={
        "name": ("body", "name"),
        "video_url": ("body", "video_url"),
        "caption": ("body", "caption"),
        "cot_description": ("body", "cot_description"),
        "seed": ("body", "seed"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("video_url",),
    urls=("video_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "think_sound.get_think_sound_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "think_sound.delete_think_sound_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class ThinkSoundResource(SyncResource):
    """ThinkSound: 5 operations."""

    @property
    def with_raw_response(self) -> ThinkSoundResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return ThinkSoundResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[ThinkSoundTask]:
        """List ThinkSound tasks.

        Pages through the caller's ThinkSound tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listThinkSoundTasks`: GET /api/v1/thinkSound/allRecords
        """
        return cast("Iterator[ThinkSoundTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[ThinkSoundTask]: ...
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
    ) -> builtins.list[ThinkSoundTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[ThinkSoundTask]:
        """Read several ThinkSound tasks at once.

        Returns the ThinkSound tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetThinkSoundTasks`: POST /api/v1/thinkSound/batchDetail
        """
        return cast(
            "builtins.list[ThinkSoundTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ThinkSoundTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ThinkSoundTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[ThinkSoundTask]:
        """Generate sound for a video.

        Starts generating sound effects and ambience that fit what happens in `video_url`; `caption`
        and `cot_description` let the caller say what the sound should be. A 400 can mean the video
        format is not accepted. Follow it with getThinkSoundTask (family `think_sound`). The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Video to make sound for: an .mp4, .avi, .mov or .mkv file.
            caption: Short caption of the video or of the sound wanted.
            cot_description: Longer, step-by-step description of the sound to generate (the model's
                chain-of-thought input).
            seed: Random seed; the same seed and inputs repeat a result.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startThinkSound`: POST /api/v1/thinkSound/start
        """
        return cast("Task[ThinkSoundTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> ThinkSoundTask:
        """Read one ThinkSound task.

        Returns one ThinkSound task: its status, the result once completed and the reason once
        failed. The record's fields, `result_url` included, are inferred from A2E's other task
        families (A2E publishes no schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getThinkSoundTask`: GET /api/v1/thinkSound/{_id}
        """
        return cast("ThinkSoundTask", self._request(_GET, (), locals()))

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
        """Delete a ThinkSound task.

        Deletes a ThinkSound task record. A2E documents no conditions; other families refuse while
        the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteThinkSoundTask`: DELETE /api/v1/thinkSound/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ThinkSoundTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ThinkSoundTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[ThinkSoundTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[ThinkSoundTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[ThinkSoundTask]:
        """The think_sound task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[ThinkSoundTask]", self._task("think_sound", id))


class AsyncThinkSoundResource(AsyncResource):
    """ThinkSound: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncThinkSoundResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncThinkSoundResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[ThinkSoundTask]:
        """List ThinkSound tasks.

        Pages through the caller's ThinkSound tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.

        `listThinkSoundTasks`: GET /api/v1/thinkSound/allRecords
        """
        return cast("AsyncIterator[ThinkSoundTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[ThinkSoundTask]: ...
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
    ) -> builtins.list[ThinkSoundTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[ThinkSoundTask]:
        """Read several ThinkSound tasks at once.

        Returns the ThinkSound tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetThinkSoundTasks`: POST /api/v1/thinkSound/batchDetail
        """
        return cast(
            "builtins.list[ThinkSoundTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ThinkSoundTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ThinkSoundTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[ThinkSoundTask]:
        """Generate sound for a video.

        Starts generating sound effects and ambience that fit what happens in `video_url`; `caption`
        and `cot_description` let the caller say what the sound should be. A 400 can mean the video
        format is not accepted. Follow it with getThinkSoundTask (family `think_sound`). The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Video to make sound for: an .mp4, .avi, .mov or .mkv file.
            caption: Short caption of the video or of the sound wanted.
            cot_description: Longer, step-by-step description of the sound to generate (the model's
                chain-of-thought input).
            seed: Random seed; the same seed and inputs repeat a result.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startThinkSound`: POST /api/v1/thinkSound/start
        """
        return cast(
            "AsyncTask[ThinkSoundTask]", await self._arequest(_START, args, kwargs)
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
    ) -> ThinkSoundTask:
        """Read one ThinkSound task.

        Returns one ThinkSound task: its status, the result once completed and the reason once
        failed. The record's fields, `result_url` included, are inferred from A2E's other task
        families (A2E publishes no schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getThinkSoundTask`: GET /api/v1/thinkSound/{_id}
        """
        return cast("ThinkSoundTask", await self._arequest(_GET, (), locals()))

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
        """Delete a ThinkSound task.

        Deletes a ThinkSound task record. A2E documents no conditions; other families refuse while
        the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteThinkSoundTask`: DELETE /api/v1/thinkSound/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ThinkSoundTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ThinkSoundTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[ThinkSoundTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[ThinkSoundTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[ThinkSoundTask]:
        """The think_sound task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[ThinkSoundTask]", await self._atask("think_sound", id))


class ThinkSoundResourceWithRawResponse(SyncResource):
    """ThinkSound: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ThinkSoundTask]]: ...
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
    ) -> RawResponse[builtins.list[ThinkSoundTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ThinkSoundTask]]:
        return cast(
            "RawResponse[builtins.list[ThinkSoundTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ThinkSoundTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ThinkSoundTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[ThinkSoundTask]]:
        return cast(
            "RawResponse[Task[ThinkSoundTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[ThinkSoundTask]:
        return cast("RawResponse[ThinkSoundTask]", self._request(_GET, (), locals()))

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


class AsyncThinkSoundResourceWithRawResponse(AsyncResource):
    """ThinkSound: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ThinkSoundTask]]: ...
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
    ) -> RawResponse[builtins.list[ThinkSoundTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ThinkSoundTask]]:
        return cast(
            "RawResponse[builtins.list[ThinkSoundTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartThinkSoundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ThinkSoundTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartThinkSoundRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        caption: str | None = None,
        cot_description: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ThinkSoundTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[ThinkSoundTask]]:
        return cast(
            "RawResponse[AsyncTask[ThinkSoundTask]]",
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
    ) -> RawResponse[ThinkSoundTask]:
        return cast(
            "RawResponse[ThinkSoundTask]", await self._arequest(_GET, (), locals())
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
