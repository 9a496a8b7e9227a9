"""The Talking Photo section: `client.talking_photo`.

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
    from ..models.start_talking_photo_request import StartTalkingPhotoRequest
    from ..models.talking_photo_task import TalkingPhotoTask

_LIST = Operation(
    "talking_photo.list_talking_photo_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "talking_photo.batch_get_talking_photo_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "talking_photo.start_talking_photo",
    "start",
    family="talking_photo",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "audio_url": ("body", "audio_url"),
        "duration": ("body", "duration"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "image_url", "prompt", "negative_prompt"),
    urls=("image_url", "audio_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "talking_photo.get_talking_photo_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "talking_photo.delete_talking_photo_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class TalkingPhotoResource(SyncResource):
    """Talking Photo: 5 operations."""

    @property
    def with_raw_response(self) -> TalkingPhotoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return TalkingPhotoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[TalkingPhotoTask]:
        """List talking photo tasks.

        Pages through the caller's talking photo tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTalkingPhotoTasks`: GET /api/v1/talkingPhoto/allRecords
        """
        return cast("Iterator[TalkingPhotoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[TalkingPhotoTask]: ...
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
    ) -> builtins.list[TalkingPhotoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[TalkingPhotoTask]:
        """Read several talking photo tasks at once.

        Returns the talking photo tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTalkingPhotoTasks`: POST /api/v1/talkingPhoto/batchDetail
        """
        return cast(
            "builtins.list[TalkingPhotoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[TalkingPhotoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> Task[TalkingPhotoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[TalkingPhotoTask]:
        """Make a photo speak.

        Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow
        it with getTalkingPhotoTask (family `talking_photo`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            audio_url: Address of the audio to use.
            duration: Length of the result in seconds.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTalkingPhoto`: POST /api/v1/talkingPhoto/start
        """
        return cast("Task[TalkingPhotoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> TalkingPhotoTask:
        """Read one talking photo task.

        Returns one talking photo task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTalkingPhotoTask`: GET /api/v1/talkingPhoto/{_id}
        """
        return cast("TalkingPhotoTask", self._request(_GET, (), locals()))

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
        """Delete a talking photo task.

        Deletes a talking photo task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTalkingPhotoTask`: DELETE /api/v1/talkingPhoto/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[TalkingPhotoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> Task[TalkingPhotoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[TalkingPhotoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[TalkingPhotoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[TalkingPhotoTask]:
        """The talking_photo task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[TalkingPhotoTask]", self._task("talking_photo", id))


class AsyncTalkingPhotoResource(AsyncResource):
    """Talking Photo: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncTalkingPhotoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncTalkingPhotoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[TalkingPhotoTask]:
        """List talking photo tasks.

        Pages through the caller's talking photo tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTalkingPhotoTasks`: GET /api/v1/talkingPhoto/allRecords
        """
        return cast(
            "AsyncIterator[TalkingPhotoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[TalkingPhotoTask]: ...
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
    ) -> builtins.list[TalkingPhotoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[TalkingPhotoTask]:
        """Read several talking photo tasks at once.

        Returns the talking photo tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTalkingPhotoTasks`: POST /api/v1/talkingPhoto/batchDetail
        """
        return cast(
            "builtins.list[TalkingPhotoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[TalkingPhotoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> AsyncTask[TalkingPhotoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[TalkingPhotoTask]:
        """Make a photo speak.

        Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow
        it with getTalkingPhotoTask (family `talking_photo`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            audio_url: Address of the audio to use.
            duration: Length of the result in seconds.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTalkingPhoto`: POST /api/v1/talkingPhoto/start
        """
        return cast(
            "AsyncTask[TalkingPhotoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> TalkingPhotoTask:
        """Read one talking photo task.

        Returns one talking photo task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTalkingPhotoTask`: GET /api/v1/talkingPhoto/{_id}
        """
        return cast("TalkingPhotoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a talking photo task.

        Deletes a talking photo task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTalkingPhotoTask`: DELETE /api/v1/talkingPhoto/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[TalkingPhotoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> AsyncTask[TalkingPhotoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[TalkingPhotoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[TalkingPhotoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[TalkingPhotoTask]:
        """The talking_photo task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[TalkingPhotoTask]", await self._atask("talking_photo", id)
        )


class TalkingPhotoResourceWithRawResponse(SyncResource):
    """Talking Photo: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]: ...
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
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]:
        return cast(
            "RawResponse[builtins.list[TalkingPhotoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[TalkingPhotoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> RawResponse[Task[TalkingPhotoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[TalkingPhotoTask]]:
        return cast(
            "RawResponse[Task[TalkingPhotoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[TalkingPhotoTask]:
        return cast("RawResponse[TalkingPhotoTask]", self._request(_GET, (), locals()))

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


class AsyncTalkingPhotoResourceWithRawResponse(AsyncResource):
    """Talking Photo: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]: ...
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
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[TalkingPhotoTask]]:
        return cast(
            "RawResponse[builtins.list[TalkingPhotoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartTalkingPhotoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[TalkingPhotoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartTalkingPhotoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
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
    ) -> RawResponse[AsyncTask[TalkingPhotoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[TalkingPhotoTask]]:
        return cast(
            "RawResponse[AsyncTask[TalkingPhotoTask]]",
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
    ) -> RawResponse[TalkingPhotoTask]:
        return cast(
            "RawResponse[TalkingPhotoTask]", await self._arequest(_GET, (), locals())
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
