"""The Text to Image section: `client.text_to_image`.

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

    from ..models.avatar_training import AvatarTraining
    from ..models.batch_detail_request import BatchDetailRequest
    from ..models.quick_add_avatar_request import QuickAddAvatarRequest
    from ..models.start_text_2_image_request import StartText2ImageRequest
    from ..models.text_2_image_task import Text2ImageTask

_LIST = Operation(
    "text_to_image.list_text_to_image_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "text_to_image.batch_get_text_to_image_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_QUICK_ADD_AVATAR = Operation(
    "text_to_image.quick_add_avatar",
    "data",
    family=None,
    arguments={"id": ("body", "_id"), "gender": ("body", "gender")},
    positional=(),
    required=("id",),
    urls=(),
    enums={"gender": ("female", "male")},
)
_START = Operation(
    "text_to_image.start_text_to_image",
    "start",
    family="text_to_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "width": ("body", "width"),
        "height": ("body", "height"),
        "model_type": ("body", "model_type"),
        "input_images": ("body", "input_images"),
        "skip_face_enhance": ("body", "skip_face_enhance"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "max_images": ("body", "max_images"),
        "req_key": ("body", "req_key"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=("webhook_url",),
    enums={
        "model_type": ("a2e", "seedream"),
        "aspect_ratio": ("1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"),
        "req_key": ("high_aes_general_v21_L", "high_aes"),
    },
)
_GET = Operation(
    "text_to_image.get_text_to_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "text_to_image.delete_text_to_image_task",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST_OLD_SPELLING = Operation(
    "text_to_image.list_text_to_image_tasks_old_spelling",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_QUICK_ADD_AVATAR_OLD_SPELLING = Operation(
    "text_to_image.quick_add_avatar_old_spelling",
    "data",
    family=None,
    arguments={"id": ("body", "_id"), "gender": ("body", "gender")},
    positional=(),
    required=("id",),
    urls=(),
    enums={"gender": ("female", "male")},
)
_START_OLD_SPELLING = Operation(
    "text_to_image.start_text_to_image_old_spelling",
    "start",
    family="text_to_image",
    arguments={
        "name": ("body", "name"),
        "prompt": ("body", "prompt"),
        "width": ("body", "width"),
        "height": ("body", "height"),
        "model_type": ("body", "model_type"),
        "input_images": ("body", "input_images"),
        "skip_face_enhance": ("body", "skip_face_enhance"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "max_images": ("body", "max_images"),
        "req_key": ("body", "req_key"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("prompt",),
    urls=("webhook_url",),
    enums={
        "model_type": ("a2e", "seedream"),
        "aspect_ratio": ("1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"),
        "req_key": ("high_aes_general_v21_L", "high_aes"),
    },
)
_GET_OLD_SPELLING = Operation(
    "text_to_image.get_text_to_image_task_old_spelling",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE_OLD_SPELLING = Operation(
    "text_to_image.delete_text_to_image_task_old_spelling",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class TextToImageResource(SyncResource):
    """Text to Image: 11 operations."""

    @property
    def with_raw_response(self) -> TextToImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return TextToImageResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Text2ImageTask]:
        """List text-to-image tasks.

        Pages through the caller's text-to-image tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTextToImageTasks`: GET /api/v1/userText2Image/allRecords
        """
        return cast("Iterator[Text2ImageTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[Text2ImageTask]: ...
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
    ) -> builtins.list[Text2ImageTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[Text2ImageTask]:
        """Read several text-to-image tasks at once.

        Returns the text-to-image tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTextToImageTasks`: POST /api/v1/userText2Image/batchDetail
        """
        return cast(
            "builtins.list[Text2ImageTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def quick_add_avatar(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    def quick_add_avatar(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    def quick_add_avatar(self, *args: Any, **kwargs: Any) -> AvatarTraining:
        """Turn a generated image into an avatar.

        Starts an avatar training from the image of a text-to-image task; follow it with
        getAvatarTraining.

        Args:
            id: A completed text-to-image task.
            gender: Gender of the person in the image.

        `quickAddAvatar`: POST /api/v1/userText2Image/quickAddAvatar
        """
        return cast("AvatarTraining", self._request(_QUICK_ADD_AVATAR, args, kwargs))

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Text2ImageTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Text2ImageTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[Text2ImageTask]:
        """Make images from a prompt.

        Starts making images from `prompt`; A2E may answer with the images already made. Follow it
        with getTextToImageTask (family `text_to_image`). A2E has answered `data` both as the new
        task and as a list holding it (the catalog, and programs that read `data[0]`); the client
        takes the first element of a list, so the answer is always one task.

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the result should show.
            width: Width of the result in pixels.
            height: Height of the result in pixels.
            model_type: Model to use.
            input_images: Reference images (a2e takes up to 2, seedream up to 10).
            skip_face_enhance: Skip making faces closer to the references.
            aspect_ratio: Shape of the result (seedream).
            max_images: How many images to make at most.
            req_key: Model preset of the docs' older form of this body.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTextToImage`: POST /api/v1/userText2Image/start
        """
        return cast("Task[Text2ImageTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Text2ImageTask:
        """Read one text-to-image task.

        Returns one text-to-image task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTextToImageTask`: GET /api/v1/userText2Image/{_id}
        """
        return cast("Text2ImageTask", self._request(_GET, (), locals()))

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
        """Delete a text-to-image task.

        Deletes a text-to-image task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTextToImageTask`: DELETE /api/v1/userText2Image/{_id}
        """
        return self._request(_DELETE, (), locals())

    def list_old_spelling(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Text2ImageTask]:
        """List text-to-image tasks.

        Pages through the caller's text-to-image tasks, newest first; `count` is the total over all
        pages. Unverified: no A2E page documents this operation; its path comes from third-party
        programs. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTextToImageTasksOldSpelling`: GET /api/v1/userText2image/allRecords
        """
        return cast(
            "Iterator[Text2ImageTask]", self._request(_LIST_OLD_SPELLING, (), locals())
        )

    @overload
    def quick_add_avatar_old_spelling(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    def quick_add_avatar_old_spelling(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    def quick_add_avatar_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> AvatarTraining:
        """Turn a generated image into an avatar (older spelling).

        Starts an avatar training from the image of a text-to-image task; follow it with
        getAvatarTraining. Unverified: no A2E page documents this operation; its path comes from
        third-party programs.

        Args:
            id: A completed text-to-image task.
            gender: Gender of the person in the image.

        `quickAddAvatarOldSpelling`: POST /api/v1/userText2image/quickAddAvatar
        """
        return cast(
            "AvatarTraining",
            self._request(_QUICK_ADD_AVATAR_OLD_SPELLING, args, kwargs),
        )

    @overload
    def start_old_spelling(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Text2ImageTask]: ...
    @overload
    def start_old_spelling(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[Text2ImageTask]: ...
    def start_old_spelling(self, *args: Any, **kwargs: Any) -> Task[Text2ImageTask]:
        """Make images from a prompt (older spelling).

        The path with A2E's older spelling userText2image, as the docs show it; prefer
        startTextToImage. Starts making images from `prompt`; A2E may answer with the images already
        made. Follow it with getTextToImageTaskOldSpelling (family `text_to_image`). A2E has
        answered `data` both as the new task and as a list holding it (the catalog, and programs
        that read `data[0]`); the client takes the first element of a list, so the answer is always
        one task.

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the result should show.
            width: Width of the result in pixels.
            height: Height of the result in pixels.
            model_type: Model to use.
            input_images: Reference images (a2e takes up to 2, seedream up to 10).
            skip_face_enhance: Skip making faces closer to the references.
            aspect_ratio: Shape of the result (seedream).
            max_images: How many images to make at most.
            req_key: Model preset of the docs' older form of this body.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTextToImageOldSpelling`: POST /api/v1/userText2image/start
        """
        return cast(
            "Task[Text2ImageTask]", self._request(_START_OLD_SPELLING, args, kwargs)
        )

    def get_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Text2ImageTask:
        """Read one text-to-image task.

        Returns one text-to-image task: its status, its result once completed, and the failure
        reason once failed. Unverified: no A2E page documents this operation; its path comes from
        third-party programs.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTextToImageTaskOldSpelling`: GET /api/v1/userText2image/{_id}
        """
        return cast("Text2ImageTask", self._request(_GET_OLD_SPELLING, (), locals()))

    def delete_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a text-to-image task.

        Deletes a text-to-image task record; A2E refuses while the task is still running.
        Unverified: no A2E page documents this operation; its path comes from third-party programs.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTextToImageTaskOldSpelling`: DELETE /api/v1/userText2image/{_id}
        """
        return self._request(_DELETE_OLD_SPELLING, (), locals())

    @overload
    def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Text2ImageTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[Text2ImageTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[Text2ImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[Text2ImageTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[Text2ImageTask]:
        """The text_to_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[Text2ImageTask]", self._task("text_to_image", id))


