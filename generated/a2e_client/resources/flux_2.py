"""The Flux 2 section: `client.flux_2`.

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
    from ..models.flux_2_task import Flux2Task
    from ..models.start_flux_2_request import StartFlux2Request

_BATCH_GET = Operation(
    "flux_2.batch_get_flux_2_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_GET = Operation(
    "flux_2.get_flux_2_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "flux_2.list_flux_2_tasks",
    "page",
    family=None,
    arguments={
        "page": ("query", "page"),
        "page_size": ("query", "page_size"),
        "status": ("query", "status"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={"status": ("initialized", "processing", "completed", "failed")},
)
_START = Operation(
    "flux_2.start_flux_2",
    "start",
    family="flux_2",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "input_images": ("body", "input_images"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "resolution": ("body", "resolution"),
        "force_generate": ("body", "force_generate"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={
        "aspect_ratio": (
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ),
        "resolution": ("1K", "2K"),
    },
)
_DELETE = Operation(
    "flux_2.delete_flux_2_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class Flux2Resource(SyncResource):
    """Flux 2: 5 operations."""

    @property
    def with_raw_response(self) -> Flux2ResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Flux2ResourceWithRawResponse(self._client)

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
    ) -> builtins.list[Flux2Task]: ...
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
    ) -> builtins.list[Flux2Task]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Flux2Task]:
        """Read several Flux 2 tasks at once.

        Returns the Flux 2 Pro tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetFlux2Tasks`: POST /api/v1/userFlux2/batchDetail
        """
        return cast("builtins.list[Flux2Task]", self._request(_BATCH_GET, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Flux2Task:
        """Read one Flux 2 task.

        Returns one Flux 2 Pro task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startFlux2 returned it.

        `getFlux2Task`: GET /api/v1/userFlux2/detail/{id}
        """
        return cast("Flux2Task", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Flux2Task]:
        """List Flux 2 tasks.

        Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`,
        optionally only those in one status. A2E keeps tasks for 7 days. The page shape `{rows,
        count}` is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.
            status: Return only tasks in this status.

        `listFlux2Tasks`: GET /api/v1/userFlux2/list
        """
        return cast("Iterator[Flux2Task]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Flux2Task]: ...
    @overload
    def start(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Flux2Task]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[Flux2Task]:
        """Make or edit an image with Flux 2 Pro.

        Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images`
        is sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or
        pass `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks
        credits. A2E may also answer 200 when its content check flags the request as NSFW instead of
        starting it; `force_generate` decides whether it goes ahead anyway. The answer is typed as
        the family's task (A2E publishes no schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, or the change to make to the input images.
            input_images: Up to 8 addresses of reference images; sending any turns the task into an
                image-to-image edit.
            aspect_ratio: Shape of the output; `match_input_image` follows the input image's shape.
            resolution: Output size: 1K is about one megapixel, 2K about two.
            force_generate: Generate even when A2E's content check flags the request as NSFW; API
                callers normally leave it true.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startFlux2`: POST /api/v1/userFlux2/start
        """
        return cast("Task[Flux2Task]", self._request(_START, args, kwargs))

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
        """Delete a Flux 2 task.

        Removes a Flux 2 Pro task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteFlux2Task`: DELETE /api/v1/userFlux2/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Flux2Task]: ...
    @overload
    def run(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
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
    ) -> Task[Flux2Task]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[Flux2Task]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[Flux2Task]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[Flux2Task]:
        """The flux_2 task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[Flux2Task]", self._task("flux_2", id))


class AsyncFlux2Resource(AsyncResource):
    """Flux 2: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncFlux2ResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncFlux2ResourceWithRawResponse(self._client)

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
    ) -> builtins.list[Flux2Task]: ...
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
    ) -> builtins.list[Flux2Task]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Flux2Task]:
        """Read several Flux 2 tasks at once.

        Returns the Flux 2 Pro tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetFlux2Tasks`: POST /api/v1/userFlux2/batchDetail
        """
        return cast(
            "builtins.list[Flux2Task]", await self._arequest(_BATCH_GET, args, kwargs)
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
    ) -> Flux2Task:
        """Read one Flux 2 task.

        Returns one Flux 2 Pro task: its status, the image addresses once completed, and the reason
        once failed. A2E publishes no response schema for this family; the task shape is inferred
        from the start request and from the Nano Banana family, whose answers programs read.

        Args:
            id: The task's `_id`, as startFlux2 returned it.

        `getFlux2Task`: GET /api/v1/userFlux2/detail/{id}
        """
        return cast("Flux2Task", await self._arequest(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Flux2Task]:
        """List Flux 2 tasks.

        Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`,
        optionally only those in one status. A2E keeps tasks for 7 days. The page shape `{rows,
        count}` is assumed from A2E's other lists (A2E publishes no schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Tasks per page, at most 100.
            status: Return only tasks in this status.

        `listFlux2Tasks`: GET /api/v1/userFlux2/list
        """
        return cast("AsyncIterator[Flux2Task]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Flux2Task]: ...
    @overload
    async def start(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Flux2Task]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[Flux2Task]:
        """Make or edit an image with Flux 2 Pro.

        Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images`
        is sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or
        pass `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks
        credits. A2E may also answer 200 when its content check flags the request as NSFW instead of
        starting it; `force_generate` decides whether it goes ahead anyway. The answer is typed as
        the family's task (A2E publishes no schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What the image should show, or the change to make to the input images.
            input_images: Up to 8 addresses of reference images; sending any turns the task into an
                image-to-image edit.
            aspect_ratio: Shape of the output; `match_input_image` follows the input image's shape.
            resolution: Output size: 1K is about one megapixel, 2K about two.
            force_generate: Generate even when A2E's content check flags the request as NSFW; API
                callers normally leave it true.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startFlux2`: POST /api/v1/userFlux2/start
        """
        return cast("AsyncTask[Flux2Task]", await self._arequest(_START, args, kwargs))

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
        """Delete a Flux 2 task.

        Removes a Flux 2 Pro task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: The `_id` of the task to delete.

        `deleteFlux2Task`: DELETE /api/v1/userFlux2/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Flux2Task]: ...
    @overload
    async def run(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
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
    ) -> AsyncTask[Flux2Task]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[Flux2Task]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[Flux2Task]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[Flux2Task]:
        """The flux_2 task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[Flux2Task]", await self._atask("flux_2", id))


class Flux2ResourceWithRawResponse(SyncResource):
    """Flux 2: 5 operations, answering the raw HTTP response."""

    _raw = True

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
    ) -> RawResponse[builtins.list[Flux2Task]]: ...
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
    ) -> RawResponse[builtins.list[Flux2Task]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Flux2Task]]:
        return cast(
            "RawResponse[builtins.list[Flux2Task]]",
            self._request(_BATCH_GET, args, kwargs),
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
    ) -> RawResponse[Flux2Task]:
        return cast("RawResponse[Flux2Task]", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
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
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Flux2Task]]: ...
    @overload
    def start(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Flux2Task]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[Flux2Task]]:
        return cast("RawResponse[Task[Flux2Task]]", self._request(_START, args, kwargs))

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


class AsyncFlux2ResourceWithRawResponse(AsyncResource):
    """Flux 2: 5 operations, answering the raw HTTP response."""

    _raw = True

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
    ) -> RawResponse[builtins.list[Flux2Task]]: ...
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
    ) -> RawResponse[builtins.list[Flux2Task]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Flux2Task]]:
        return cast(
            "RawResponse[builtins.list[Flux2Task]]",
            await self._arequest(_BATCH_GET, args, kwargs),
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
    ) -> RawResponse[Flux2Task]:
        return cast("RawResponse[Flux2Task]", await self._arequest(_GET, (), locals()))

    async def list(
        self,
        *,
        page: int | None = None,
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
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartFlux2Request | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Flux2Task]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartFlux2Request | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "2:3",
            "3:2",
            "custom",
            "match_input_image",
        ]
        | None = None,
        resolution: Literal["1K", "2K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Flux2Task]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Flux2Task]]:
        return cast(
            "RawResponse[AsyncTask[Flux2Task]]",
            await self._arequest(_START, args, kwargs),
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
