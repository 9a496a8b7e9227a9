"""The Actor Swap section: `client.actor_swap`.

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

    from ..models.actor_swap_task import ActorSwapTask
    from ..models.batch_detail_request import BatchDetailRequest
    from ..models.start_actor_swap_request import StartActorSwapRequest

_LIST = Operation(
    "actor_swap.list_actor_swap_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "actor_swap.batch_get_actor_swap_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "actor_swap.start_actor_swap",
    "start",
    family="actor_swap",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "video_url": ("body", "video_url"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "timeout": ("body", "timeout"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_url", "video_url"),
    urls=("image_url", "video_url", "webhook_url"),
    enums={},
)
_GET = Operation(
    "actor_swap.get_actor_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "actor_swap.delete_actor_swap_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class ActorSwapResource(SyncResource):
    """Actor Swap: 5 operations."""

    @property
    def with_raw_response(self) -> ActorSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return ActorSwapResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[ActorSwapTask]:
        """List actor swap tasks.

        Pages through the caller's actor swap tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listActorSwapTasks`: GET /api/v1/actorSwap/allRecords
        """
        return cast("Iterator[ActorSwapTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[ActorSwapTask]: ...
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
    ) -> builtins.list[ActorSwapTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[ActorSwapTask]:
        """Read several actor swap tasks at once.

        Returns the actor swap tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetActorSwapTasks`: POST /api/v1/actorSwap/batchDetail
        """
        return cast(
            "builtins.list[ActorSwapTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ActorSwapTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[ActorSwapTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[ActorSwapTask]:
        """Replace the actor of a video.

        Starts replacing the person acting in `video_url` with the person of `image_url`, optionally
        steered by prompts. Follow it with getActorSwapTask (family `actor_swap`). The answer is
        typed from the family's other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Image of the person who takes over the role.
            video_url: Video whose actor is replaced; its movement drives the result.
            prompt: Optional text describing the wanted result.
            negative_prompt: Optional text describing what the result should avoid.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startActorSwap`: POST /api/v1/actorSwap/start
        """
        return cast("Task[ActorSwapTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> ActorSwapTask:
        """Read one actor swap task.

        Returns one actor swap task: its status, the video once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getActorSwapTask`: GET /api/v1/actorSwap/{_id}
        """
        return cast("ActorSwapTask", self._request(_GET, (), locals()))

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
        """Delete an actor swap task.

        Deletes an actor swap task record. A2E documents no conditions; other families refuse while
        the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteActorSwapTask`: DELETE /api/v1/actorSwap/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ActorSwapTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[ActorSwapTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[ActorSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[ActorSwapTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[ActorSwapTask]:
        """The actor_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[ActorSwapTask]", self._task("actor_swap", id))


class AsyncActorSwapResource(AsyncResource):
    """Actor Swap: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncActorSwapResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncActorSwapResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[ActorSwapTask]:
        """List actor swap tasks.

        Pages through the caller's actor swap tasks; `count` is the total over all pages. The page
        shape is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listActorSwapTasks`: GET /api/v1/actorSwap/allRecords
        """
        return cast("AsyncIterator[ActorSwapTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[ActorSwapTask]: ...
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
    ) -> builtins.list[ActorSwapTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[ActorSwapTask]:
        """Read several actor swap tasks at once.

        Returns the actor swap tasks whose ids are listed, in one request. Typed as a list of tasks
        (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetActorSwapTasks`: POST /api/v1/actorSwap/batchDetail
        """
        return cast(
            "builtins.list[ActorSwapTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ActorSwapTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[ActorSwapTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[ActorSwapTask]:
        """Replace the actor of a video.

        Starts replacing the person acting in `video_url` with the person of `image_url`, optionally
        steered by prompts. Follow it with getActorSwapTask (family `actor_swap`). The answer is
        typed from the family's other operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Image of the person who takes over the role.
            video_url: Video whose actor is replaced; its movement drives the result.
            prompt: Optional text describing the wanted result.
            negative_prompt: Optional text describing what the result should avoid.
            timeout: Seconds A2E may spend before giving up on the task.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startActorSwap`: POST /api/v1/actorSwap/start
        """
        return cast(
            "AsyncTask[ActorSwapTask]", await self._arequest(_START, args, kwargs)
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
    ) -> ActorSwapTask:
        """Read one actor swap task.

        Returns one actor swap task: its status, the video once completed and the reason once
        failed. The record's fields are inferred from A2E's other task families (A2E publishes no
        schema).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getActorSwapTask`: GET /api/v1/actorSwap/{_id}
        """
        return cast("ActorSwapTask", await self._arequest(_GET, (), locals()))

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
        """Delete an actor swap task.

        Deletes an actor swap task record. A2E documents no conditions; other families refuse while
        the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteActorSwapTask`: DELETE /api/v1/actorSwap/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ActorSwapTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[ActorSwapTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[ActorSwapTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[ActorSwapTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[ActorSwapTask]:
        """The actor_swap task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[ActorSwapTask]", await self._atask("actor_swap", id))


class ActorSwapResourceWithRawResponse(SyncResource):
    """Actor Swap: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ActorSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[ActorSwapTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ActorSwapTask]]:
        return cast(
            "RawResponse[builtins.list[ActorSwapTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ActorSwapTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[ActorSwapTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[ActorSwapTask]]:
        return cast(
            "RawResponse[Task[ActorSwapTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[ActorSwapTask]:
        return cast("RawResponse[ActorSwapTask]", self._request(_GET, (), locals()))

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


class AsyncActorSwapResourceWithRawResponse(AsyncResource):
    """Actor Swap: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[ActorSwapTask]]: ...
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
    ) -> RawResponse[builtins.list[ActorSwapTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[ActorSwapTask]]:
        return cast(
            "RawResponse[builtins.list[ActorSwapTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        video_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartActorSwapRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ActorSwapTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartActorSwapRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        timeout: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[ActorSwapTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[ActorSwapTask]]:
        return cast(
            "RawResponse[AsyncTask[ActorSwapTask]]",
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
    ) -> RawResponse[ActorSwapTask]:
        return cast(
            "RawResponse[ActorSwapTask]", await self._arequest(_GET, (), locals())
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
