"""The Nano Banana section: `client.nano_banana`.

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
    from ..models.nano_banana_task import NanoBananaTask
    from ..models.start_nano_banana_request import StartNanoBananaRequest

_LIST = Operation(
    "nano_banana.list_nano_banana_tasks",
    "page",
    family=None,
    arguments={
        "page_num": ("query", "pageNum"),
        "page_size": ("query", "pageSize"),
        "status": ("query", "status"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={"status": ("initialized", "processing", "completed", "failed")},
)
_BATCH_GET = Operation(
    "nano_banana.batch_get_nano_banana_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "nano_banana.delete_nano_banana_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_GET = Operation(
    "nano_banana.get_nano_banana_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_GET_SHORT_PATH = Operation(
    "nano_banana.get_nano_banana_task_short_path",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "nano_banana.start_nano_banana",
    "start",
    family="nano_banana",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "model": ("body", "model"),
        "input_images": ("body", "input_images"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "image_size": ("body", "image_size"),
        "google_search": ("body", "google_search"),
        "force_generate": ("body", "force_generate"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={
        "model": (
            "nano-banana",
            "nano-banana-pro",
            "nano-banana-2",
            "nano-banana-2-lite",
        ),
        "aspect_ratio": (
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ),
        "image_size": ("1K", "2K", "4K"),
    },
)


class NanoBananaResource(SyncResource):
    """Nano Banana: 6 operations."""

    @property
    def with_raw_response(self) -> NanoBananaResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return NanoBananaResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[NanoBananaTask]:
        """List Nano Banana tasks.

        Pages through the caller's Nano Banana tasks, optionally only those in one status; `count`
        is the total over all pages. The page shape `{rows, count}` is assumed from A2E's other
        lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1 (send 1 for the first page).
            page_size: Records per page, at most 100 (A2E's pages default to 10).
            status: Return only tasks in this status.

        `listNanoBananaTasks`: GET /api/v1/userNanoBanana/allRecords
        """
        return cast("Iterator[NanoBananaTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[NanoBananaTask]: ...
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
    ) -> builtins.list[NanoBananaTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[NanoBananaTask]:
        """Read several Nano Banana tasks at once.

        Returns the Nano Banana tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetNanoBananaTasks`: POST /api/v1/userNanoBanana/batchDetail
        """
        return cast(
            "builtins.list[NanoBananaTask]", self._request(_BATCH_GET, args, kwargs)
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
    ) -> Any:
        """Delete a Nano Banana task.

        Removes a Nano Banana task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteNanoBananaTask`: DELETE /api/v1/userNanoBanana/delete/{id}
        """
        return self._request(_DELETE, (), locals())

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> NanoBananaTask:
        """Read one Nano Banana task.

        Returns one Nano Banana task: its status, the image addresses once completed, and the reason
        once failed. Use this GET (one program reports that POST here answers 404). Three programs
        poll the shorter `/api/v1/userNanoBanana/{id}` instead, kept as the deprecated
        getNanoBananaTaskShortPath. A2E publishes no response schema for this family; the task shape
        is inferred from the start request and from what programs read (`current_status`,
        `image_urls`, `failed_message`).

        Args:
            id: The task's `_id`, as startNanoBanana returned it.

        `getNanoBananaTask`: GET /api/v1/userNanoBanana/detail/{id}
        """
        return cast("NanoBananaTask", self._request(_GET, (), locals()))

    def get_short_path(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> NanoBananaTask:
        """Read one Nano Banana task (shorter path seen in programs).

        Unverified: A2E's catalog does not list this path, but three independent programs read Nano
        Banana tasks here, with the same answer as getNanoBananaTask. Prefer getNanoBananaTask.

        Args:
            id: The task's `_id`, as startNanoBanana returned it.

        `getNanoBananaTaskShortPath`: GET /api/v1/userNanoBanana/{id}
        """
        return cast("NanoBananaTask", self._request(_GET_SHORT_PATH, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[NanoBananaTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[NanoBananaTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[NanoBananaTask]:
        """Make or edit an image with Nano Banana.

        Queues a Nano Banana (Google Gemini image model) task that renders `prompt`, optionally from
        reference images, and answers with the new task at once. Follow it with getNanoBananaTask
        (family `nano_banana`) or pass `webhook_url`. A2E may also answer 200 when its content check
        flags the request as NSFW instead of starting it; `force_generate` decides whether it goes
        ahead anyway. The answer is typed as the family's task (A2E publishes no schema for it;
        programs read `data._id`).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, in words.
            model: Which Nano Banana variant renders the image.
            input_images: Addresses of reference images to build on (A2E's section note speaks of up
                to four); leave out to work from the prompt alone.
            aspect_ratio: Shape of the output; `auto` lets the model choose.
            image_size: Output size; nano-banana-pro and nano-banana-2 honour it, nano-banana-2-lite
                always renders 1K.
            google_search: Let the model ground the picture in Google search results; only nano-
                banana-2 uses it.
            force_generate: Generate even when A2E's content check flags the request as NSFW; API
                callers normally leave it true.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startNanoBanana`: POST /api/v1/userNanoBanana/start
        """
        return cast("Task[NanoBananaTask]", self._request(_START, args, kwargs))

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[NanoBananaTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[NanoBananaTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[NanoBananaTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[NanoBananaTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[NanoBananaTask]:
        """The nano_banana task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[NanoBananaTask]", self._task("nano_banana", id))


class AsyncNanoBananaResource(AsyncResource):
    """Nano Banana: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncNanoBananaResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncNanoBananaResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[NanoBananaTask]:
        """List Nano Banana tasks.

        Pages through the caller's Nano Banana tasks, optionally only those in one status; `count`
        is the total over all pages. The page shape `{rows, count}` is assumed from A2E's other
        lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1 (send 1 for the first page).
            page_size: Records per page, at most 100 (A2E's pages default to 10).
            status: Return only tasks in this status.

        `listNanoBananaTasks`: GET /api/v1/userNanoBanana/allRecords
        """
        return cast("AsyncIterator[NanoBananaTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[NanoBananaTask]: ...
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
    ) -> builtins.list[NanoBananaTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[NanoBananaTask]:
        """Read several Nano Banana tasks at once.

        Returns the Nano Banana tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetNanoBananaTasks`: POST /api/v1/userNanoBanana/batchDetail
        """
        return cast(
            "builtins.list[NanoBananaTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
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
    ) -> Any:
        """Delete a Nano Banana task.

        Removes a Nano Banana task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteNanoBananaTask`: DELETE /api/v1/userNanoBanana/delete/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> NanoBananaTask:
        """Read one Nano Banana task.

        Returns one Nano Banana task: its status, the image addresses once completed, and the reason
        once failed. Use this GET (one program reports that POST here answers 404). Three programs
        poll the shorter `/api/v1/userNanoBanana/{id}` instead, kept as the deprecated
        getNanoBananaTaskShortPath. A2E publishes no response schema for this family; the task shape
        is inferred from the start request and from what programs read (`current_status`,
        `image_urls`, `failed_message`).

        Args:
            id: The task's `_id`, as startNanoBanana returned it.

        `getNanoBananaTask`: GET /api/v1/userNanoBanana/detail/{id}
        """
        return cast("NanoBananaTask", await self._arequest(_GET, (), locals()))

    async def get_short_path(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> NanoBananaTask:
        """Read one Nano Banana task (shorter path seen in programs).

        Unverified: A2E's catalog does not list this path, but three independent programs read Nano
        Banana tasks here, with the same answer as getNanoBananaTask. Prefer getNanoBananaTask.

        Args:
            id: The task's `_id`, as startNanoBanana returned it.

        `getNanoBananaTaskShortPath`: GET /api/v1/userNanoBanana/{id}
        """
        return cast(
            "NanoBananaTask", await self._arequest(_GET_SHORT_PATH, (), locals())
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[NanoBananaTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[NanoBananaTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[NanoBananaTask]:
        """Make or edit an image with Nano Banana.

        Queues a Nano Banana (Google Gemini image model) task that renders `prompt`, optionally from
        reference images, and answers with the new task at once. Follow it with getNanoBananaTask
        (family `nano_banana`) or pass `webhook_url`. A2E may also answer 200 when its content check
        flags the request as NSFW instead of starting it; `force_generate` decides whether it goes
        ahead anyway. The answer is typed as the family's task (A2E publishes no schema for it;
        programs read `data._id`).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, in words.
            model: Which Nano Banana variant renders the image.
            input_images: Addresses of reference images to build on (A2E's section note speaks of up
                to four); leave out to work from the prompt alone.
            aspect_ratio: Shape of the output; `auto` lets the model choose.
            image_size: Output size; nano-banana-pro and nano-banana-2 honour it, nano-banana-2-lite
                always renders 1K.
            google_search: Let the model ground the picture in Google search results; only nano-
                banana-2 uses it.
            force_generate: Generate even when A2E's content check flags the request as NSFW; API
                callers normally leave it true.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startNanoBanana`: POST /api/v1/userNanoBanana/start
        """
        return cast(
            "AsyncTask[NanoBananaTask]", await self._arequest(_START, args, kwargs)
        )

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[NanoBananaTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[NanoBananaTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[NanoBananaTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[NanoBananaTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[NanoBananaTask]:
        """The nano_banana task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[NanoBananaTask]", await self._atask("nano_banana", id))


