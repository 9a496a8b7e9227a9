"""The Kling Video section: `client.kling_video`.

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
    from ..models.kling_video_task import KlingVideoTask
    from ..models.rename_kling_video_request import RenameKlingVideoRequest
    from ..models.start_kling_video_request import StartKlingVideoRequest

_LIST = Operation(
    "kling_video.list_kling_videos",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "kling_video.batch_get_kling_videos",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "kling_video.start_kling_video",
    "start",
    family="kling_video",
    arguments={
        "name": ("body", "name"),
        "mode": ("body", "mode"),
        "prompt": ("body", "prompt"),
        "version": ("body", "version"),
        "model_version": ("body", "model_version"),
        "resolution": ("body", "resolution"),
        "quality_mode": ("body", "quality_mode"),
        "duration": ("body", "duration"),
        "image_url": ("body", "image_url"),
        "video_url": ("body", "video_url"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "sound": ("body", "sound"),
        "end_image_url": ("body", "end_image_url"),
        "character_orientation": ("body", "character_orientation"),
        "negative_prompt": ("body", "negative_prompt"),
        "seed": ("body", "seed"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("mode", "prompt"),
    urls=("image_url", "video_url", "end_image_url", "webhook_url"),
    enums={
        "mode": ("text-to-video", "image-to-video", "motion-control"),
        "version": ("2.6", "3.0"),
        "model_version": ("standard", "fast"),
        "resolution": ("720p", "1080p"),
        "quality_mode": ("std", "pro", "4k"),
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
        "aspect_ratio": ("16:9", "9:16", "1:1"),
        "character_orientation": ("video", "image"),
    },
)
_GET = Operation(
    "kling_video.get_kling_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_RENAME = Operation(
    "kling_video.rename_kling_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id"), "name": ("body", "name")},
    positional=("id",),
    required=("name",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "kling_video.delete_kling_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class KlingVideoResource(SyncResource):
    """Kling Video: 6 operations."""

    @property
    def with_raw_response(self) -> KlingVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return KlingVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[KlingVideoTask]:
        """List Kling video tasks.

        Pages through the caller's Kling video tasks; `count` is the total over all pages. The page
        is typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listKlingVideos`: GET /api/v1/klingVideo/allRecords
        """
        return cast("Iterator[KlingVideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[KlingVideoTask]: ...
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
    ) -> builtins.list[KlingVideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[KlingVideoTask]:
        """Read several Kling video tasks at once.

        Returns the Kling video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingVideos`: POST /api/v1/klingVideo/batchDetail
        """
        return cast(
            "builtins.list[KlingVideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[KlingVideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[KlingVideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[KlingVideoTask]:
        """Make a video with Kling.

        Starts a video through Kling's official API in one of three modes: text-to-video, image-to-
        video (animates `image_url`) or motion-control (animates `image_url` with the movement of
        `video_url`). Version 2.6 makes 5 or 10 second clips; version 3.0 makes 3 to 15 seconds and
        has a `fast` variant whose output size is set by `resolution`. Quality is std, pro or 4k.
        Follow it with getKlingVideo (family `kling_video`). The answer is typed from A2E's other
        video families (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: What the video is made from.
            prompt: What the video should show.
            version: Kling version; 2.6 allows 5 or 10 seconds, 3.0 from 3 to 15.
            model_version: Variant of version 3.0.
            resolution: Output size, for the fast variant.
            quality_mode: Quality tier.
            duration: Length in seconds, within what the chosen version allows.
            image_url: The image to animate; needed for image-to-video and motion-control.
            video_url: The video whose movement is copied; needed for motion-control.
            aspect_ratio: Shape of the video; used by text-to-video only.
            sound: Whether to generate a soundtrack with the video.
            end_image_url: Image the video should end on; image-to-video with the pro tier only.
            character_orientation: For motion-control, whether the character faces as in the video
                or as in the image.
            negative_prompt: What the video should avoid.
            seed: Random seed, to make a result repeatable.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingVideo`: POST /api/v1/klingVideo/start
        """
        return cast("Task[KlingVideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> KlingVideoTask:
        """Read one Kling video task.

        Returns one Kling video task: its status, the video once completed, and the failure reason
        once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getKlingVideo`: GET /api/v1/klingVideo/{_id}
        """
        return cast("KlingVideoTask", self._request(_GET, (), locals()))

    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        body: RenameKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def rename(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Kling video task.

        Gives a Kling video task a new name. A2E publishes no shape for the answer, so `data` is
        left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The task's new name.

        `renameKlingVideo`: PUT /api/v1/klingVideo/{_id}
        """
        return self._request(_RENAME, args, kwargs)

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
        """Delete a Kling video task.

        Removes a Kling video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteKlingVideo`: DELETE /api/v1/klingVideo/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[KlingVideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[KlingVideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[KlingVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[KlingVideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[KlingVideoTask]:
        """The kling_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[KlingVideoTask]", self._task("kling_video", id))


class AsyncKlingVideoResource(AsyncResource):
    """Kling Video: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncKlingVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncKlingVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[KlingVideoTask]:
        """List Kling video tasks.

        Pages through the caller's Kling video tasks; `count` is the total over all pages. The page
        is typed like A2E's other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Tasks per page.

        `listKlingVideos`: GET /api/v1/klingVideo/allRecords
        """
        return cast("AsyncIterator[KlingVideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[KlingVideoTask]: ...
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
    ) -> builtins.list[KlingVideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[KlingVideoTask]:
        """Read several Kling video tasks at once.

        Returns the Kling video tasks whose ids are listed, in one request. The answer is typed as a
        list of tasks (A2E publishes no schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetKlingVideos`: POST /api/v1/klingVideo/batchDetail
        """
        return cast(
            "builtins.list[KlingVideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[KlingVideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[KlingVideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[KlingVideoTask]:
        """Make a video with Kling.

        Starts a video through Kling's official API in one of three modes: text-to-video, image-to-
        video (animates `image_url`) or motion-control (animates `image_url` with the movement of
        `video_url`). Version 2.6 makes 5 or 10 second clips; version 3.0 makes 3 to 15 seconds and
        has a `fast` variant whose output size is set by `resolution`. Quality is std, pro or 4k.
        Follow it with getKlingVideo (family `kling_video`). The answer is typed from A2E's other
        video families (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: What the video is made from.
            prompt: What the video should show.
            version: Kling version; 2.6 allows 5 or 10 seconds, 3.0 from 3 to 15.
            model_version: Variant of version 3.0.
            resolution: Output size, for the fast variant.
            quality_mode: Quality tier.
            duration: Length in seconds, within what the chosen version allows.
            image_url: The image to animate; needed for image-to-video and motion-control.
            video_url: The video whose movement is copied; needed for motion-control.
            aspect_ratio: Shape of the video; used by text-to-video only.
            sound: Whether to generate a soundtrack with the video.
            end_image_url: Image the video should end on; image-to-video with the pro tier only.
            character_orientation: For motion-control, whether the character faces as in the video
                or as in the image.
            negative_prompt: What the video should avoid.
            seed: Random seed, to make a result repeatable.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startKlingVideo`: POST /api/v1/klingVideo/start
        """
        return cast(
            "AsyncTask[KlingVideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> KlingVideoTask:
        """Read one Kling video task.

        Returns one Kling video task: its status, the video once completed, and the failure reason
        once failed. Typed from A2E's other video families (A2E publishes no schema for it).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getKlingVideo`: GET /api/v1/klingVideo/{_id}
        """
        return cast("KlingVideoTask", await self._arequest(_GET, (), locals()))

    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        body: RenameKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def rename(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a Kling video task.

        Gives a Kling video task a new name. A2E publishes no shape for the answer, so `data` is
        left untyped.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The task's new name.

        `renameKlingVideo`: PUT /api/v1/klingVideo/{_id}
        """
        return await self._arequest(_RENAME, args, kwargs)

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
        """Delete a Kling video task.

        Removes a Kling video task from the caller's records.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteKlingVideo`: DELETE /api/v1/klingVideo/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[KlingVideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[KlingVideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[KlingVideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[KlingVideoTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[KlingVideoTask]:
        """The kling_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[KlingVideoTask]", await self._atask("kling_video", id))


class KlingVideoResourceWithRawResponse(SyncResource):
    """Kling Video: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingVideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingVideoTask]]:
        return cast(
            "RawResponse[builtins.list[KlingVideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[KlingVideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[KlingVideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[KlingVideoTask]]:
        return cast(
            "RawResponse[Task[KlingVideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[KlingVideoTask]:
        return cast("RawResponse[KlingVideoTask]", self._request(_GET, (), locals()))

    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        body: RenameKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def rename(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_RENAME, args, kwargs))

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


class AsyncKlingVideoResourceWithRawResponse(AsyncResource):
    """Kling Video: 6 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[KlingVideoTask]]: ...
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
    ) -> RawResponse[builtins.list[KlingVideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[KlingVideoTask]]:
        return cast(
            "RawResponse[builtins.list[KlingVideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[KlingVideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "motion-control"]
        | None = None,
        prompt: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal[
            "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
        | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        video_url: str | os.PathLike[str] | BinaryIO | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[KlingVideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[KlingVideoTask]]:
        return cast(
            "RawResponse[AsyncTask[KlingVideoTask]]",
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
    ) -> RawResponse[KlingVideoTask]:
        return cast(
            "RawResponse[KlingVideoTask]", await self._arequest(_GET, (), locals())
        )

    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameKlingVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        body: RenameKlingVideoRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def rename(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_RENAME, args, kwargs))

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
