"""The Talking Video section: `client.talking_video`.

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
    from ..models.start_talking_video_request import StartTalkingVideoRequest
    from ..models.talking_video_task import TalkingVideoTask

_LIST = Operation(
    "talking_video.list_talking_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "talking_video.batch_get_talking_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "talking_video.start_talking_video",
    "start",
    family="talking_video",
    arguments={
        "name": ("body", "name"),
        "video_url": ("body", "video_url"),
        "audio_url": ("body", "audio_url"),
        "duration": ("body", "duration"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "video_url", "prompt", "negative_prompt"),
    urls=("video_url", "audio_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "talking_video.get_talking_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "talking_video.delete_talking_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class TalkingVideoResource(SyncResource):
    """Talking Video: 5 operations."""

    @property
    def with_raw_response(self) -> TalkingVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return TalkingVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[TalkingVideoTask]:
        """List talking video tasks.

        Pages through the caller's talking video tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTalkingVideoTasks`: GET /api/v1/talkingVideo/allRecords
        """
        return cast("Iterator[TalkingVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[TalkingVideoTask]: ...
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
    ) -> builtins.list[TalkingVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[TalkingVideoTask]:
        """Read several talking video tasks at once.

        Returns the talking video tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTalkingVideoTasks`: POST /api/v1/talkingVideo/batchDetail
        """
        return cast(
            "builtins.list[TalkingVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[TalkingVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[TalkingVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[TalkingVideoTask]:
        """Make a video speak new audio.

        Starts re-animating the person in `video_url` to speak `audio_url`. Follow it with
        getTalkingVideoTask (family `talking_video`).

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Address of the input video.
            audio_url: Address of the audio to use.
            duration: Length of the result in seconds.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTalkingVideo`: POST /api/v1/talkingVideo/start
        """
        return cast("Task[TalkingVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> TalkingVideoTask:
        """Read one talking video task.

        Returns one talking video task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTalkingVideoTask`: GET /api/v1/talkingVideo/{_id}
        """
        return cast("TalkingVideoTask", self._request(_GET, (), locals()))

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
        """Delete a talking video task.

        Deletes a talking video task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTalkingVideoTask`: DELETE /api/v1/talkingVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[TalkingVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[TalkingVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[TalkingVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[TalkingVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[TalkingVideoTask]:
        """The talking_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[TalkingVideoTask]", self._task("talking_video", id))


class AsyncTalkingVideoResource(AsyncResource):
    """Talking Video: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncTalkingVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncTalkingVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[TalkingVideoTask]:
        """List talking video tasks.

        Pages through the caller's talking video tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTalkingVideoTasks`: GET /api/v1/talkingVideo/allRecords
        """
        return cast(
            "AsyncIterator[TalkingVideoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[TalkingVideoTask]: ...
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
    ) -> builtins.list[TalkingVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[TalkingVideoTask]:
        """Read several talking video tasks at once.

        Returns the talking video tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTalkingVideoTasks`: POST /api/v1/talkingVideo/batchDetail
        """
        return cast(
            "builtins.list[TalkingVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[TalkingVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[TalkingVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[TalkingVideoTask]:
        """Make a video speak new audio.

        Starts re-animating the person in `video_url` to speak `audio_url`. Follow it with
        getTalkingVideoTask (family `talking_video`).

        Args:
            name: A name for the task, chosen by the caller.
            video_url: Address of the input video.
            audio_url: Address of the audio to use.
            duration: Length of the result in seconds.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTalkingVideo`: POST /api/v1/talkingVideo/start
        """
        return cast(
            "AsyncTask[TalkingVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> TalkingVideoTask:
        """Read one talking video task.

        Returns one talking video task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTalkingVideoTask`: GET /api/v1/talkingVideo/{_id}
        """
        return cast("TalkingVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a talking video task.

        Deletes a talking video task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTalkingVideoTask`: DELETE /api/v1/talkingVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[TalkingVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[TalkingVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[TalkingVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[TalkingVideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[TalkingVideoTask]:
        """The talking_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[TalkingVideoTask]", await self._atask("talking_video", id)
        )


class TalkingVideoResourceWithRawResponse(SyncResource):
    """Talking Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[TalkingVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[TalkingVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[TalkingVideoTask]]:
        return cast(
            "RawResponse[builtins.list[TalkingVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[TalkingVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[TalkingVideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[TalkingVideoTask]]:
        return cast(
            "RawResponse[Task[TalkingVideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[TalkingVideoTask]:
        return cast("RawResponse[TalkingVideoTask]", self._request(_GET, (), locals()))

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


class AsyncTalkingVideoResourceWithRawResponse(AsyncResource):
    """Talking Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[TalkingVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[TalkingVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[TalkingVideoTask]]:
        return cast(
            "RawResponse[builtins.list[TalkingVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        video_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[TalkingVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartTalkingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[TalkingVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[TalkingVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[TalkingVideoTask]]",
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
    ) -> RawResponse[TalkingVideoTask]:
        return cast(
            "RawResponse[TalkingVideoTask]", await self._arequest(_GET, (), locals())
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
