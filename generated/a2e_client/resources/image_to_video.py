"""The Image to Video section: `client.image_to_video`.

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
    from ..models.extend_flf_2v_prompt_request import ExtendFlf2VPromptRequest
    from ..models.extend_image_to_video_prompt_request import (
        ExtendImageToVideoPromptRequest,
    )
    from ..models.image_2_video_task import Image2VideoTask
    from ..models.start_image_2_video_request import StartImage2VideoRequest

_LIST = Operation(
    "image_to_video.list_image_to_video_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "image_to_video.batch_get_image_to_video_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "image_to_video.start_image_to_video",
    "start",
    family="image_to_video",
    arguments={
        "name": ("body", "name"),
        "image_url": ("body", "image_url"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "lora": ("body", "lora"),
        "model_type": ("body", "model_type"),
        "model_version": ("body", "model_version"),
        "end_image_url": ("body", "end_image_url"),
        "extend_prompt": ("body", "extend_prompt"),
        "number_of_images": ("body", "number_of_images"),
        "video_time": ("body", "video_time"),
        "video_length": ("body", "video_length"),
        "skip_face_enhance": ("body", "skip_face_enhance"),
        "mask_face": ("body", "mask_face"),
        "minor_suspected_skip": ("body", "minor_suspected_skip"),
        "negative_prmpt": ("body", "negative_prmpt"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("image_url",),
    urls=("image_url", "end_image_url", "webhook_url"),
    enums={
        "model_type": ("GENERAL", "FLF2V"),
        "model_version": ("a2e", "a2e-v2", "a2e-v2-flash"),
    },
)
_GET = Operation(
    "image_to_video.get_image_to_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "image_to_video.delete_image_to_video_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_GET_AVG_PROCESSING_TIME = Operation(
    "image_to_video.get_image_to_video_avg_processing_time",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_EXTEND_FLF_2_V_PROMPT = Operation(
    "image_to_video.extend_flf_2_v_prompt",
    "data",
    family=None,
    arguments={
        "reference_id": ("body", "reference_id"),
        "image_url": ("body", "image_url"),
        "end_image_url": ("body", "end_image_url"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "lang": ("body", "lang"),
        "max_length": ("body", "max_length"),
        "stream": ("body", "stream"),
    },
    positional=(),
    required=(
        "reference_id",
        "image_url",
        "end_image_url",
        "prompt",
        "negative_prompt",
    ),
    urls=("image_url", "end_image_url"),
    enums={},
)
_EXTEND_PROMPT = Operation(
    "image_to_video.extend_image_to_video_prompt",
    "data",
    family=None,
    arguments={
        "reference_id": ("body", "reference_id"),
        "image_url": ("body", "image_url"),
        "prompt": ("body", "prompt"),
        "negative_prompt": ("body", "negative_prompt"),
        "lang": ("body", "lang"),
        "max_length": ("body", "max_length"),
        "stream": ("body", "stream"),
        "template": ("body", "template"),
        "shot_count": ("body", "shot_count"),
        "with_audio": ("body", "with_audio"),
    },
    positional=(),
    required=("reference_id", "image_url", "prompt", "negative_prompt"),
    urls=("image_url",),
    enums={"template": ("default", "cinematic")},
)
_GET_UNLIMITED_QUEUE_LEVEL = Operation(
    "image_to_video.get_image_to_video_unlimited_queue_level",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_MARK_COPIED = Operation(
    "image_to_video.mark_image_to_video_copied",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_MARK_DOWNLOADED = Operation(
    "image_to_video.mark_image_to_video_downloaded",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_MARK_SHARED = Operation(
    "image_to_video.mark_image_to_video_shared",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class ImageToVideoResource(SyncResource):
    """Image to Video: 12 operations."""

    @property
    def with_raw_response(self) -> ImageToVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return ImageToVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Image2VideoTask]:
        """List image-to-video tasks.

        Pages through the caller's image-to-video tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listImageToVideoTasks`: GET /api/v1/userImage2Video/allRecords
        """
        return cast("Iterator[Image2VideoTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[Image2VideoTask]: ...
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
    ) -> builtins.list[Image2VideoTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Image2VideoTask]:
        """Read several image-to-video tasks at once.

        Returns the image-to-video tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetImageToVideoTasks`: POST /api/v1/userImage2Video/batchDetail
        """
        return cast(
            "builtins.list[Image2VideoTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Image2VideoTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Image2VideoTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[Image2VideoTask]:
        """Animate an image into a video.

        Starts a short video (5 to 20 seconds) made from `image_url`, guided by `prompt`; with
        model_type FLF2V it moves from `image_url` to `end_image_url`. Usually done within ten
        minutes. Follow it with getImageToVideoTask (family `image_to_video`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            lora: A motion preset; with one, the prompt may be left out.
            model_type: GENERAL animates one image; FLF2V goes from image_url to end_image_url.
            model_version: Model to use; left out, it depends on the caller's plan.
            end_image_url: Last frame, for model_type FLF2V.
            extend_prompt: Let A2E enrich the prompt.
            number_of_images: How many videos to make.
            video_time: Length in seconds: 5, 10, 15 or 20.
            video_length: Older length in frames; use video_time.
            skip_face_enhance: Skip making the face closer to the input.
            mask_face: Result of A2E's web app content check.
            minor_suspected_skip: Go on although the person may be a minor (A2E error 1004).
            negative_prmpt: The docs' spelling of negative_prompt, kept because the docs' field
                table names it so.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startImageToVideo`: POST /api/v1/userImage2Video/start
        """
        return cast("Task[Image2VideoTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Image2VideoTask:
        """Read one image-to-video task.

        Returns one image-to-video task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getImageToVideoTask`: GET /api/v1/userImage2Video/{_id}
        """
        return cast("Image2VideoTask", self._request(_GET, (), locals()))

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
        """Delete a image-to-video task.

        Deletes a image-to-video task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteImageToVideoTask`: DELETE /api/v1/userImage2Video/{_id}
        """
        return self._request(_DELETE, (), locals())

    def get_avg_processing_time(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read how long image-to-video tasks take on average.

        Returns A2E's current average processing time for image-to-video tasks, useful to set a
        polling deadline. A2E publishes neither the shape nor the unit of the answer, so `data` is
        left open.

        `getImageToVideoAvgProcessingTime`: GET /api/v1/userImage2Video/avgProcessingTime
        """
        return self._request(_GET_AVG_PROCESSING_TIME, (), locals())

    @overload
    def extend_flf_2_v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        end_image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def extend_flf_2_v_prompt(
        self,
        *,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def extend_flf_2_v_prompt(self, *args: Any, **kwargs: Any) -> Any:
        """Let A2E's LLM rewrite a first-to-last-frame prompt.

        Rewrites a prompt and negative prompt for an FLF2V video (from `image_url` to
        `end_image_url`) before it is started with startImageToVideo. With `stream` true, A2E
        answers with server-sent events instead of JSON; this typed client reads only the JSON
        answer. A2E publishes no schema for the answer, so `data` is left open.

        Args:
            reference_id: An id that A2E's catalog requires without explaining; its example is a
                24-hex record id.
            image_url: First frame of the planned video.
            end_image_url: Last frame of the planned video.
            prompt: The prompt to rewrite.
            negative_prompt: The negative prompt to rewrite.
            lang: Language to write the result in.
            max_length: Upper bound on the length of the result, in characters (a cap, not a
                target).
            stream: Answer with server-sent events instead of one JSON body.

        `extendFlf2vPrompt`: POST /api/v1/userImage2Video/flf2v_prompt_extension
        """
        return self._request(_EXTEND_FLF_2_V_PROMPT, args, kwargs)

    @overload
    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def extend_prompt(
        self,
        *,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def extend_prompt(self, *args: Any, **kwargs: Any) -> Any:
        """Let A2E's LLM rewrite an image-to-video prompt.

        Rewrites a prompt and negative prompt for a GENERAL image-to-video task before it is started
        with startImageToVideo; the `cinematic` template writes several shots and, optionally, an
        audio part. With `stream` true, A2E answers with server-sent events (delta, result, done,
        error) instead of JSON; this typed client reads only the JSON answer. A2E publishes no
        schema for the answer, so `data` is left open.

        Args:
            reference_id: An id that A2E's catalog requires without explaining; its example is a
                24-hex record id.
            image_url: The image the video will start from.
            prompt: The prompt to rewrite.
            negative_prompt: The negative prompt to rewrite.
            lang: Language to write the result in.
            max_length: Upper bound on the length of the result, in characters (a cap, not a
                target).
            stream: Answer with server-sent events (delta, result, done, error) instead of one JSON
                body.
            template: default rewrites the prompt as one shot; cinematic writes a film structure
                with numbered shots.
            shot_count: Number of shots for the cinematic template; A2E brings values outside 1-4
                into that range. Ignored by the default template.
            with_audio: Whether the cinematic template adds an audio part. Ignored by the default
                template.

        `extendImageToVideoPrompt`: POST /api/v1/userImage2Video/prompt_extension
        """
        return self._request(_EXTEND_PROMPT, args, kwargs)

    def get_unlimited_queue_level(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read the caller's unlimited-plan queue level.

        Returns the queue level of the caller's unlimited image-to-video plan. A2E documents nothing
        beyond the name: what the level means and the shape of the answer are unknown, so `data` is
        left open.

        `getImageToVideoUnlimitedQueueLevel`: GET /api/v1/userImage2Video/unlimitedQueueLevel
        """
        return self._request(_GET_UNLIMITED_QUEUE_LEVEL, (), locals())

    def mark_copied(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was copied.

        Tells A2E that the result of this image-to-video task was copied (a usage mark for A2E's
        statistics; the video itself is not touched). A2E publishes no schema for the answer, so
        `data` is left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoCopied`: POST /api/v1/userImage2Video/{_id}/markCopied
        """
        return self._request(_MARK_COPIED, (), locals())

    def mark_downloaded(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was downloaded.

        Tells A2E that the result of this image-to-video task was downloaded (a usage mark; the
        video itself is not touched). A2E publishes no schema for the answer, so `data` is left
        open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoDownloaded`: POST /api/v1/userImage2Video/{_id}/markDownloaded
        """
        return self._request(_MARK_DOWNLOADED, (), locals())

    def mark_shared(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was shared.

        Tells A2E that the result of this image-to-video task was shared (a usage mark; the video
        itself is not touched). A2E publishes no schema for the answer, so `data` is left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoShared`: POST /api/v1/userImage2Video/{_id}/markShared
        """
        return self._request(_MARK_SHARED, (), locals())

    @overload
    def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Image2VideoTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Image2VideoTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[Image2VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[Image2VideoTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[Image2VideoTask]:
        """The image_to_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[Image2VideoTask]", self._task("image_to_video", id))


class AsyncImageToVideoResource(AsyncResource):
    """Image to Video: 12 operations."""

    @property
    def with_raw_response(self) -> AsyncImageToVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncImageToVideoResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Image2VideoTask]:
        """List image-to-video tasks.

        Pages through the caller's image-to-video tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listImageToVideoTasks`: GET /api/v1/userImage2Video/allRecords
        """
        return cast("AsyncIterator[Image2VideoTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[Image2VideoTask]: ...
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
    ) -> builtins.list[Image2VideoTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[Image2VideoTask]:
        """Read several image-to-video tasks at once.

        Returns the image-to-video tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetImageToVideoTasks`: POST /api/v1/userImage2Video/batchDetail
        """
        return cast(
            "builtins.list[Image2VideoTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Image2VideoTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Image2VideoTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[Image2VideoTask]:
        """Animate an image into a video.

        Starts a short video (5 to 20 seconds) made from `image_url`, guided by `prompt`; with
        model_type FLF2V it moves from `image_url` to `end_image_url`. Usually done within ten
        minutes. Follow it with getImageToVideoTask (family `image_to_video`).

        Args:
            name: A name for the task, chosen by the caller.
            image_url: Address of the input image.
            prompt: What the result should show.
            negative_prompt: What the result should avoid.
            lora: A motion preset; with one, the prompt may be left out.
            model_type: GENERAL animates one image; FLF2V goes from image_url to end_image_url.
            model_version: Model to use; left out, it depends on the caller's plan.
            end_image_url: Last frame, for model_type FLF2V.
            extend_prompt: Let A2E enrich the prompt.
            number_of_images: How many videos to make.
            video_time: Length in seconds: 5, 10, 15 or 20.
            video_length: Older length in frames; use video_time.
            skip_face_enhance: Skip making the face closer to the input.
            mask_face: Result of A2E's web app content check.
            minor_suspected_skip: Go on although the person may be a minor (A2E error 1004).
            negative_prmpt: The docs' spelling of negative_prompt, kept because the docs' field
                table names it so.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startImageToVideo`: POST /api/v1/userImage2Video/start
        """
        return cast(
            "AsyncTask[Image2VideoTask]", await self._arequest(_START, args, kwargs)
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
    ) -> Image2VideoTask:
        """Read one image-to-video task.

        Returns one image-to-video task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getImageToVideoTask`: GET /api/v1/userImage2Video/{_id}
        """
        return cast("Image2VideoTask", await self._arequest(_GET, (), locals()))

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
        """Delete a image-to-video task.

        Deletes a image-to-video task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteImageToVideoTask`: DELETE /api/v1/userImage2Video/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def get_avg_processing_time(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read how long image-to-video tasks take on average.

        Returns A2E's current average processing time for image-to-video tasks, useful to set a
        polling deadline. A2E publishes neither the shape nor the unit of the answer, so `data` is
        left open.

        `getImageToVideoAvgProcessingTime`: GET /api/v1/userImage2Video/avgProcessingTime
        """
        return await self._arequest(_GET_AVG_PROCESSING_TIME, (), locals())

    @overload
    async def extend_flf_2_v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        end_image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def extend_flf_2_v_prompt(
        self,
        *,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def extend_flf_2_v_prompt(self, *args: Any, **kwargs: Any) -> Any:
        """Let A2E's LLM rewrite a first-to-last-frame prompt.

        Rewrites a prompt and negative prompt for an FLF2V video (from `image_url` to
        `end_image_url`) before it is started with startImageToVideo. With `stream` true, A2E
        answers with server-sent events instead of JSON; this typed client reads only the JSON
        answer. A2E publishes no schema for the answer, so `data` is left open.

        Args:
            reference_id: An id that A2E's catalog requires without explaining; its example is a
                24-hex record id.
            image_url: First frame of the planned video.
            end_image_url: Last frame of the planned video.
            prompt: The prompt to rewrite.
            negative_prompt: The negative prompt to rewrite.
            lang: Language to write the result in.
            max_length: Upper bound on the length of the result, in characters (a cap, not a
                target).
            stream: Answer with server-sent events instead of one JSON body.

        `extendFlf2vPrompt`: POST /api/v1/userImage2Video/flf2v_prompt_extension
        """
        return await self._arequest(_EXTEND_FLF_2_V_PROMPT, args, kwargs)

    @overload
    async def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def extend_prompt(
        self,
        *,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def extend_prompt(self, *args: Any, **kwargs: Any) -> Any:
        """Let A2E's LLM rewrite an image-to-video prompt.

        Rewrites a prompt and negative prompt for a GENERAL image-to-video task before it is started
        with startImageToVideo; the `cinematic` template writes several shots and, optionally, an
        audio part. With `stream` true, A2E answers with server-sent events (delta, result, done,
        error) instead of JSON; this typed client reads only the JSON answer. A2E publishes no
        schema for the answer, so `data` is left open.

        Args:
            reference_id: An id that A2E's catalog requires without explaining; its example is a
                24-hex record id.
            image_url: The image the video will start from.
            prompt: The prompt to rewrite.
            negative_prompt: The negative prompt to rewrite.
            lang: Language to write the result in.
            max_length: Upper bound on the length of the result, in characters (a cap, not a
                target).
            stream: Answer with server-sent events (delta, result, done, error) instead of one JSON
                body.
            template: default rewrites the prompt as one shot; cinematic writes a film structure
                with numbered shots.
            shot_count: Number of shots for the cinematic template; A2E brings values outside 1-4
                into that range. Ignored by the default template.
            with_audio: Whether the cinematic template adds an audio part. Ignored by the default
                template.

        `extendImageToVideoPrompt`: POST /api/v1/userImage2Video/prompt_extension
        """
        return await self._arequest(_EXTEND_PROMPT, args, kwargs)

    async def get_unlimited_queue_level(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Read the caller's unlimited-plan queue level.

        Returns the queue level of the caller's unlimited image-to-video plan. A2E documents nothing
        beyond the name: what the level means and the shape of the answer are unknown, so `data` is
        left open.

        `getImageToVideoUnlimitedQueueLevel`: GET /api/v1/userImage2Video/unlimitedQueueLevel
        """
        return await self._arequest(_GET_UNLIMITED_QUEUE_LEVEL, (), locals())

    async def mark_copied(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was copied.

        Tells A2E that the result of this image-to-video task was copied (a usage mark for A2E's
        statistics; the video itself is not touched). A2E publishes no schema for the answer, so
        `data` is left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoCopied`: POST /api/v1/userImage2Video/{_id}/markCopied
        """
        return await self._arequest(_MARK_COPIED, (), locals())

    async def mark_downloaded(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was downloaded.

        Tells A2E that the result of this image-to-video task was downloaded (a usage mark; the
        video itself is not touched). A2E publishes no schema for the answer, so `data` is left
        open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoDownloaded`: POST /api/v1/userImage2Video/{_id}/markDownloaded
        """
        return await self._arequest(_MARK_DOWNLOADED, (), locals())

    async def mark_shared(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Record that a result was shared.

        Tells A2E that the result of this image-to-video task was shared (a usage mark; the video
        itself is not touched). A2E publishes no schema for the answer, so `data` is left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `markImageToVideoShared`: POST /api/v1/userImage2Video/{_id}/markShared
        """
        return await self._arequest(_MARK_SHARED, (), locals())

    @overload
    async def run(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Image2VideoTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Image2VideoTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[Image2VideoTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast(
            "AsyncTask[Image2VideoTask]", await self._arun(_START, args, kwargs)
        )

    async def task(self, id: str, /) -> AsyncTask[Image2VideoTask]:
        """The image_to_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast(
            "AsyncTask[Image2VideoTask]", await self._atask("image_to_video", id)
        )


class ImageToVideoResourceWithRawResponse(SyncResource):
    """Image to Video: 12 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Image2VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[Image2VideoTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Image2VideoTask]]:
        return cast(
            "RawResponse[builtins.list[Image2VideoTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Image2VideoTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Image2VideoTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[Image2VideoTask]]:
        return cast(
            "RawResponse[Task[Image2VideoTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[Image2VideoTask]:
        return cast("RawResponse[Image2VideoTask]", self._request(_GET, (), locals()))

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

    def get_avg_processing_time(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_GET_AVG_PROCESSING_TIME, (), locals())
        )

    @overload
    def extend_flf_2_v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        end_image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def extend_flf_2_v_prompt(
        self,
        *,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def extend_flf_2_v_prompt(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_EXTEND_FLF_2_V_PROMPT, args, kwargs)
        )

    @overload
    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def extend_prompt(
        self,
        *,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def extend_prompt(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_EXTEND_PROMPT, args, kwargs))

    def get_unlimited_queue_level(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_GET_UNLIMITED_QUEUE_LEVEL, (), locals())
        )

    def mark_copied(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_MARK_COPIED, (), locals()))

    def mark_downloaded(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_MARK_DOWNLOADED, (), locals()))

    def mark_shared(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_MARK_SHARED, (), locals()))


class AsyncImageToVideoResourceWithRawResponse(AsyncResource):
    """Image to Video: 12 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Image2VideoTask]]: ...
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
    ) -> RawResponse[builtins.list[Image2VideoTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Image2VideoTask]]:
        return cast(
            "RawResponse[builtins.list[Image2VideoTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartImage2VideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Image2VideoTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartImage2VideoRequest | Mapping[str, Any],
        name: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        negative_prmpt: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Image2VideoTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Image2VideoTask]]:
        return cast(
            "RawResponse[AsyncTask[Image2VideoTask]]",
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
    ) -> RawResponse[Image2VideoTask]:
        return cast(
            "RawResponse[Image2VideoTask]", await self._arequest(_GET, (), locals())
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

    async def get_avg_processing_time(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_GET_AVG_PROCESSING_TIME, (), locals()),
        )

    @overload
    async def extend_flf_2_v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        end_image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def extend_flf_2_v_prompt(
        self,
        *,
        body: ExtendFlf2VPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        end_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def extend_flf_2_v_prompt(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_EXTEND_FLF_2_V_PROMPT, args, kwargs),
        )

    @overload
    async def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | os.PathLike[str] | BinaryIO,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def extend_prompt(
        self,
        *,
        body: ExtendImageToVideoPromptRequest | Mapping[str, Any],
        reference_id: str | None = None,
        image_url: str | os.PathLike[str] | BinaryIO | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def extend_prompt(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_EXTEND_PROMPT, args, kwargs)
        )

    async def get_unlimited_queue_level(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_GET_UNLIMITED_QUEUE_LEVEL, (), locals()),
        )

    async def mark_copied(
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
            "RawResponse[Any]", await self._arequest(_MARK_COPIED, (), locals())
        )

    async def mark_downloaded(
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
            "RawResponse[Any]", await self._arequest(_MARK_DOWNLOADED, (), locals())
        )

    async def mark_shared(
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
            "RawResponse[Any]", await self._arequest(_MARK_SHARED, (), locals())
        )
