"""The AI Dubbing section: `client.ai_dubbing`.

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

    from ..models.dubbing_task import DubbingTask
    from ..models.start_dubbing_request import StartDubbingRequest

_GET_STATUS = Operation(
    "ai_dubbing.list_processing_dubbing_tasks",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "ai_dubbing.list_dubbing_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "ai_dubbing.start_dubbing",
    "start",
    family="dubbing",
    arguments={
        "name": ("body", "name"),
        "source_url": ("body", "source_url"),
        "source_lang": ("body", "source_lang"),
        "target_lang": ("body", "target_lang"),
        "num_speakers": ("body", "num_speakers"),
        "drop_background_audio": ("body", "drop_background_audio"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("source_url",),
    urls=("source_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "ai_dubbing.get_dubbing_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "ai_dubbing.delete_dubbing_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class AiDubbingResource(SyncResource):
    """AI Dubbing: 5 operations."""

    @property
    def with_raw_response(self) -> AiDubbingResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AiDubbingResourceWithRawResponse(self._client)

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[DubbingTask]:
        """List dubbing tasks still running.

        The caller's dubbing tasks that have not finished yet.

        `listProcessingDubbingTasks`: GET /api/v1/userDubbing/allProcessing
        """
        return cast(
            "builtins.list[DubbingTask]", self._request(_GET_STATUS, (), locals())
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[DubbingTask]:
        """List dubbing tasks.

        Pages through the caller's dubbing tasks, newest first; `count` is the total over all pages.
        Programs that send no paging parameters read `data` as a bare list of tasks (unverified);
        the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listDubbingTasks`: GET /api/v1/userDubbing/allRecords
        """
        return cast("Iterator[DubbingTask]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[DubbingTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[DubbingTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[DubbingTask]:
        """Start dubbing a video or audio.

        Starts translating the speech at `source_url` into `target_lang`. A2E's catalog lists only
        the webhook fields of this body; the others are what clients send (uncertain). Follow it
        with getDubbingTask (family `dubbing`).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the source video or audio.
            source_lang: Language spoken in the source, or auto.
            target_lang: Language to dub into, such as en, zh, ar, ja, es, de or fr.
            num_speakers: How many people speak in the source.
            drop_background_audio: Leave out the background sound.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startDubbing`: POST /api/v1/userDubbing/startDubbing
        """
        return cast("Task[DubbingTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> DubbingTask:
        """Read one dubbing task.

        Returns one dubbing task: its status, its result once completed, and the failure reason once
        failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getDubbingTask`: GET /api/v1/userDubbing/{_id}
        """
        return cast("DubbingTask", self._request(_GET, (), locals()))

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
        """Delete a dubbing task.

        Deletes a dubbing task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteDubbingTask`: DELETE /api/v1/userDubbing/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[DubbingTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[DubbingTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[DubbingTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[DubbingTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[DubbingTask]:
        """The dubbing task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[DubbingTask]", self._task("dubbing", id))


class AsyncAiDubbingResource(AsyncResource):
    """AI Dubbing: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncAiDubbingResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncAiDubbingResourceWithRawResponse(self._client)

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[DubbingTask]:
        """List dubbing tasks still running.

        The caller's dubbing tasks that have not finished yet.

        `listProcessingDubbingTasks`: GET /api/v1/userDubbing/allProcessing
        """
        return cast(
            "builtins.list[DubbingTask]",
            await self._arequest(_GET_STATUS, (), locals()),
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[DubbingTask]:
        """List dubbing tasks.

        Pages through the caller's dubbing tasks, newest first; `count` is the total over all pages.
        Programs that send no paging parameters read `data` as a bare list of tasks (unverified);
        the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listDubbingTasks`: GET /api/v1/userDubbing/allRecords
        """
        return cast("AsyncIterator[DubbingTask]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[DubbingTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[DubbingTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[DubbingTask]:
        """Start dubbing a video or audio.

        Starts translating the speech at `source_url` into `target_lang`. A2E's catalog lists only
        the webhook fields of this body; the others are what clients send (uncertain). Follow it
        with getDubbingTask (family `dubbing`).

        Args:
            name: A name for the task, chosen by the caller.
            source_url: Address of the source video or audio.
            source_lang: Language spoken in the source, or auto.
            target_lang: Language to dub into, such as en, zh, ar, ja, es, de or fr.
            num_speakers: How many people speak in the source.
            drop_background_audio: Leave out the background sound.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startDubbing`: POST /api/v1/userDubbing/startDubbing
        """
        return cast(
            "AsyncTask[DubbingTask]", await self._arequest(_START, args, kwargs)
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
    ) -> DubbingTask:
        """Read one dubbing task.

        Returns one dubbing task: its status, its result once completed, and the failure reason once
        failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getDubbingTask`: GET /api/v1/userDubbing/{_id}
        """
        return cast("DubbingTask", await self._arequest(_GET, (), locals()))

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
        """Delete a dubbing task.

        Deletes a dubbing task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteDubbingTask`: DELETE /api/v1/userDubbing/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[DubbingTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[DubbingTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[DubbingTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[DubbingTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[DubbingTask]:
        """The dubbing task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[DubbingTask]", await self._atask("dubbing", id))


class AiDubbingResourceWithRawResponse(SyncResource):
    """AI Dubbing: 5 operations, answering the raw HTTP response."""

    _raw = True

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[DubbingTask]]:
        return cast(
            "RawResponse[builtins.list[DubbingTask]]",
            self._request(_GET_STATUS, (), locals()),
        )

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
    def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[DubbingTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[DubbingTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[DubbingTask]]:
        return cast(
            "RawResponse[Task[DubbingTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[DubbingTask]:
        return cast("RawResponse[DubbingTask]", self._request(_GET, (), locals()))

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


class AsyncAiDubbingResourceWithRawResponse(AsyncResource):
    """AI Dubbing: 5 operations, answering the raw HTTP response."""

    _raw = True

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[DubbingTask]]:
        return cast(
            "RawResponse[builtins.list[DubbingTask]]",
            await self._arequest(_GET_STATUS, (), locals()),
        )

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
    async def start(
        self,
        *,
        source_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartDubbingRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[DubbingTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartDubbingRequest | Mapping[str, Any],
        name: str | None = None,
        source_url: str | os.PathLike[str] | BinaryIO | None = None,
        source_lang: str | None = None,
        target_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[DubbingTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[DubbingTask]]:
        return cast(
            "RawResponse[AsyncTask[DubbingTask]]",
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
    ) -> RawResponse[DubbingTask]:
        return cast(
            "RawResponse[DubbingTask]", await self._arequest(_GET, (), locals())
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
