"""The Wan2.6 Image section: `client.wan_2_6_image`.

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
    from ..models.start_wan_26_image_request import StartWan26ImageRequest
    from ..models.wan_26_image_task import Wan26ImageTask

_BATCH_GET = Operation(
    "wan_2_6_image.batch_get_wan_26_image_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_GET = Operation(
    "wan_2_6_image.get_wan_26_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST = Operation(
    "wan_2_6_image.list_wan_26_image_tasks",
    "page",
    family=None,
    arguments={"page": ("query", "page"), "page_size": ("query", "page_size")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "wan_2_6_image.start_wan_26_image",
    "start",
    family="wan26_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "input_images": ("body", "input_images"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "negative_prompt": ("body", "negative_prompt"),
        "prompt_extend": ("body", "prompt_extend"),
        "force_generate": ("body", "force_generate"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "prompt"),
    urls=("webhook_url",),
    enums={"aspect_ratio": ("1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9")},
)
_DELETE = Operation(
    "wan_2_6_image.delete_wan_26_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class Wan26ImageResource(SyncResource):
    """Wan2.6 Image: 5 operations."""

    @property
    def with_raw_response(self) -> Wan26ImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Wan26ImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[Wan26ImageTask]: ...
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
    ) -> builtins.list[Wan26ImageTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Wan26ImageTask]:
        """Read several Wan2.6 image tasks at once.

        Returns the Wan2.6-Image tasks whose ids are listed. The answer is typed as a list of tasks
        (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWan26ImageTasks`: POST /api/v1/userWan26Image/batchDetail
        """
        return cast(
            "builtins.list[Wan26ImageTask]", self._request(_BATCH_GET, args, kwargs)
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
    ) -> Wan26ImageTask:
        """Read one Wan2.6 image task.

        Returns one Wan2.6-Image task: its status, the image addresses once completed, and the
        reason once failed. The answer is typed from the family's other operations and A2E's other
        image families (A2E publishes no response schema for it).

        Args:
            id: Id of the Wan2.6 Image task, as A2E returned it in `_id`.

        `getWan26ImageTask`: GET /api/v1/userWan26Image/detail/{id}
        """
        return cast("Wan26ImageTask", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Wan26ImageTask]:
        """List Wan2.6 image tasks.

        Pages through the caller's Wan2.6-Image tasks with `page` and `page_size`. The answer is
        typed as a page of `rows` with a `count`, like A2E's other lists (A2E publishes no response
        schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Records per page.

        `listWan26ImageTasks`: GET /api/v1/userWan26Image/list
        """
        return cast("Iterator[Wan26ImageTask]", self._request(_LIST, (), locals()))

    @overload
    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Wan26ImageTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Wan26ImageTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[Wan26ImageTask]:
        """Generate or edit images with Wan2.6.

        Starts a Wan2.6-Image job: a new image from a prompt, or an edit of up to four given images.
        It runs in the background: follow it with getWan26ImageTask (family `wan26_image`) or pass
        `webhook_url`. A2E also answers 200 when it flags the request as NSFW; that answer's shape
        is unknown, and `force_generate` appears to be the way to proceed anyway (unverified). The
        answer is typed from the family's other operations and A2E's other image families (A2E
        publishes no response schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What to draw or how to change the images (up to 2000 characters).
            input_images: Addresses of zero to four images to edit; leave out to generate from the
                prompt alone.
            aspect_ratio: Width-to-height ratio of the output.
            negative_prompt: What the images should avoid (up to 500 characters).
            prompt_extend: Let A2E rewrite the prompt to improve it.
            force_generate: Go ahead even when A2E would otherwise stop at a content warning
                (meaning inferred from the name).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWan26Image`: POST /api/v1/userWan26Image/start
        """
        return cast("Task[Wan26ImageTask]", self._request(_START, args, kwargs))

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
        """Delete a Wan2.6 image task.

        Removes a Wan2.6-Image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: Id of the Wan2.6 Image task, as A2E returned it in `_id`.

        `deleteWan26ImageTask`: DELETE /api/v1/userWan26Image/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Wan26ImageTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
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
    ) -> Task[Wan26ImageTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[Wan26ImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[Wan26ImageTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[Wan26ImageTask]:
        """The wan26_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[Wan26ImageTask]", self._task("wan26_image", id))


class AsyncWan26ImageResource(AsyncResource):
    """Wan2.6 Image: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncWan26ImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncWan26ImageResourceWithRawResponse(self._client)

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
    ) -> builtins.list[Wan26ImageTask]: ...
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
    ) -> builtins.list[Wan26ImageTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[Wan26ImageTask]:
        """Read several Wan2.6 image tasks at once.

        Returns the Wan2.6-Image tasks whose ids are listed. The answer is typed as a list of tasks
        (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWan26ImageTasks`: POST /api/v1/userWan26Image/batchDetail
        """
        return cast(
            "builtins.list[Wan26ImageTask]",
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
    ) -> Wan26ImageTask:
        """Read one Wan2.6 image task.

        Returns one Wan2.6-Image task: its status, the image addresses once completed, and the
        reason once failed. The answer is typed from the family's other operations and A2E's other
        image families (A2E publishes no response schema for it).

        Args:
            id: Id of the Wan2.6 Image task, as A2E returned it in `_id`.

        `getWan26ImageTask`: GET /api/v1/userWan26Image/detail/{id}
        """
        return cast("Wan26ImageTask", await self._arequest(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Wan26ImageTask]:
        """List Wan2.6 image tasks.

        Pages through the caller's Wan2.6-Image tasks with `page` and `page_size`. The answer is
        typed as a page of `rows` with a `count`, like A2E's other lists (A2E publishes no response
        schema for it).

        Args:
            page: Page to return, counted from 1.
            page_size: Records per page.

        `listWan26ImageTasks`: GET /api/v1/userWan26Image/list
        """
        return cast("AsyncIterator[Wan26ImageTask]", self._apages(_LIST, (), locals()))

    @overload
    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Wan26ImageTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Wan26ImageTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[Wan26ImageTask]:
        """Generate or edit images with Wan2.6.

        Starts a Wan2.6-Image job: a new image from a prompt, or an edit of up to four given images.
        It runs in the background: follow it with getWan26ImageTask (family `wan26_image`) or pass
        `webhook_url`. A2E also answers 200 when it flags the request as NSFW; that answer's shape
        is unknown, and `force_generate` appears to be the way to proceed anyway (unverified). The
        answer is typed from the family's other operations and A2E's other image families (A2E
        publishes no response schema for it).

        Args:
            name: A label for the task, chosen by the caller.
            prompt: What to draw or how to change the images (up to 2000 characters).
            input_images: Addresses of zero to four images to edit; leave out to generate from the
                prompt alone.
            aspect_ratio: Width-to-height ratio of the output.
            negative_prompt: What the images should avoid (up to 500 characters).
            prompt_extend: Let A2E rewrite the prompt to improve it.
            force_generate: Go ahead even when A2E would otherwise stop at a content warning
                (meaning inferred from the name).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWan26Image`: POST /api/v1/userWan26Image/start
        """
        return cast(
            "AsyncTask[Wan26ImageTask]", await self._arequest(_START, args, kwargs)
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
        """Delete a Wan2.6 image task.

        Removes a Wan2.6-Image task from the caller's records; A2E only marks it deleted (soft
        delete).

        Args:
            id: Id of the Wan2.6 Image task, as A2E returned it in `_id`.

        `deleteWan26ImageTask`: DELETE /api/v1/userWan26Image/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Wan26ImageTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
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
    ) -> AsyncTask[Wan26ImageTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[Wan26ImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[Wan26ImageTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[Wan26ImageTask]:
        """The wan26_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[Wan26ImageTask]", await self._atask("wan26_image", id))


class Wan26ImageResourceWithRawResponse(SyncResource):
    """Wan2.6 Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Wan26ImageTask]]: ...
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
    ) -> RawResponse[builtins.list[Wan26ImageTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Wan26ImageTask]]:
        return cast(
            "RawResponse[builtins.list[Wan26ImageTask]]",
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
    ) -> RawResponse[Wan26ImageTask]:
        return cast("RawResponse[Wan26ImageTask]", self._request(_GET, (), locals()))

    def list(
        self,
        *,
        page: int | None = None,
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
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Wan26ImageTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Wan26ImageTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[Wan26ImageTask]]:
        return cast(
            "RawResponse[Task[Wan26ImageTask]]", self._request(_START, args, kwargs)
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


class AsyncWan26ImageResourceWithRawResponse(AsyncResource):
    """Wan2.6 Image: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Wan26ImageTask]]: ...
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
    ) -> RawResponse[builtins.list[Wan26ImageTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Wan26ImageTask]]:
        return cast(
            "RawResponse[builtins.list[Wan26ImageTask]]",
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
    ) -> RawResponse[Wan26ImageTask]:
        return cast(
            "RawResponse[Wan26ImageTask]", await self._arequest(_GET, (), locals())
        )

    async def list(
        self,
        *,
        page: int | None = None,
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
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan26ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Wan26ImageTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWan26ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"]
        | None = None,
        negative_prompt: str | None = None,
        prompt_extend: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Wan26ImageTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Wan26ImageTask]]:
        return cast(
            "RawResponse[AsyncTask[Wan26ImageTask]]",
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