class NanoBananaResourceWithRawResponse(SyncResource):
    """Nano Banana: 6 operations, answering the raw HTTP response."""

    _raw = True

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
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
    ) -> RawResponse[builtins.list[NanoBananaTask]]: ...
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
    ) -> RawResponse[builtins.list[NanoBananaTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[NanoBananaTask]]:
        return cast(
            "RawResponse[builtins.list[NanoBananaTask]]",
            self._request(_BATCH_GET, args, kwargs),
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

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[NanoBananaTask]:
        return cast("RawResponse[NanoBananaTask]", self._request(_GET, (), locals()))

    def get_short_path(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[NanoBananaTask]:
        return cast(
            "RawResponse[NanoBananaTask]", self._request(_GET_SHORT_PATH, (), locals())
        )

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[NanoBananaTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[NanoBananaTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[NanoBananaTask]]:
        return cast(
            "RawResponse[Task[NanoBananaTask]]", self._request(_START, args, kwargs)
        )


class AsyncNanoBananaResourceWithRawResponse(AsyncResource):
    """Nano Banana: 6 operations, answering the raw HTTP response."""

    _raw = True

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
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
    ) -> RawResponse[builtins.list[NanoBananaTask]]: ...
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
    ) -> RawResponse[builtins.list[NanoBananaTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[NanoBananaTask]]:
        return cast(
            "RawResponse[builtins.list[NanoBananaTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
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

    async def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[NanoBananaTask]:
        return cast(
            "RawResponse[NanoBananaTask]", await self._arequest(_GET, (), locals())
        )

    async def get_short_path(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[NanoBananaTask]:
        return cast(
            "RawResponse[NanoBananaTask]",
            await self._arequest(_GET_SHORT_PATH, (), locals()),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartNanoBananaRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[NanoBananaTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartNanoBananaRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        model: Literal[
            "nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"
        ]
        | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "auto",
            "16:9",
            "1:1",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "4:5",
            "5:4",
            "21:9",
        ]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[NanoBananaTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[NanoBananaTask]]:
        return cast(
            "RawResponse[AsyncTask[NanoBananaTask]]",
            await self._arequest(_START, args, kwargs),
        )
