"""The Wan Image to Video section: `client.wan_image_to_video`.

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
    from ..models.start_wan_30_video_request import StartWan30VideoRequest
    from ..models.start_wan_spicy_request import StartWanSpicyRequest
    from ..models.start_wan_video_request import StartWanVideoRequest
    from ..models.wan_30_video_start import Wan30VideoStart
    from ..models.wan_spicy_task import WanSpicyTask
    from ..models.wan_video_task import WanVideoTask

_LIST = Operation(
    "wan_image_to_video.list_wan_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "wan_image_to_video.batch_get_wan_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "wan_image_to_video.start_wan_video",
    "start",
    family="wan_video",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "duration": ("body", "duration"),
        "resolution": ("body", "resolution"),
        "ratio": ("body", "ratio"),
        "enable_prompt_expansion": ("body", "enable_prompt_expansion"),
        "multi_shots": ("body", "multi_shots"),
        "model": ("body", "model"),
        "task_type": ("body", "task_type"),
        "last_frame_url": ("body", "last_frame_url"),
        "first_clip_url": ("body", "first_clip_url"),
        "edit_video_url": ("body", "edit_video_url"),
        "reference_image_urls": ("body", "reference_image_urls"),
        "reference_media": ("body", "reference_media"),
        "seed": ("body", "seed"),
        "audio": ("body", "audio"),
        "audio_url": ("body", "audio_url"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=(
        "image_url",
        "last_frame_url",
        "first_clip_url",
        "edit_video_url",
        "reference_image_urls",
        "audio_url",
        "webhook_url",
    ),
    enums={
        "duration": (
            "2",
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
        "resolution": ("480p", "720p", "1080p"),
        "ratio": ("16:9", "9:16", "1:1", "4:3", "3:4"),
        "model": ("wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"),
        "task_type": (
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ),
    },
)
_GET = Operation(
    "wan_image_to_video.get_wan_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "wan_image_to_video.delete_wan_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_START_30 = Operation(
    "wan_image_to_video.start_wan_30_video",
    "data",
    family=None,
    arguments={
        "name": ("body", "name"),
        "model": ("body", "model"),
        "mode": ("body", "mode"),
        "input_": ("body", "input"),
        "parameters": ("body", "parameters"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("input_", "parameters"),
    urls=("webhook_url",),
    enums={
        "model": ("wan3.0-video", "wan3.0-video-prime"),
        "mode": ("text-to-video", "first-frame", "first-last-frames", "reference"),
    },
)
_LIST_SPICY = Operation(
    "wan_image_to_video.list_wan_spicy_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET_SPICY = Operation(
    "wan_image_to_video.batch_get_wan_spicy_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START_SPICY = Operation(
    "wan_image_to_video.start_wan_spicy",
    "start",
    family="wan_spicy",
    arguments={
        "model": ("body", "model"),
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "image_url": ("body", "image_url"),
        "audio_url": ("body", "audio_url"),
        "resolution": ("body", "resolution"),
        "duration": ("body", "duration"),
        "prompt_extend": ("body", "prompt_extend"),
        "seed": ("body", "seed"),
        "minor_suspected_skip": ("body", "minor_suspected_skip"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt", "image_url", "resolution", "duration"),
    urls=("image_url", "audio_url", "webhook_url"),
    enums={
        "model": ("wan2.7-i2v-spicy", "wan2.2-i2v-spicy"),
        "resolution": ("480p", "720p", "1080p"),
    },
)
_GET_SPICY = Operation(
    "wan_image_to_video.get_wan_spicy_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE_SPICY = Operation(
    "wan_image_to_video.delete_wan_spicy_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class WanImageToVideoResource(SyncResource):
    """Wan Image to Video: 11 operations."""

    @property
    def with_raw_response(self) -> WanImageToVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return WanImageToVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[WanVideoTask]:
        """List Wan video tasks.

        Pages through the caller's Wan video tasks; `count` is the total over all pages. The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanVideoTasks`: GET /api/v1/userWan25/allRecords
        """
        return cast("Iterator[WanVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[WanVideoTask]: ...
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
    ) -> builtins.list[WanVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[WanVideoTask]:
        """Read several Wan video tasks at once.

        Returns the Wan video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanVideoTasks`: POST /api/v1/userWan25/batchDetail
        """
        return cast(
            "builtins.list[WanVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[WanVideoTask]:
        """Make a Wan 2.5, 2.6 or 2.7 video.

        Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two
        Wan 2.6 models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts.
        wan2.7-i2v adds `task_type`: text_to_video (prompt only), first_frame (`image_url`),
        first_last_frame (`image_url` and `last_frame_url`), reference_image (1-5 `reference_media`,
        or the older `reference_image_urls`), video_extend (`first_clip_url`) and video_edit
        (`edit_video_url` plus up to 3 `reference_image_urls`). Allowed durations depend on the
        model and mode: 5 or 10 s on Wan 2.5; 5, 10 or 15 s on Wan 2.6 and on most Wan 2.7 modes;
        2-15 s for reference_image; 5-10 s for video_edit. The answer is typed from the family's
        other operations (A2E declares only an untyped object). Follow it with getWanVideoTask
        (family `wan_video`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Start image; needed for first_frame and first_last_frame.
            prompt: What the video shows.
            negative_prompt: What the video should avoid.
            duration: Length in seconds; Wan 2.5 accepts only 5 and 10 (see the operation for the
                other models).
            resolution: Output resolution.
            ratio: Aspect ratio; used only by Wan 2.7 text_to_video and reference_image.
            enable_prompt_expansion: Let a language model rewrite the prompt first.
            multi_shots: Cut the video into several shots; needs enable_prompt_expansion.
            model: Wan model; the 2.6 and 2.7 models need a VIP or Max account.
            task_type: Mode of wan2.7-i2v.
            last_frame_url: End image, for first_last_frame.
            first_clip_url: Clip to continue, for video_extend.
            edit_video_url: Video to change, for video_edit.
            reference_image_urls: Older way to pass reference images; also the up to 3 references of
                video_edit.
            reference_media: References for reference_image, in the order the prompt names them.
            seed: Fixes the randomness, to repeat a result.
            audio: Whether the video gets a soundtrack.
            audio_url: Soundtrack to use: WAV or MP3, 3 to 30 seconds, at most 15 MB.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanVideo`: POST /api/v1/userWan25/start
        """
        return cast("Task[WanVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WanVideoTask:
        """Read one Wan video task.

        Returns one Wan video task: its status, the video once completed, and the failure reason
        once failed. The fields are typed from A2E's other video families (A2E publishes no schema
        for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanVideoTask`: GET /api/v1/userWan25/{_id}
        """
        return cast("WanVideoTask", self._request(_GET, (), locals()))

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
        """Delete a Wan video task.

        Deletes a Wan video task record. A2E declares no schema for the answer; it is typed as the
        plain envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanVideoTask`: DELETE /api/v1/userWan25/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def start_30(
        self,
        *,
        input_: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan30VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Wan30VideoStart: ...
    @overload
    def start_30(
        self,
        *,
        body: StartWan30VideoRequest | Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        input_: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Wan30VideoStart: ...
    def start_30(self, *args: Any, **kwargs: Any) -> Wan30VideoStart:
        """Make a Wan 3.0 video.

        Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame,
        between a first and a last frame, or from references. References go in `input.media` and may
        be images, clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster
        and dearer than wan3.0-video. There is no negative prompt. A2E answers 503 when the provider
        or the Wan 3.0 prices are not set up on its side. A2E's catalog has no operation that reads,
        lists or deletes a Wan 3.0 task, and does not say that another family's operations do, so
        this is not a task family: pass `webhook_url` and wait for the `taskFinished` webhook. The
        answer's `data` is typed loosely from the other start operations (A2E declares only an
        untyped object).

        Args:
            name: A name for the task, chosen by the caller.
            model: Model; prime is faster and costs more.
            mode: How the video is made.
            input_: The prompt and the media files.
            parameters: Resolution, ratio, length and other output settings.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWan30Video`: POST /api/v1/userWan30/start
        """
        return cast("Wan30VideoStart", self._request(_START_30, args, kwargs))

    def list_spicy(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[WanSpicyTask]:
        """List Wan Spicy tasks.

        Pages through the caller's Wan Spicy tasks; `count` is the total over all pages. The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanSpicyTasks`: GET /api/v1/userWanSpicy/allRecords
        """
        return cast("Iterator[WanSpicyTask]", self._request(_LIST_SPICY, (), locals()))

    @overload
    def batch_get_spicy(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[WanSpicyTask]: ...
    @overload
    def batch_get_spicy(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[WanSpicyTask]: ...
    def batch_get_spicy(self, *args: Any, **kwargs: Any) -> builtins.list[WanSpicyTask]:
        """Read several Wan Spicy tasks at once.

        Returns the Wan Spicy tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanSpicyTasks`: POST /api/v1/userWanSpicy/batchDetail
        """
        return cast(
            "builtins.list[WanSpicyTask]", self._request(_BATCH_GET_SPICY, args, kwargs)
        )

    @overload
    def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanSpicyRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanSpicyTask]: ...
    @overload
    def start_spicy(
        self,
        *,
        body: StartWanSpicyRequest | Mapping[str, Any],
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: float | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[WanSpicyTask]: ...
    def start_spicy(self, *args: Any, **kwargs: Any) -> Task[WanSpicyTask]:
        """Animate an image with Wan Spicy.

        Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider
        (mulerouter.ai / carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or
        1080p and lasts 2 to 15 seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts
        5 or 8 seconds. The answer is typed from the family's other operations (A2E publishes no
        schema for it). Follow it with getWanSpicyTask (family `wan_spicy`).

        Args:
            model: Which Wan Spicy model to use.
            name: A name for the task, chosen by the caller.
            prompt: What happens in the video.
            negative_prompt: What the video should avoid (wan2.7 only).
            image_url: HTTPS address of the image to animate.
            audio_url: Soundtrack, WAV or MP3 (wan2.7 only).
            resolution: Output resolution: 720p or 1080p on wan2.7, 480p or 720p on wan2.2.
            duration: Length in seconds: 2 to 15 on wan2.7, 5 or 8 on wan2.2.
            prompt_extend: Let the model rewrite the prompt first.
            seed: Fixes the randomness, to repeat a result.
            minor_suspected_skip: Skip A2E's check for prompts that may involve minors.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanSpicy`: POST /api/v1/userWanSpicy/start
        """
        return cast("Task[WanSpicyTask]", self._request(_START_SPICY, args, kwargs))

    def get_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WanSpicyTask:
        """Read one Wan Spicy task.

        Returns one Wan Spicy task: its status, the video once completed, and the failure reason
        once failed. The fields are typed from A2E's other video families (A2E publishes no schema
        for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanSpicyTask`: GET /api/v1/userWanSpicy/{_id}
        """
        return cast("WanSpicyTask", self._request(_GET_SPICY, (), locals()))

    def delete_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a Wan Spicy task.

        Deletes a Wan Spicy task. A2E only marks the record as deleted (soft delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanSpicyTask`: DELETE /api/v1/userWanSpicy/{_id}
        """
        return self._request(_DELETE_SPICY, (), locals())

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[WanVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[WanVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[WanVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[WanVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[WanVideoTask]:
        """The wan_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[WanVideoTask]", self._task("wan_video", id))


class AsyncWanImageToVideoResource(AsyncResource):
    """Wan Image to Video: 11 operations."""

    @property
    def with_raw_response(self) -> AsyncWanImageToVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncWanImageToVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[WanVideoTask]:
        """List Wan video tasks.

        Pages through the caller's Wan video tasks; `count` is the total over all pages. The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanVideoTasks`: GET /api/v1/userWan25/allRecords
        """
        return cast("AsyncIterator[WanVideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[WanVideoTask]: ...
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
    ) -> builtins.list[WanVideoTask]: ...
    async def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[WanVideoTask]:
        """Read several Wan video tasks at once.

        Returns the Wan video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanVideoTasks`: POST /api/v1/userWan25/batchDetail
        """
        return cast(
            "builtins.list[WanVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[WanVideoTask]:
        """Make a Wan 2.5, 2.6 or 2.7 video.

        Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two
        Wan 2.6 models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts.
        wan2.7-i2v adds `task_type`: text_to_video (prompt only), first_frame (`image_url`),
        first_last_frame (`image_url` and `last_frame_url`), reference_image (1-5 `reference_media`,
        or the older `reference_image_urls`), video_extend (`first_clip_url`) and video_edit
        (`edit_video_url` plus up to 3 `reference_image_urls`). Allowed durations depend on the
        model and mode: 5 or 10 s on Wan 2.5; 5, 10 or 15 s on Wan 2.6 and on most Wan 2.7 modes;
        2-15 s for reference_image; 5-10 s for video_edit. The answer is typed from the family's
        other operations (A2E declares only an untyped object). Follow it with getWanVideoTask
        (family `wan_video`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Start image; needed for first_frame and first_last_frame.
            prompt: What the video shows.
            negative_prompt: What the video should avoid.
            duration: Length in seconds; Wan 2.5 accepts only 5 and 10 (see the operation for the
                other models).
            resolution: Output resolution.
            ratio: Aspect ratio; used only by Wan 2.7 text_to_video and reference_image.
            enable_prompt_expansion: Let a language model rewrite the prompt first.
            multi_shots: Cut the video into several shots; needs enable_prompt_expansion.
            model: Wan model; the 2.6 and 2.7 models need a VIP or Max account.
            task_type: Mode of wan2.7-i2v.
            last_frame_url: End image, for first_last_frame.
            first_clip_url: Clip to continue, for video_extend.
            edit_video_url: Video to change, for video_edit.
            reference_image_urls: Older way to pass reference images; also the up to 3 references of
                video_edit.
            reference_media: References for reference_image, in the order the prompt names them.
            seed: Fixes the randomness, to repeat a result.
            audio: Whether the video gets a soundtrack.
            audio_url: Soundtrack to use: WAV or MP3, 3 to 30 seconds, at most 15 MB.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanVideo`: POST /api/v1/userWan25/start
        """
        return cast(
            "AsyncTask[WanVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> WanVideoTask:
        """Read one Wan video task.

        Returns one Wan video task: its status, the video once completed, and the failure reason
        once failed. The fields are typed from A2E's other video families (A2E publishes no schema
        for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanVideoTask`: GET /api/v1/userWan25/{_id}
        """
        return cast("WanVideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a Wan video task.

        Deletes a Wan video task record. A2E declares no schema for the answer; it is typed as the
        plain envelope.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanVideoTask`: DELETE /api/v1/userWan25/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def start_30(
        self,
        *,
        input_: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan30VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Wan30VideoStart: ...
    @overload
    async def start_30(
        self,
        *,
        body: StartWan30VideoRequest | Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        input_: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Wan30VideoStart: ...
    async def start_30(self, *args: Any, **kwargs: Any) -> Wan30VideoStart:
        """Make a Wan 3.0 video.

        Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame,
        between a first and a last frame, or from references. References go in `input.media` and may
        be images, clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster
        and dearer than wan3.0-video. There is no negative prompt. A2E answers 503 when the provider
        or the Wan 3.0 prices are not set up on its side. A2E's catalog has no operation that reads,
        lists or deletes a Wan 3.0 task, and does not say that another family's operations do, so
        this is not a task family: pass `webhook_url` and wait for the `taskFinished` webhook. The
        answer's `data` is typed loosely from the other start operations (A2E declares only an
        untyped object).

        Args:
            name: A name for the task, chosen by the caller.
            model: Model; prime is faster and costs more.
            mode: How the video is made.
            input_: The prompt and the media files.
            parameters: Resolution, ratio, length and other output settings.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWan30Video`: POST /api/v1/userWan30/start
        """
        return cast("Wan30VideoStart", await self._arequest(_START_30, args, kwargs))

    def list_spicy(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[WanSpicyTask]:
        """List Wan Spicy tasks.

        Pages through the caller's Wan Spicy tasks; `count` is the total over all pages. The answer
        is typed from the family's other operations (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listWanSpicyTasks`: GET /api/v1/userWanSpicy/allRecords
        """
        return cast(
            "AsyncIterator[WanSpicyTask]", self._apages(_LIST_SPICY, (), locals())
        )

    @overload
    async def batch_get_spicy(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[WanSpicyTask]: ...
    @overload
    async def batch_get_spicy(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[WanSpicyTask]: ...
    async def batch_get_spicy(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[WanSpicyTask]:
        """Read several Wan Spicy tasks at once.

        Returns the Wan Spicy tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetWanSpicyTasks`: POST /api/v1/userWanSpicy/batchDetail
        """
        return cast(
            "builtins.list[WanSpicyTask]",
            await self._arequest(_BATCH_GET_SPICY, args, kwargs),
        )

    @overload
    async def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanSpicyRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanSpicyTask]: ...
    @overload
    async def start_spicy(
        self,
        *,
        body: StartWanSpicyRequest | Mapping[str, Any],
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: float | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[WanSpicyTask]: ...
    async def start_spicy(self, *args: Any, **kwargs: Any) -> AsyncTask[WanSpicyTask]:
        """Animate an image with Wan Spicy.

        Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider
        (mulerouter.ai / carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or
        1080p and lasts 2 to 15 seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts
        5 or 8 seconds. The answer is typed from the family's other operations (A2E publishes no
        schema for it). Follow it with getWanSpicyTask (family `wan_spicy`).

        Args:
            model: Which Wan Spicy model to use.
            name: A name for the task, chosen by the caller.
            prompt: What happens in the video.
            negative_prompt: What the video should avoid (wan2.7 only).
            image_url: HTTPS address of the image to animate.
            audio_url: Soundtrack, WAV or MP3 (wan2.7 only).
            resolution: Output resolution: 720p or 1080p on wan2.7, 480p or 720p on wan2.2.
            duration: Length in seconds: 2 to 15 on wan2.7, 5 or 8 on wan2.2.
            prompt_extend: Let the model rewrite the prompt first.
            seed: Fixes the randomness, to repeat a result.
            minor_suspected_skip: Skip A2E's check for prompts that may involve minors.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startWanSpicy`: POST /api/v1/userWanSpicy/start
        """
        return cast(
            "AsyncTask[WanSpicyTask]", await self._arequest(_START_SPICY, args, kwargs)
        )

    async def get_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WanSpicyTask:
        """Read one Wan Spicy task.

        Returns one Wan Spicy task: its status, the video once completed, and the failure reason
        once failed. The fields are typed from A2E's other video families (A2E publishes no schema
        for this answer).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getWanSpicyTask`: GET /api/v1/userWanSpicy/{_id}
        """
        return cast("WanSpicyTask", await self._arequest(_GET_SPICY, (), locals()))

    async def delete_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a Wan Spicy task.

        Deletes a Wan Spicy task. A2E only marks the record as deleted (soft delete).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteWanSpicyTask`: DELETE /api/v1/userWanSpicy/{_id}
        """
        return await self._arequest(_DELETE_SPICY, (), locals())

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[WanVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[WanVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[WanVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[WanVideoTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[WanVideoTask]:
        """The wan_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[WanVideoTask]", await self._atask("wan_video", id))


class WanImageToVideoResourceWithRawResponse(SyncResource):
    """Wan Image to Video: 11 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[WanVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[WanVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanVideoTask]]:
        return cast(
            "RawResponse[builtins.list[WanVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanVideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[WanVideoTask]]:
        return cast(
            "RawResponse[Task[WanVideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[WanVideoTask]:
        return cast("RawResponse[WanVideoTask]", self._request(_GET, (), locals()))

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

    @overload
    def start_30(
        self,
        *,
        input_: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan30VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Wan30VideoStart]: ...
    @overload
    def start_30(
        self,
        *,
        body: StartWan30VideoRequest | Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        input_: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Wan30VideoStart]: ...
    def start_30(self, *args: Any, **kwargs: Any) -> RawResponse[Wan30VideoStart]:
        return cast(
            "RawResponse[Wan30VideoStart]", self._request(_START_30, args, kwargs)
        )

    def list_spicy(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_SPICY, (), locals()))

    @overload
    def batch_get_spicy(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[WanSpicyTask]]: ...
    @overload
    def batch_get_spicy(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[WanSpicyTask]]: ...
    def batch_get_spicy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanSpicyTask]]:
        return cast(
            "RawResponse[builtins.list[WanSpicyTask]]",
            self._request(_BATCH_GET_SPICY, args, kwargs),
        )

    @overload
    def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanSpicyRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanSpicyTask]]: ...
    @overload
    def start_spicy(
        self,
        *,
        body: StartWanSpicyRequest | Mapping[str, Any],
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: float | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[WanSpicyTask]]: ...
    def start_spicy(self, *args: Any, **kwargs: Any) -> RawResponse[Task[WanSpicyTask]]:
        return cast(
            "RawResponse[Task[WanSpicyTask]]", self._request(_START_SPICY, args, kwargs)
        )

    def get_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WanSpicyTask]:
        return cast(
            "RawResponse[WanSpicyTask]", self._request(_GET_SPICY, (), locals())
        )

    def delete_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE_SPICY, (), locals()))


class AsyncWanImageToVideoResourceWithRawResponse(AsyncResource):
    """Wan Image to Video: 11 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[WanVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[WanVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanVideoTask]]:
        return cast(
            "RawResponse[builtins.list[WanVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartWanVideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        duration: Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal[
            "wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"
        ]
        | None = None,
        task_type: Literal[
            "text_to_video",
            "first_frame",
            "first_last_frame",
            "reference_image",
            "video_extend",
            "video_edit",
        ]
        | None = None,
        last_frame_url: str | os.PathLike[str] | BinaryIO | None = None,
        first_clip_url: str | os.PathLike[str] | BinaryIO | None = None,
        edit_video_url: str | os.PathLike[str] | BinaryIO | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[WanVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[WanVideoTask]]",
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
    ) -> RawResponse[WanVideoTask]:
        return cast(
            "RawResponse[WanVideoTask]", await self._arequest(_GET, (), locals())
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

    @overload
    async def start_30(
        self,
        *,
        input_: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWan30VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Wan30VideoStart]: ...
    @overload
    async def start_30(
        self,
        *,
        body: StartWan30VideoRequest | Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] | None = None,
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"]
        | None = None,
        input_: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Wan30VideoStart]: ...
    async def start_30(self, *args: Any, **kwargs: Any) -> RawResponse[Wan30VideoStart]:
        return cast(
            "RawResponse[Wan30VideoStart]",
            await self._arequest(_START_30, args, kwargs),
        )

    async def list_spicy(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_LIST_SPICY, (), locals()))

    @overload
    async def batch_get_spicy(
        self,
        *,
        ids: Sequence[str],
        body: BatchDetailRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[WanSpicyTask]]: ...
    @overload
    async def batch_get_spicy(
        self,
        *,
        body: BatchDetailRequest | Mapping[str, Any],
        ids: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[WanSpicyTask]]: ...
    async def batch_get_spicy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[WanSpicyTask]]:
        return cast(
            "RawResponse[builtins.list[WanSpicyTask]]",
            await self._arequest(_BATCH_GET_SPICY, args, kwargs),
        )

    @overload
    async def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartWanSpicyRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanSpicyTask]]: ...
    @overload
    async def start_spicy(
        self,
        *,
        body: StartWanSpicyRequest | Mapping[str, Any],
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        audio_url: str | os.PathLike[str] | BinaryIO | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: float | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[WanSpicyTask]]: ...
    async def start_spicy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[WanSpicyTask]]:
        return cast(
            "RawResponse[AsyncTask[WanSpicyTask]]",
            await self._arequest(_START_SPICY, args, kwargs),
        )

    async def get_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WanSpicyTask]:
        return cast(
            "RawResponse[WanSpicyTask]", await self._arequest(_GET_SPICY, (), locals())
        )

    async def delete_spicy(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_DELETE_SPICY, (), locals())
        )
