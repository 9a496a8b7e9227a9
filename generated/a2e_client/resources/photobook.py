"""The Photobook section: `client.photobook`.

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
    from ..models.photobook_task import PhotobookTask
    from ..models.start_photobook_request import StartPhotobookRequest

_LIST = Operation(
    "photobook.list_photobook_tasks",
    "page",
    family=None,
    arguments={"page_num": ("query", "pageNum"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_BATCH_GET = Operation(
    "photobook.batch_get_photobook_tasks",
    "data",
    family=None,
    arguments={"ids": ("body", "ids")},
    positional=(),
    required=("ids",),
    urls=(),
    enums={},
)
_START = Operation(
    "photobook.start_photobook",
    "start",
    family="photobook",
    arguments={
        "name": ("body", "name"),
        "face_image_url": ("body", "face_image_url"),
        "location": ("body", "location"),
        "clothing": ("body", "clothing"),
        "total_count": ("body", "total_count"),
    },
    positional=(),
    required=("face_image_url",),
    urls=("face_image_url",),
    enums={"total_count": (4, 8, 12, 16)},
)
_GET = Operation(
    "photobook.get_photobook_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "photobook.delete_photobook_task",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class PhotobookResource(SyncResource):
    """Photobook: 5 operations."""

    @property
    def with_raw_response(self) -> PhotobookResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return PhotobookResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[PhotobookTask]:
        """List photobook tasks.

        Pages through the caller's photobook tasks with `pageNum` and `pageSize`; A2E rejects bad
        paging values with 400. The answer is typed as a page of `rows` with a `count`, like A2E's
        other lists (A2E publishes no response schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listPhotobookTasks`: GET /api/v1/userPhotobook/allRecords
        """
        return cast("Iterator[PhotobookTask]", self._request(_LIST, (), locals()))

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
    ) -> builtins.list[PhotobookTask]: ...
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
    ) -> builtins.list[PhotobookTask]: ...
    def batch_get(self, *args: Any, **kwargs: Any) -> builtins.list[PhotobookTask]:
        """Read several photobook tasks at once.

        Returns the photobook tasks whose ids are listed. The answer is typed as a list of tasks
        (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetPhotobookTasks`: POST /api/v1/userPhotobook/batchDetail
        """
        return cast(
            "builtins.list[PhotobookTask]", self._request(_BATCH_GET, args, kwargs)
        )

    @overload
    def start(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[PhotobookTask]: ...
    @overload
    def start(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[PhotobookTask]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[PhotobookTask]:
        """Make a photobook from a face photo.

        Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`,
        placed in the scene and clothing the prompts describe. It runs in the background: follow it
        with getPhotobookTask (family `photobook`). The answer is typed from the family's other
        operations and A2E's other image families (A2E publishes no response schema for it).

        Args:
            name: A label for the photobook, chosen by the caller.
            face_image_url: Address of a photo showing the face to use.
            location: Describes the setting of the photos.
            clothing: Describes what the person wears.
            total_count: Number of photos to make.

        `startPhotobook`: POST /api/v1/userPhotobook/start
        """
        return cast("Task[PhotobookTask]", self._request(_START, args, kwargs))

    def get(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PhotobookTask:
        """Read one photobook task.

        Returns one photobook task; A2E refreshes its status from the generation pipeline before
        answering, so polling this operation moves it along. The answer is typed from the family's
        other operations and A2E's other image families (A2E publishes no response schema for it).

        Args:
            id: Id of the Photobook task, as A2E returned it in `_id`.

        `getPhotobookTask`: GET /api/v1/userPhotobook/{id}
        """
        return cast("PhotobookTask", self._request(_GET, (), locals()))

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
        """Delete a photobook task.

        Deletes a photobook task record; A2E answers 400 while the task is still running (for
        example processing).

        Args:
            id: Id of the Photobook task, as A2E returned it in `_id`.

        `deletePhotobookTask`: DELETE /api/v1/userPhotobook/{id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def run(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[PhotobookTask]: ...
    @overload
    def run(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[PhotobookTask]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[PhotobookTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[PhotobookTask]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[PhotobookTask]:
        """The photobook task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[PhotobookTask]", self._task("photobook", id))


class AsyncPhotobookResource(AsyncResource):
    """Photobook: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncPhotobookResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncPhotobookResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[PhotobookTask]:
        """List photobook tasks.

        Pages through the caller's photobook tasks with `pageNum` and `pageSize`; A2E rejects bad
        paging values with 400. The answer is typed as a page of `rows` with a `count`, like A2E's
        other lists (A2E publishes no response schema for it).

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.

        `listPhotobookTasks`: GET /api/v1/userPhotobook/allRecords
        """
        return cast("AsyncIterator[PhotobookTask]", self._apages(_LIST, (), locals()))

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
    ) -> builtins.list[PhotobookTask]: ...
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
    ) -> builtins.list[PhotobookTask]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> builtins.list[PhotobookTask]:
        """Read several photobook tasks at once.

        Returns the photobook tasks whose ids are listed. The answer is typed as a list of tasks
        (A2E publishes no response schema for it).

        Args:
            ids: Ids of the tasks to read.

        `batchGetPhotobookTasks`: POST /api/v1/userPhotobook/batchDetail
        """
        return cast(
            "builtins.list[PhotobookTask]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[PhotobookTask]: ...
    @overload
    async def start(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[PhotobookTask]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[PhotobookTask]:
        """Make a photobook from a face photo.

        Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`,
        placed in the scene and clothing the prompts describe. It runs in the background: follow it
        with getPhotobookTask (family `photobook`). The answer is typed from the family's other
        operations and A2E's other image families (A2E publishes no response schema for it).

        Args:
            name: A label for the photobook, chosen by the caller.
            face_image_url: Address of a photo showing the face to use.
            location: Describes the setting of the photos.
            clothing: Describes what the person wears.
            total_count: Number of photos to make.

        `startPhotobook`: POST /api/v1/userPhotobook/start
        """
        return cast(
            "AsyncTask[PhotobookTask]", await self._arequest(_START, args, kwargs)
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
    ) -> PhotobookTask:
        """Read one photobook task.

        Returns one photobook task; A2E refreshes its status from the generation pipeline before
        answering, so polling this operation moves it along. The answer is typed from the family's
        other operations and A2E's other image families (A2E publishes no response schema for it).

        Args:
            id: Id of the Photobook task, as A2E returned it in `_id`.

        `getPhotobookTask`: GET /api/v1/userPhotobook/{id}
        """
        return cast("PhotobookTask", await self._arequest(_GET, (), locals()))

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
        """Delete a photobook task.

        Deletes a photobook task record; A2E answers 400 while the task is still running (for
        example processing).

        Args:
            id: Id of the Photobook task, as A2E returned it in `_id`.

        `deletePhotobookTask`: DELETE /api/v1/userPhotobook/{id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def run(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[PhotobookTask]: ...
    @overload
    async def run(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[PhotobookTask]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[PhotobookTask]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[PhotobookTask]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[PhotobookTask]:
        """The photobook task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[PhotobookTask]", await self._atask("photobook", id))


class PhotobookResourceWithRawResponse(SyncResource):
    """Photobook: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[PhotobookTask]]: ...
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
    ) -> RawResponse[builtins.list[PhotobookTask]]: ...
    def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[PhotobookTask]]:
        return cast(
            "RawResponse[builtins.list[PhotobookTask]]",
            self._request(_BATCH_GET, args, kwargs),
        )

    @overload
    def start(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[PhotobookTask]]: ...
    @overload
    def start(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[PhotobookTask]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[PhotobookTask]]:
        return cast(
            "RawResponse[Task[PhotobookTask]]", self._request(_START, args, kwargs)
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
    ) -> RawResponse[PhotobookTask]:
        return cast("RawResponse[PhotobookTask]", self._request(_GET, (), locals()))

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


class AsyncPhotobookResourceWithRawResponse(AsyncResource):
    """Photobook: 5 operations, answering the raw HTTP response."""

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
    ) -> RawResponse[builtins.list[PhotobookTask]]: ...
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
    ) -> RawResponse[builtins.list[PhotobookTask]]: ...
    async def batch_get(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[PhotobookTask]]:
        return cast(
            "RawResponse[builtins.list[PhotobookTask]]",
            await self._arequest(_BATCH_GET, args, kwargs),
        )

    @overload
    async def start(
        self,
        *,
        face_image_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        body: StartPhotobookRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[PhotobookTask]]: ...
    @overload
    async def start(
        self,
        *,
        body: StartPhotobookRequest | Mapping[str, Any],
        name: str | None = None,
        face_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        location: str | None = None,
        clothing: str | None = None,
        total_count: Literal[4, 8, 12, 16] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[PhotobookTask]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[PhotobookTask]]:
        return cast(
            "RawResponse[AsyncTask[PhotobookTask]]",
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
    ) -> RawResponse[PhotobookTask]:
        return cast(
            "RawResponse[PhotobookTask]", await self._arequest(_GET, (), locals())
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
