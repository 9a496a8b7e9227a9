"""The HappyHorse Video section: `client.happy_horse_video`.

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
    from ..models.happy_horse_video_task import HappyHorseVideoTask
    from ..models.start_happy_horse_video_request import StartHappyHorseVideoRequest

_LIST = Operation(
    "happy_horse_video.list_happy_horse_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "happy_horse_video.batch_get_happy_horse_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "happy_horse_video.start_happy_horse_video",
    "start",
    family="happy_horse_video",
    arguments={
        "mode": ("body", "mode"),
        "name": ("body", "name"),
        "model_version": ("body", "model_version"),
        "prompt": ("body", "prompt"),
        "image_url": ("body", "image_url"),
        "reference_image_urls": ("body", "reference_image_urls"),
        "edit_video_url": ("body", "edit_video_url"),
        "input_video_seconds": ("body", "input_video_seconds"),
        "duration": ("body", "duration"),
        "resolution": ("body", "resolution"),
        "ratio": ("body", "ratio"),
        "audio_setting": ("body", "audio_setting"),
        "seed": ("body", "seed"),
        "watermark": ("body", "watermark"),
        "minor_suspected_skip": ("body", "minor_suspected_skip"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("mode",),
    urls=("image_url", "reference_image_urls", "edit_video_url", "webhook_url"),
    enums={
        "mode": ("t2v", "i2v", "r2v", "video-edit"),
        "model_version": ("1.0", "1.1"),
        "duration": (
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
        ),
        "resolution": ("480P", "720P", "1080P"),
        "ratio": ("16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"),
        "audio_setting": ("auto", "origin"),
    },
)
_GET = Operation(
    "happy_horse_video.get_happy_horse_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "happy_horse_video.delete_happy_horse_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class HappyHorseVideoResource(SyncResource):
    """HappyHorse Video: 5 operations."""

    @property
    def with_raw_response(self) -> HappyHorseVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return HappyHorseVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[HappyHorseVideoTask]:
        """List HappyHorse video tasks.

        Pages through the caller's HappyHorse video tasks; `count` is the total over all pages. The
        answer is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listHappyHorseVideoTasks`: GET /api/v1/userHappyhorseVideo/allRecords
        """
        return cast("Iterator[HappyHorseVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[HappyHorseVideoTask]: ...
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
    ) -> builtins.list[HappyHorseVideoTask]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[HappyHorseVideoTask]:
        """Read several HappyHorse video tasks at once.

        Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per
        call. The answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetHappyHorseVideoTasks`: POST /api/v1/userHappyhorseVideo/batchDetail
        """
        return cast(
            "builtins.list[HappyHorseVideoTask]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[HappyHorseVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[HappyHorseVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[HappyHorseVideoTask]:
        """Make a HappyHorse video.

        Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v
        from `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`,
        and video-edit of `edit_video_url` with up to 5 reference images. `prompt` is needed by
        every mode except i2v. `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out
        selects the legacy 1.0, the only version video-edit has. Version 1.0 takes durations of 5,
        10 or 15 seconds, 1.1 any value from 3 to 15, and only 1.1 renders 480P. The answer is typed
        from the family's other operations (A2E publishes no schema for it). Follow it with
        getHappyHorseVideoTask (family `happy_horse_video`).

        Args:
            mode: What to make: text to video, image to video, reference to video, or an edit of a
                video.
            name: A name for the task, chosen by the caller.
            model_version: HappyHorse version for t2v, i2v and r2v; video-edit always runs on 1.0.
            prompt: What the video shows; needed for t2v, r2v and video-edit.
            image_url: Image used as the first frame (i2v).
            reference_image_urls: Reference image addresses: 1 to 9 for r2v, up to 5 for video-edit.
            edit_video_url: Address of the video to edit (video-edit).
            input_video_seconds: Length of the input video in seconds, used to estimate the credits.
            duration: Length in seconds: 5, 10 or 15 on version 1.0, any of 3 to 15 on 1.1.
            resolution: Output resolution; 480P needs version 1.1.
            ratio: Aspect ratio; applies to t2v and r2v only.
            audio_setting: Sound of an edited video (video-edit only): generated, or kept from the
                input.
            seed: Fixes the randomness, to repeat a result.
            watermark: Whether DashScope stamps its watermark.
            minor_suspected_skip: Skip A2E's check for prompts that may involve minors.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHappyHorseVideo`: POST /api/v1/userHappyhorseVideo/start
        """
        return cast("Task[HappyHorseVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> HappyHorseVideoTask:
        """Read one HappyHorse video task.

        Returns one HappyHorse video task: its status, the video once completed, and the failure
        reason once failed. The fields are typed from A2E's other video families (A2E publishes no
        schema for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHappyHorseVideoTask`: GET /api/v1/userHappyhorseVideo/{_id}
        """
        return cast("HappyHorseVideoTask", self._request(_GET, (), locals()))

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
        """Delete a HappyHorse video task.

        Deletes a HappyHorse video task. A2E only marks the record as deleted (soft delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHappyHorseVideoTask`: DELETE /api/v1/userHappyhorseVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[HappyHorseVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[HappyHorseVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[HappyHorseVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[HappyHorseVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[HappyHorseVideoTask]:
        """The happy_horse_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[HappyHorseVideoTask]", self._task("happy_horse_video", id))


class AsyncHappyHorseVideoResource(AsyncResource):
    """HappyHorse Video: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncHappyHorseVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncHappyHorseVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[HappyHorseVideoTask]:
        """List HappyHorse video tasks.

        Pages through the caller's HappyHorse video tasks; `count` is the total over all pages. The
        answer is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listHappyHorseVideoTasks`: GET /api/v1/userHappyhorseVideo/allRecords
        """
        return cast(
            "AsyncIterator[HappyHorseVideoTask]", self._apages(_LIST, (), locals())
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
    ) -> builtins.list[HappyHorseVideoTask]: ...
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
    ) -> builtins.list[HappyHorseVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[HappyHorseVideoTask]:
        """Read several HappyHorse video tasks at once.

        Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per
        call. The answer is typed as a list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetHappyHorseVideoTasks`: POST /api/v1/userHappyhorseVideo/batchDetail
        """
        return cast(
            "builtins.list[HappyHorseVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[HappyHorseVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[HappyHorseVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[HappyHorseVideoTask]:
        """Make a HappyHorse video.

        Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v
        from `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`,
        and video-edit of `edit_video_url` with up to 5 reference images. `prompt` is needed by
        every mode except i2v. `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out
        selects the legacy 1.0, the only version video-edit has. Version 1.0 takes durations of 5,
        10 or 15 seconds, 1.1 any value from 3 to 15, and only 1.1 renders 480P. The answer is typed
        from the family's other operations (A2E publishes no schema for it). Follow it with
        getHappyHorseVideoTask (family `happy_horse_video`).

        Args:
            mode: What to make: text to video, image to video, reference to video, or an edit of a
                video.
            name: A name for the task, chosen by the caller.
            model_version: HappyHorse version for t2v, i2v and r2v; video-edit always runs on 1.0.
            prompt: What the video shows; needed for t2v, r2v and video-edit.
            image_url: Image used as the first frame (i2v).
            reference_image_urls: Reference image addresses: 1 to 9 for r2v, up to 5 for video-edit.
            edit_video_url: Address of the video to edit (video-edit).
            input_video_seconds: Length of the input video in seconds, used to estimate the credits.
            duration: Length in seconds: 5, 10 or 15 on version 1.0, any of 3 to 15 on 1.1.
            resolution: Output resolution; 480P needs version 1.1.
            ratio: Aspect ratio; applies to t2v and r2v only.
            audio_setting: Sound of an edited video (video-edit only): generated, or kept from the
                input.
            seed: Fixes the randomness, to repeat a result.
            watermark: Whether DashScope stamps its watermark.
            minor_suspected_skip: Skip A2E's check for prompts that may involve minors.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startHappyHorseVideo`: POST /api/v1/userHappyhorseVideo/start
        """
        return cast(
            "AsyncTask[HappyHorseVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> HappyHorseVideoTask:
        """Read one HappyHorse video task.

        Returns one HappyHorse video task: its status, the video once completed, and the failure
        reason once failed. The fields are typed from A2E's other video families (A2E publishes no
        schema for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getHappyHorseVideoTask`: GET /api/v1/userHappyhorseVideo/{_id}
        """
        return cast("HappyHorseVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a HappyHorse video task.

        Deletes a HappyHorse video task. A2E only marks the record as deleted (soft delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteHappyHorseVideoTask`: DELETE /api/v1/userHappyhorseVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[HappyHorseVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[HappyHorseVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[HappyHorseVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[HappyHorseVideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[HappyHorseVideoTask]:
        """The happy_horse_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[HappyHorseVideoTask]", await self._atask("happy_horse_video", id)
        )


class HappyHorseVideoResourceWithRawResponse(SyncResource):
    """HappyHorse Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]:
        return cast(
            "RawResponse[builtins.list[HappyHorseVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[HappyHorseVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[HappyHorseVideoTask]]: ...
    def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Task[HappyHorseVideoTask]]:
        return cast(
            "RawResponse[Task[HappyHorseVideoTask]]",
            self._request(_START, args, kwargs),
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
    ) -> RawResponse[HappyHorseVideoTask]:
        return cast(
            "RawResponse[HappyHorseVideoTask]", self._request(_GET, (), locals())
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


class AsyncHappyHorseVideoResourceWithRawResponse(AsyncResource):
    """HappyHorse Video: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[HappyHorseVideoTask]]:
        return cast(
            "RawResponse[builtins.list[HappyHorseVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartHappyHorseVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[HappyHorseVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartHappyHorseVideoRequest | Mapping[str, Any],
        mode: Literal["t2v", "i2v", "r2v", "video-edit"] | None = None,
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        input_video_seconds: float | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal[
            "16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"
        ]
        | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[HappyHorseVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[HappyHorseVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[HappyHorseVideoTask]]",
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
    ) -> RawResponse[HappyHorseVideoTask]:
        return cast(
            "RawResponse[HappyHorseVideoTask]", await self._arequest(_GET, (), locals())
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
