"""The Kling Omni section: `client.kling_omni`.

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
    from ..models.kling_omni_task import KlingOmniTask
    from ..models.rename_kling_omni_video_request import RenameKlingOmniVideoRequest
    from ..models.start_kling_omni_video_request import StartKlingOmniVideoRequest

_LIST = Operation(
    "kling_omni.list_kling_omni_videos",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "kling_omni.batch_get_kling_omni_videos",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "kling_omni.start_kling_omni_video",
    "start",
    family="kling_omni",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "image_list": ("body", "image_list"),
        "mode": ("body", "mode"),
        "duration": ("body", "duration"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "sound": ("body", "sound"),
        "multi_shot": ("body", "multi_shot"),
        "shot_type": ("body", "shot_type"),
        "multi_prompt": ("body", "multi_prompt"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=(),
    urls=("webhook_url",),
    enums={
        "mode": ("std", "pro"),
        "aspect_ratio": ("16:9", "9:16", "1:1"),
        "shot_type": ("intelligence", "customize"),
    },
)
_GET = Operation(
    "kling_omni.get_kling_omni_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_RENAME_VIDEO = Operation(
    "kling_omni.rename_kling_omni_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id"), "name": ("body", "name")},
    positional=("id",),
    required=("name",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "kling_omni.delete_kling_omni_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class KlingOmniResource(SyncResource):
    """Kling Omni: 6 operations."""

    @property
    def with_raw_response(self) -> KlingOmniResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return KlingOmniResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[KlingOmniTask]:
        """List Kling Omni video tasks.

        Pages through the caller's Kling Omni video tasks; `count` is the total over all pages. The
        page is typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listKlingOmniVideos`: GET /api/v1/klingOmni/allRecords
        """
        return cast("Iterator[KlingOmniTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[KlingOmniTask]: ...
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
    ) -> builtins.list[KlingOmniTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[KlingOmniTask]:
        """Read several Kling Omni video tasks at once.

        Returns the Kling Omni video tasks whose ids are listed, in one request; A2E takes at most
        200 ids per call. The answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingOmniVideos`: POST /api/v1/klingOmni/batchDetail
        """
        return cast(
            "builtins.list[KlingOmniTask]", self._request(_BATCH_GET, args, kwargs)
        )

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[KlingOmniTask]:
        """Make a video with Kling's omni model.

        Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
        `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With
        `multi_shot` the video is cut into several shots: `shot_type` intelligence lets the model
        plan them from `prompt`, customize takes a storyboard of one to six entries in
        `multi_prompt`. No field is required as such, but `prompt` is needed unless the shots come
        from a customized storyboard. Follow it with getKlingOmniVideo (family `kling_omni`). The
        answer is typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the video should show, naming reference images as <<<image_1>>>,
                <<<image_2>>>...; needed unless multi_shot is on with shot_type customize.
            image_list: Addresses of up to seven reference images.
            mode: std renders 720p, pro 1080p.
            duration: Length in seconds, from 3 to 15.
            aspect_ratio: Shape of the video.
            sound: Whether the model makes a soundtrack along with the video.
            multi_shot: Whether to cut the video into several shots.
            shot_type: How the shots are planned, by the model or from multi_prompt; needed when
                multi_shot is on.
            multi_prompt: The storyboard for shot_type customize, one entry per shot (one to six).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingOmniVideo`: POST /api/v1/klingOmni/start
        """
        return cast("Task[KlingOmniTask]", self._request(_START, (), locals()))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> KlingOmniTask:
        """Read one Kling Omni video task.

        Returns one Kling Omni video task: its status, the video once completed, and the failure
        reason once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getKlingOmniVideo`: GET /api/v1/klingOmni/{_id}
        """
        return cast("KlingOmniTask", self._request(_GET, (), locals()))

    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def rename_video(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Kling Omni video task.

        Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data`
        is left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The task's new name.

        `renameKlingOmniVideo`: PUT /api/v1/klingOmni/{_id}
        """
        return self._request(_RENAME_VIDEO, args, kwargs)

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
        """Delete a Kling Omni video task.

        Removes a Kling Omni video task from the caller's records. A2E only marks the record as
        deleted (a soft delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteKlingOmniVideo`: DELETE /api/v1/klingOmni/{_id}
        """
        return self._request(_DELETE, (), locals())

    def run(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[KlingOmniTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[KlingOmniTask]", self._run(_START, (), locals()))

    def task(self, id: str, /) -> Task[KlingOmniTask]:
        """The kling_omni task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[KlingOmniTask]", self._task("kling_omni", id))


class AsyncKlingOmniResource(AsyncResource):
    """Kling Omni: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncKlingOmniResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncKlingOmniResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[KlingOmniTask]:
        """List Kling Omni video tasks.

        Pages through the caller's Kling Omni video tasks; `count` is the total over all pages. The
        page is typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listKlingOmniVideos`: GET /api/v1/klingOmni/allRecords
        """
        return cast("AsyncIterator[KlingOmniTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[KlingOmniTask]: ...
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
    ) -> builtins.list[KlingOmniTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[KlingOmniTask]:
        """Read several Kling Omni video tasks at once.

        Returns the Kling Omni video tasks whose ids are listed, in one request; A2E takes at most
        200 ids per call. The answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingOmniVideos`: POST /api/v1/klingOmni/batchDetail
        """
        return cast(
            "builtins.list[KlingOmniTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[KlingOmniTask]:
        """Make a video with Kling's omni model.

        Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
        `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With
        `multi_shot` the video is cut into several shots: `shot_type` intelligence lets the model
        plan them from `prompt`, customize takes a storyboard of one to six entries in
        `multi_prompt`. No field is required as such, but `prompt` is needed unless the shots come
        from a customized storyboard. Follow it with getKlingOmniVideo (family `kling_omni`). The
        answer is typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the video should show, naming reference images as <<<image_1>>>,
                <<<image_2>>>...; needed unless multi_shot is on with shot_type customize.
            image_list: Addresses of up to seven reference images.
            mode: std renders 720p, pro 1080p.
            duration: Length in seconds, from 3 to 15.
            aspect_ratio: Shape of the video.
            sound: Whether the model makes a soundtrack along with the video.
            multi_shot: Whether to cut the video into several shots.
            shot_type: How the shots are planned, by the model or from multi_prompt; needed when
                multi_shot is on.
            multi_prompt: The storyboard for shot_type customize, one entry per shot (one to six).
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingOmniVideo`: POST /api/v1/klingOmni/start
        """
        return cast(
            "AsyncTask[KlingOmniTask]", await self._arequest(_START, (), locals())
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
    ) -> KlingOmniTask:
        """Read one Kling Omni video task.

        Returns one Kling Omni video task: its status, the video once completed, and the failure
        reason once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getKlingOmniVideo`: GET /api/v1/klingOmni/{_id}
        """
        return cast("KlingOmniTask", await self._arequest(_GET, (), locals()))

    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def rename_video(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Kling Omni video task.

        Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data`
        is left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The task's new name.

        `renameKlingOmniVideo`: PUT /api/v1/klingOmni/{_id}
        """
        return await self._arequest(_RENAME_VIDEO, args, kwargs)

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
        """Delete a Kling Omni video task.

        Removes a Kling Omni video task from the caller's records. A2E only marks the record as
        deleted (a soft delete) rather than erasing it.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteKlingOmniVideo`: DELETE /api/v1/klingOmni/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def run(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[KlingOmniTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[KlingOmniTask]", await self._arun(_START, (), locals()))

    async def task(self, id: str, /) -> AsyncTask[KlingOmniTask]:
        """The kling_omni task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[KlingOmniTask]", await self._atask("kling_omni", id))


class KlingOmniResourceWithRawResponse(SyncResource):
    """Kling Omni: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingOmniTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingOmniTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingOmniTask]]:
        return cast(
            "RawResponse[builtins.list[KlingOmniTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[KlingOmniTask]]:
        return cast(
            "RawResponse[Task[KlingOmniTask]]", self._request(_START, (), locals())
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
    ) -> RawResponse[KlingOmniTask]:
        return cast("RawResponse[KlingOmniTask]", self._request(_GET, (), locals()))

    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def rename_video(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_RENAME_VIDEO, args, kwargs))

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


class AsyncKlingOmniResourceWithRawResponse(AsyncResource):
    """Kling Omni: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingOmniTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingOmniTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingOmniTask]]:
        return cast(
            "RawResponse[builtins.list[KlingOmniTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[KlingOmniTask]]:
        return cast(
            "RawResponse[AsyncTask[KlingOmniTask]]",
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
    ) -> RawResponse[KlingOmniTask]:
        return cast(
            "RawResponse[KlingOmniTask]", await self._arequest(_GET, (), locals())
        )

    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def rename_video(
        self,
        id: str,
        /,
        *,
        body: RenameKlingOmniVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def rename_video(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_RENAME_VIDEO, args, kwargs)
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
