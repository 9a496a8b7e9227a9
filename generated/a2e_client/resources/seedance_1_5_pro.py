"""The Seedance 1.5 Pro section: `client.seedance_1_5_pro`.

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

    from ..models.seedance_video_task import SeedanceVideoTask
    from ..models.start_seedance_video_request import StartSeedanceVideoRequest

_LIST_VIDEO = Operation(
    "seedance_1_5_pro.list_seedance_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START_VIDEO = Operation(
    "seedance_1_5_pro.start_seedance_video",
    "data",
    family=None,
    arguments={
        "name": ("body", "name"),
        "mode": ("body", "mode"),
        "prompt": ("body", "prompt"),
        "image_url": ("body", "image_url"),
        "end_image_url": ("body", "end_image_url"),
        "duration": ("body", "duration"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "resolution": ("body", "resolution"),
        "camera_fixed": ("body", "camera_fixed"),
        "generate_audio": ("body", "generate_audio"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=("image_url", "end_image_url", "webhook_url"),
    enums={
        "mode": ("text-to-video", "image-to-video"),
        "duration": ("5", "10"),
        "aspect_ratio": ("16:9", "9:16", "1:1"),
        "resolution": ("480p", "720p"),
    },
)


class Seedance15ProResource(SyncResource):
    """Seedance 1.5 Pro: 2 operations."""

    @property
    def with_raw_response(self) -> Seedance15ProResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return Seedance15ProResourceWithRawResponse(self._client)

    def list_video(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[SeedanceVideoTask]:
        """List Seedance 1.5 Pro video tasks.

        Pages through the caller's Seedance 1.5 Pro video tasks; `count` is the total over all
        pages. This is the only read A2E's catalog lists for the section, so it is also how a
        started task is followed (find it by `_id`). The page shape (`rows`, `count`) follows A2E's
        other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 20).

        `listSeedanceVideoTasks`: GET /api/v1/seedanceVideo/allRecords
        """
        return cast(
            "Iterator[SeedanceVideoTask]", self._request(_LIST_VIDEO, (), locals())
        )

    @overload
    def start_video(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedanceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> SeedanceVideoTask: ...
    @overload
    def start_video(
        self,
        *,
        body: StartSeedanceVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> SeedanceVideoTask: ...
    def start_video(self, *args: Any, **kwargs: Any) -> SeedanceVideoTask:
        """Generate a Seedance 1.5 Pro video.

        Starts a Seedance 1.5 Pro video (BytePlus ModelArk) from a prompt, from a first frame, or
        from a first and a last frame (`image_url` plus `end_image_url`). A2E's catalog lists no way
        to read one task of this section, so it is not declared as a task family: to follow the
        task, page through listSeedanceVideoTasks and pick the record by `_id`, or pass
        `webhook_url` to be called when it ends. The answer is typed as the new task, like A2E's
        other start operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: Prompt-only or animated from `image_url`; for a first-and-last-frame video use
                image-to-video and also send `end_image_url`.
            prompt: What the video should show.
            image_url: Address of the first frame; needed for image-to-video.
            end_image_url: Address of the closing frame, for first-and-last-frame videos.
            duration: Length of the video in seconds, sent as a string.
            aspect_ratio: Frame shape of the video.
            resolution: Output resolution.
            camera_fixed: Keep the camera still instead of letting it move.
            generate_audio: Also produce a soundtrack for the video.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSeedanceVideo`: POST /api/v1/seedanceVideo/start
        """
        return cast("SeedanceVideoTask", self._request(_START_VIDEO, args, kwargs))


class AsyncSeedance15ProResource(AsyncResource):
    """Seedance 1.5 Pro: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncSeedance15ProResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncSeedance15ProResourceWithRawResponse(self._client)

    def list_video(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[SeedanceVideoTask]:
        """List Seedance 1.5 Pro video tasks.

        Pages through the caller's Seedance 1.5 Pro video tasks; `count` is the total over all
        pages. This is the only read A2E's catalog lists for the section, so it is also how a
        started task is followed (find it by `_id`). The page shape (`rows`, `count`) follows A2E's
        other task lists (A2E publishes no schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page (A2E's default here is 20).

        `listSeedanceVideoTasks`: GET /api/v1/seedanceVideo/allRecords
        """
        return cast(
            "AsyncIterator[SeedanceVideoTask]", self._apages(_LIST_VIDEO, (), locals())
        )

    @overload
    async def start_video(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedanceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> SeedanceVideoTask: ...
    @overload
    async def start_video(
        self,
        *,
        body: StartSeedanceVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> SeedanceVideoTask: ...
    async def start_video(self, *args: Any, **kwargs: Any) -> SeedanceVideoTask:
        """Generate a Seedance 1.5 Pro video.

        Starts a Seedance 1.5 Pro video (BytePlus ModelArk) from a prompt, from a first frame, or
        from a first and a last frame (`image_url` plus `end_image_url`). A2E's catalog lists no way
        to read one task of this section, so it is not declared as a task family: to follow the
        task, page through listSeedanceVideoTasks and pick the record by `_id`, or pass
        `webhook_url` to be called when it ends. The answer is typed as the new task, like A2E's
        other start operations (A2E publishes no schema for it).

        Args:
            name: A name for the task, chosen by the caller.
            mode: Prompt-only or animated from `image_url`; for a first-and-last-frame video use
                image-to-video and also send `end_image_url`.
            prompt: What the video should show.
            image_url: Address of the first frame; needed for image-to-video.
            end_image_url: Address of the closing frame, for first-and-last-frame videos.
            duration: Length of the video in seconds, sent as a string.
            aspect_ratio: Frame shape of the video.
            resolution: Output resolution.
            camera_fixed: Keep the camera still instead of letting it move.
            generate_audio: Also produce a soundtrack for the video.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startSeedanceVideo`: POST /api/v1/seedanceVideo/start
        """
        return cast(
            "SeedanceVideoTask", await self._arequest(_START_VIDEO, args, kwargs)
        )


class Seedance15ProResourceWithRawResponse(SyncResource):
    """Seedance 1.5 Pro: 2 operations, answering the raw HTTP response."""

    _raw = True

    def list_video(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_VIDEO, (), locals()))

    @overload
    def start_video(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedanceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[SeedanceVideoTask]: ...
    @overload
    def start_video(
        self,
        *,
        body: StartSeedanceVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[SeedanceVideoTask]: ...
    def start_video(self, *args: Any, **kwargs: Any) -> RawResponse[SeedanceVideoTask]:
        return cast(
            "RawResponse[SeedanceVideoTask]", self._request(_START_VIDEO, args, kwargs)
        )


class AsyncSeedance15ProResourceWithRawResponse(AsyncResource):
    """Seedance 1.5 Pro: 2 operations, answering the raw HTTP response."""

    _raw = True

    async def list_video(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", await self._arequest(_LIST_VIDEO, (), locals()))

    @overload
    async def start_video(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartSeedanceVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[SeedanceVideoTask]: ...
    @overload
    async def start_video(
        self,
        *,
        body: StartSeedanceVideoRequest | Mapping[str, Any],
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video"] | None = None,
        prompt: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        camera_fixed: bool | None = None,
        generate_audio: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[SeedanceVideoTask]: ...
    async def start_video(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[SeedanceVideoTask]:
        return cast(
            "RawResponse[SeedanceVideoTask]",
            await self._arequest(_START_VIDEO, args, kwargs),
        )