class AsyncTextToImageResource(AsyncResource):
    """Text to Image: 11 operations."""

    @property
    def with_raw_response(self) -> AsyncTextToImageResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncTextToImageResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Text2ImageTask]:
        """List text-to-image tasks.

        Pages through the caller's text-to-image tasks, newest first; `count` is the total over all
        pages. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTextToImageTasks`: GET /api/v1/userText2Image/allRecords
        """
        return cast("AsyncIterator[Text2ImageTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[Text2ImageTask]: ...
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
    ) -> builtins.list[Text2ImageTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[Text2ImageTask]:
        """Read several text-to-image tasks at once.

        Returns the text-to-image tasks whose ids are listed, in one request. Listed in A2E's
        catalog; the answer is typed as a list of tasks (uncertain).

        Args:
            ids: Ids of the tasks to read.

        `batchGetTextToImageTasks`: POST /api/v1/userText2Image/batchDetail
        """
        return cast(
            "builtins.list[Text2ImageTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def quick_add_avatar(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    async def quick_add_avatar(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    async def quick_add_avatar(self, *args: Any, **kwargs: Any) -> AvatarTraining:
        """Turn a generated image into an avatar.

        Starts an avatar training from the image of a text-to-image task; follow it with
        getAvatarTraining.

        Args:
            id: A completed text-to-image task.
            gender: Gender of the person in the image.

        `quickAddAvatar`: POST /api/v1/userText2Image/quickAddAvatar
        """
        return cast(
            "AvatarTraining", await self._arequest(_QUICK_ADD_AVATAR, args, kwargs)
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[Text2ImageTask]:
        """Make images from a prompt.

        Starts making images from `prompt`; A2E may answer with the images already made. Follow it
        with getTextToImageTask (family `text_to_image`). A2E has answered `data` both as the new
        task and as a list holding it (the catalog, and programs that read `data[0]`); the client
        takes the first element of a list, so the answer is always one task.

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the result should show.
            width: Width of the result in pixels.
            height: Height of the result in pixels.
            model_type: Model to use.
            input_images: Reference images (a2e takes up to 2, seedream up to 10).
            skip_face_enhance: Skip making faces closer to the references.
            aspect_ratio: Shape of the result (seedream).
            max_images: How many images to make at most.
            req_key: Model preset of the docs' older form of this body.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTextToImage`: POST /api/v1/userText2Image/start
        """
        return cast(
            "AsyncTask[Text2ImageTask]", await self._arequest(_START, args, kwargs)
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
    ) -> Text2ImageTask:
        """Read one text-to-image task.

        Returns one text-to-image task: its status, its result once completed, and the failure
        reason once failed.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTextToImageTask`: GET /api/v1/userText2Image/{_id}
        """
        return cast("Text2ImageTask", await self._arequest(_GET, (), locals()))

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
        """Delete a text-to-image task.

        Deletes a text-to-image task record; A2E refuses while the task is still running.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTextToImageTask`: DELETE /api/v1/userText2Image/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    def list_old_spelling(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Text2ImageTask]:
        """List text-to-image tasks.

        Pages through the caller's text-to-image tasks, newest first; `count` is the total over all
        pages. Unverified: no A2E page documents this operation; its path comes from third-party
        programs. Programs that send no paging parameters read `data` as a bare list of tasks
        (unverified); the client takes such a list as all the records.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listTextToImageTasksOldSpelling`: GET /api/v1/userText2image/allRecords
        """
        return cast(
            "AsyncIterator[Text2ImageTask]",
            self._apages(_LIST_OLD_SPELLING, (), locals()),
        )

    @overload
    async def quick_add_avatar_old_spelling(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    @overload
    async def quick_add_avatar_old_spelling(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarTraining: ...
    async def quick_add_avatar_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> AvatarTraining:
        """Turn a generated image into an avatar (older spelling).

        Starts an avatar training from the image of a text-to-image task; follow it with
        getAvatarTraining. Unverified: no A2E page documents this operation; its path comes from
        third-party programs.

        Args:
            id: A completed text-to-image task.
            gender: Gender of the person in the image.

        `quickAddAvatarOldSpelling`: POST /api/v1/userText2image/quickAddAvatar
        """
        return cast(
            "AvatarTraining",
            await self._arequest(_QUICK_ADD_AVATAR_OLD_SPELLING, args, kwargs),
        )

    @overload
    async def start_old_spelling(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    @overload
    async def start_old_spelling(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    async def start_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> AsyncTask[Text2ImageTask]:
        """Make images from a prompt (older spelling).

        The path with A2E's older spelling userText2image, as the docs show it; prefer
        startTextToImage. Starts making images from `prompt`; A2E may answer with the images already
        made. Follow it with getTextToImageTaskOldSpelling (family `text_to_image`). A2E has
        answered `data` both as the new task and as a list holding it (the catalog, and programs
        that read `data[0]`); the client takes the first element of a list, so the answer is always
        one task.

        Args:
            name: A name for the task, chosen by the caller.
            prompt: What the result should show.
            width: Width of the result in pixels.
            height: Height of the result in pixels.
            model_type: Model to use.
            input_images: Reference images (a2e takes up to 2, seedream up to 10).
            skip_face_enhance: Skip making faces closer to the references.
            aspect_ratio: Shape of the result (seedream).
            max_images: How many images to make at most.
            req_key: Model preset of the docs' older form of this body.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `startTextToImageOldSpelling`: POST /api/v1/userText2image/start
        """
        return cast(
            "AsyncTask[Text2ImageTask]",
            await self._arequest(_START_OLD_SPELLING, args, kwargs),
        )

    async def get_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Text2ImageTask:
        """Read one text-to-image task.

        Returns one text-to-image task: its status, its result once completed, and the failure
        reason once failed. Unverified: no A2E page documents this operation; its path comes from
        third-party programs.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getTextToImageTaskOldSpelling`: GET /api/v1/userText2image/{_id}
        """
        return cast(
            "Text2ImageTask", await self._arequest(_GET_OLD_SPELLING, (), locals())
        )

    async def delete_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a text-to-image task.

        Deletes a text-to-image task record; A2E refuses while the task is still running.
        Unverified: no A2E page documents this operation; its path comes from third-party programs.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteTextToImageTaskOldSpelling`: DELETE /api/v1/userText2image/{_id}
        """
        return await self._arequest(_DELETE_OLD_SPELLING, (), locals())

    @overload
    async def run(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[Text2ImageTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[Text2ImageTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[Text2ImageTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[Text2ImageTask]:
        """The text_to_image task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[Text2ImageTask]", await self._atask("text_to_image", id))


class TextToImageResourceWithRawResponse(SyncResource):
    """Text to Image: 11 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Text2ImageTask]]: ...
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
    ) -> RawResponse[builtins.list[Text2ImageTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Text2ImageTask]]:
        return cast(
            "RawResponse[builtins.list[Text2ImageTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def quick_add_avatar(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    def quick_add_avatar(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    def quick_add_avatar(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            self._request(_QUICK_ADD_AVATAR, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Text2ImageTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Text2ImageTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[Text2ImageTask]]:
        return cast(
            "RawResponse[Task[Text2ImageTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[Text2ImageTask]:
        return cast("RawResponse[Text2ImageTask]", self._request(_GET, (), locals()))

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

    def list_old_spelling(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_OLD_SPELLING, (), locals()))

    @overload
    def quick_add_avatar_old_spelling(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    def quick_add_avatar_old_spelling(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    def quick_add_avatar_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            self._request(_QUICK_ADD_AVATAR_OLD_SPELLING, args, kwargs),
        )

    @overload
    def start_old_spelling(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Text2ImageTask]]: ...
    @overload
    def start_old_spelling(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[Text2ImageTask]]: ...
    def start_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[Task[Text2ImageTask]]:
        return cast(
            "RawResponse[Task[Text2ImageTask]]",
            self._request(_START_OLD_SPELLING, args, kwargs),
        )

    def get_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Text2ImageTask]:
        return cast(
            "RawResponse[Text2ImageTask]",
            self._request(_GET_OLD_SPELLING, (), locals()),
        )

    def delete_old_spelling(
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
            "RawResponse[Any]", self._request(_DELETE_OLD_SPELLING, (), locals())
        )


class AsyncTextToImageResourceWithRawResponse(AsyncResource):
    """Text to Image: 11 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[Text2ImageTask]]: ...
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
    ) -> RawResponse[builtins.list[Text2ImageTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[Text2ImageTask]]:
        return cast(
            "RawResponse[builtins.list[Text2ImageTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def quick_add_avatar(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    async def quick_add_avatar(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    async def quick_add_avatar(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            await self._arequest(_QUICK_ADD_AVATAR, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Text2ImageTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Text2ImageTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Text2ImageTask]]:
        return cast(
            "RawResponse[AsyncTask[Text2ImageTask]]",
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
    ) -> RawResponse[Text2ImageTask]:
        return cast(
            "RawResponse[Text2ImageTask]", await self._arequest(_GET, (), locals())
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

    async def list_old_spelling(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_LIST_OLD_SPELLING, (), locals())
        )

    @overload
    async def quick_add_avatar_old_spelling(
        self,
        *,
        id: str,
        gender: Literal["female", "male"] | None = None,
        body: QuickAddAvatarRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    @overload
    async def quick_add_avatar_old_spelling(
        self,
        *,
        body: QuickAddAvatarRequest | Mapping[str, Any],
        id: str | None = None,
        gender: Literal["female", "male"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarTraining]: ...
    async def quick_add_avatar_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AvatarTraining]:
        return cast(
            "RawResponse[AvatarTraining]",
            await self._arequest(_QUICK_ADD_AVATAR_OLD_SPELLING, args, kwargs),
        )

    @overload
    async def start_old_spelling(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: StartText2ImageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Text2ImageTask]]: ...
    @overload
    async def start_old_spelling(
        self,
        *,
        body: StartText2ImageRequest | Mapping[str, Any],
        name: str | None = None,
        prompt: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
        | None = None,
        max_images: int | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[Text2ImageTask]]: ...
    async def start_old_spelling(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[Text2ImageTask]]:
        return cast(
            "RawResponse[AsyncTask[Text2ImageTask]]",
            await self._arequest(_START_OLD_SPELLING, args, kwargs),
        )

    async def get_old_spelling(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Text2ImageTask]:
        return cast(
            "RawResponse[Text2ImageTask]",
            await self._arequest(_GET_OLD_SPELLING, (), locals()),
        )

    async def delete_old_spelling(
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
            "RawResponse[Any]", await self._arequest(_DELETE_OLD_SPELLING, (), locals())
        )
