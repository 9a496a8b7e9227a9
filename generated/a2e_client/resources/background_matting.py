"""The Background Matting section: `client.background_matting`.

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

    from ..models.add_background_request import AddBackgroundRequest
    from ..models.background import Background
    from ..models.background_id_request import BackgroundIdRequest
    from ..models.list_backgrounds_request import ListBackgroundsRequest
    from ..models.unpublished_fields_request import UnpublishedFieldsRequest

_ADD = Operation(
    "background_matting.add_background",
    "data",
    family=None,
    arguments={"img_url": ("body", "img_url"), "name": ("body", "name")},
    positional=(),
    required=("img_url",),
    urls=("img_url",),
    enums={},
)
_LIST_BACKGROUNDS = Operation(
    "background_matting.list_backgrounds",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_DELETE_BACKGROUND = Operation(
    "background_matting.delete_background",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_LIST_CUSTOM = Operation(
    "background_matting.list_custom_backgrounds",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET_RANDOM = Operation(
    "background_matting.get_random_background",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)


class BackgroundMattingResource(SyncResource):
    """Background Matting: 5 operations."""

    @property
    def with_raw_response(self) -> BackgroundMattingResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return BackgroundMattingResourceWithRawResponse(self._client)

    @overload
    def add(
        self,
        *,
        img_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        body: AddBackgroundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background: ...
    @overload
    def add(
        self,
        *,
        body: AddBackgroundRequest | Mapping[str, Any],
        img_url: str | os.PathLike[str] | BinaryIO | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background: ...
    def add(self, *args: Any, **kwargs: Any) -> Background:
        """Add a custom background image.

        Stores an image as one of the caller's backgrounds.

        Args:
            img_url: Address of the image to add.
            name: A name for the background.

        `addBackground`: POST /api/v1/custom_back/add
        """
        return cast("Background", self._request(_ADD, args, kwargs))

    def list_backgrounds(
        self,
        *,
        body: ListBackgroundsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Background]:
        """List background images.

        Lists the public backgrounds and the caller's own. The answer is typed from what clients
        read; A2E published no example.

        `listBackgrounds`: POST /api/v1/custom_back/allBackground
        """
        return cast(
            "builtins.list[Background]", self._request(_LIST_BACKGROUNDS, (), locals())
        )

    @overload
    def delete_background(
        self,
        *,
        id: str,
        body: BackgroundIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def delete_background(
        self,
        *,
        body: BackgroundIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def delete_background(self, *args: Any, **kwargs: Any) -> Any:
        """Delete a custom background image.

        Removes one of the caller's backgrounds.

        Args:
            id: Id of the background to delete.

        `deleteBackground`: POST /api/v1/custom_back/del
        """
        return self._request(_DELETE_BACKGROUND, args, kwargs)

    def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Background]:
        """List the caller's own backgrounds.

        Returns only the backgrounds the caller added with addBackground (listBackgrounds also
        returns A2E's public ones). A2E mentions paging and filter controls in the body without
        naming them, so the body is an open object passed through as given. Items are typed like
        those of listBackgrounds (A2E publishes no schema).

        `listCustomBackgrounds`: POST /api/v1/custom_back/list
        """
        return cast(
            "builtins.list[Background]", self._request(_LIST_CUSTOM, (), locals())
        )

    def get_random(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background:
        """Pick a background at random.

        Returns one background chosen by A2E. It is the one operation A2E's catalog publishes
        without authentication, so this spec declares none; the generated client may still send a
        token. The answer is typed as one background like those of listBackgrounds; A2E publishes no
        schema for it and declares a `{success, data, timestamp}` frame, which this spec replaces
        with A2E's usual envelope.

        `getRandomBackground`: POST /api/v1/custom_back/randomBackground
        """
        return cast("Background", self._request(_GET_RANDOM, (), locals()))


class AsyncBackgroundMattingResource(AsyncResource):
    """Background Matting: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncBackgroundMattingResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncBackgroundMattingResourceWithRawResponse(self._client)

    @overload
    async def add(
        self,
        *,
        img_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        body: AddBackgroundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background: ...
    @overload
    async def add(
        self,
        *,
        body: AddBackgroundRequest | Mapping[str, Any],
        img_url: str | os.PathLike[str] | BinaryIO | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background: ...
    async def add(self, *args: Any, **kwargs: Any) -> Background:
        """Add a custom background image.

        Stores an image as one of the caller's backgrounds.

        Args:
            img_url: Address of the image to add.
            name: A name for the background.

        `addBackground`: POST /api/v1/custom_back/add
        """
        return cast("Background", await self._arequest(_ADD, args, kwargs))

    async def list_backgrounds(
        self,
        *,
        body: ListBackgroundsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Background]:
        """List background images.

        Lists the public backgrounds and the caller's own. The answer is typed from what clients
        read; A2E published no example.

        `listBackgrounds`: POST /api/v1/custom_back/allBackground
        """
        return cast(
            "builtins.list[Background]",
            await self._arequest(_LIST_BACKGROUNDS, (), locals()),
        )

    @overload
    async def delete_background(
        self,
        *,
        id: str,
        body: BackgroundIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def delete_background(
        self,
        *,
        body: BackgroundIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def delete_background(self, *args: Any, **kwargs: Any) -> Any:
        """Delete a custom background image.

        Removes one of the caller's backgrounds.

        Args:
            id: Id of the background to delete.

        `deleteBackground`: POST /api/v1/custom_back/del
        """
        return await self._arequest(_DELETE_BACKGROUND, args, kwargs)

    async def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Background]:
        """List the caller's own backgrounds.

        Returns only the backgrounds the caller added with addBackground (listBackgrounds also
        returns A2E's public ones). A2E mentions paging and filter controls in the body without
        naming them, so the body is an open object passed through as given. Items are typed like
        those of listBackgrounds (A2E publishes no schema).

        `listCustomBackgrounds`: POST /api/v1/custom_back/list
        """
        return cast(
            "builtins.list[Background]",
            await self._arequest(_LIST_CUSTOM, (), locals()),
        )

    async def get_random(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Background:
        """Pick a background at random.

        Returns one background chosen by A2E. It is the one operation A2E's catalog publishes
        without authentication, so this spec declares none; the generated client may still send a
        token. The answer is typed as one background like those of listBackgrounds; A2E publishes no
        schema for it and declares a `{success, data, timestamp}` frame, which this spec replaces
        with A2E's usual envelope.

        `getRandomBackground`: POST /api/v1/custom_back/randomBackground
        """
        return cast("Background", await self._arequest(_GET_RANDOM, (), locals()))


class BackgroundMattingResourceWithRawResponse(SyncResource):
    """Background Matting: 5 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def add(
        self,
        *,
        img_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        body: AddBackgroundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]: ...
    @overload
    def add(
        self,
        *,
        body: AddBackgroundRequest | Mapping[str, Any],
        img_url: str | os.PathLike[str] | BinaryIO | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]: ...
    def add(self, *args: Any, **kwargs: Any) -> RawResponse[Background]:
        return cast("RawResponse[Background]", self._request(_ADD, args, kwargs))

    def list_backgrounds(
        self,
        *,
        body: ListBackgroundsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Background]]:
        return cast(
            "RawResponse[builtins.list[Background]]",
            self._request(_LIST_BACKGROUNDS, (), locals()),
        )

    @overload
    def delete_background(
        self,
        *,
        id: str,
        body: BackgroundIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def delete_background(
        self,
        *,
        body: BackgroundIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def delete_background(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE_BACKGROUND, args, kwargs))

    def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Background]]:
        return cast(
            "RawResponse[builtins.list[Background]]",
            self._request(_LIST_CUSTOM, (), locals()),
        )

    def get_random(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]:
        return cast("RawResponse[Background]", self._request(_GET_RANDOM, (), locals()))


class AsyncBackgroundMattingResourceWithRawResponse(AsyncResource):
    """Background Matting: 5 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def add(
        self,
        *,
        img_url: str | os.PathLike[str] | BinaryIO,
        name: str | None = None,
        body: AddBackgroundRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]: ...
    @overload
    async def add(
        self,
        *,
        body: AddBackgroundRequest | Mapping[str, Any],
        img_url: str | os.PathLike[str] | BinaryIO | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]: ...
    async def add(self, *args: Any, **kwargs: Any) -> RawResponse[Background]:
        return cast("RawResponse[Background]", await self._arequest(_ADD, args, kwargs))

    async def list_backgrounds(
        self,
        *,
        body: ListBackgroundsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Background]]:
        return cast(
            "RawResponse[builtins.list[Background]]",
            await self._arequest(_LIST_BACKGROUNDS, (), locals()),
        )

    @overload
    async def delete_background(
        self,
        *,
        id: str,
        body: BackgroundIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def delete_background(
        self,
        *,
        body: BackgroundIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def delete_background(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_DELETE_BACKGROUND, args, kwargs)
        )

    async def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Background]]:
        return cast(
            "RawResponse[builtins.list[Background]]",
            await self._arequest(_LIST_CUSTOM, (), locals()),
        )

    async def get_random(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Background]:
        return cast(
            "RawResponse[Background]", await self._arequest(_GET_RANDOM, (), locals())
        )
