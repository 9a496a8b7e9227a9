"""The Create Avatars section: `client.create_avatars`.

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

    from ..models.custom_avatar import CustomAvatar
    from ..models.custom_avatar_id_request import CustomAvatarIdRequest
    from ..models.unpublished_fields_request import UnpublishedFieldsRequest

_ADD_CUSTOM = Operation(
    "create_avatars.add_custom_avatar",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_CUSTOM_TAGS = Operation(
    "create_avatars.list_custom_avatar_tags",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_DELETE_CUSTOM = Operation(
    "create_avatars.delete_custom_avatar",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_LIST_CUSTOM = Operation(
    "create_avatars.list_custom_avatars",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_UPDATE_CUSTOM = Operation(
    "create_avatars.update_custom_avatar",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class CreateAvatarsResource(SyncResource):
    """Create Avatars: 5 operations."""

    @property
    def with_raw_response(self) -> CreateAvatarsResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return CreateAvatarsResourceWithRawResponse(self._client)

    def add_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> CustomAvatar:
        """Add an avatar to the caller's library.

        Creates a custom avatar record from avatar media and metadata. A2E's catalog lists no body
        fields for this operation, so the body is an open object passed through as given; the fields
        A2E expects are unknown. The answer is typed like the records of listCustomAvatars (A2E
        publishes no schema).

        `addCustomAvatar`: POST /api/v1/custom_avatar/add
        """
        return cast("CustomAvatar", self._request(_ADD_CUSTOM, (), locals()))

    def list_custom_tags(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[str]:
        """List the tags of the caller's avatars.

        Returns the distinct tags used to organise and filter the caller's custom avatars. A2E
        publishes no schema; the answer is typed as a list of tag names (inferred).

        `listCustomAvatarTags`: GET /api/v1/custom_avatar/all_tags
        """
        return cast(
            "builtins.list[str]", self._request(_LIST_CUSTOM_TAGS, (), locals())
        )

    @overload
    def delete_custom(
        self,
        *,
        id: str,
        body: CustomAvatarIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    def delete_custom(
        self,
        *,
        body: CustomAvatarIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def delete_custom(self, *args: Any, **kwargs: Any) -> Any:
        """Delete an avatar from the caller's library.

        Removes one of the caller's custom avatars. A2E's catalog lists no body, but says the record
        is named in the request; the `_id` body is inferred from the sibling deletes
        (custom_back/del, userVideoTwin/remove) and is unverified.

        Args:
            id: Id of the custom avatar.

        `deleteCustomAvatar`: POST /api/v1/custom_avatar/del
        """
        return self._request(_DELETE_CUSTOM, args, kwargs)

    def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[CustomAvatar]:
        """List the caller's custom avatars.

        Returns the avatars in the caller's library. A2E says the list takes paging and filter
        controls in the body but publishes none of their names, so the body is an open object passed
        through as given. The answer is typed as a plain list of records with only their common
        fields (A2E publishes no schema).

        `listCustomAvatars`: POST /api/v1/custom_avatar/list
        """
        return cast(
            "builtins.list[CustomAvatar]", self._request(_LIST_CUSTOM, (), locals())
        )

    def update_custom(
        self,
        id: str,
        /,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Change an avatar in the caller's library.

        Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the
        body is an open object passed through as given. A2E's catalog declares a `{success, data,
        timestamp}` answer; this spec types it as A2E's usual envelope, as for the other operations,
        with `data` left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `updateCustomAvatar`: PUT /api/v1/custom_avatar/{_id}
        """
        return self._request(_UPDATE_CUSTOM, (), locals())


class AsyncCreateAvatarsResource(AsyncResource):
    """Create Avatars: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncCreateAvatarsResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncCreateAvatarsResourceWithRawResponse(self._client)

    async def add_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> CustomAvatar:
        """Add an avatar to the caller's library.

        Creates a custom avatar record from avatar media and metadata. A2E's catalog lists no body
        fields for this operation, so the body is an open object passed through as given; the fields
        A2E expects are unknown. The answer is typed like the records of listCustomAvatars (A2E
        publishes no schema).

        `addCustomAvatar`: POST /api/v1/custom_avatar/add
        """
        return cast("CustomAvatar", await self._arequest(_ADD_CUSTOM, (), locals()))

    async def list_custom_tags(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[str]:
        """List the tags of the caller's avatars.

        Returns the distinct tags used to organise and filter the caller's custom avatars. A2E
        publishes no schema; the answer is typed as a list of tag names (inferred).

        `listCustomAvatarTags`: GET /api/v1/custom_avatar/all_tags
        """
        return cast(
            "builtins.list[str]", await self._arequest(_LIST_CUSTOM_TAGS, (), locals())
        )

    @overload
    async def delete_custom(
        self,
        *,
        id: str,
        body: CustomAvatarIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    @overload
    async def delete_custom(
        self,
        *,
        body: CustomAvatarIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def delete_custom(self, *args: Any, **kwargs: Any) -> Any:
        """Delete an avatar from the caller's library.

        Removes one of the caller's custom avatars. A2E's catalog lists no body, but says the record
        is named in the request; the `_id` body is inferred from the sibling deletes
        (custom_back/del, userVideoTwin/remove) and is unverified.

        Args:
            id: Id of the custom avatar.

        `deleteCustomAvatar`: POST /api/v1/custom_avatar/del
        """
        return await self._arequest(_DELETE_CUSTOM, args, kwargs)

    async def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[CustomAvatar]:
        """List the caller's custom avatars.

        Returns the avatars in the caller's library. A2E says the list takes paging and filter
        controls in the body but publishes none of their names, so the body is an open object passed
        through as given. The answer is typed as a plain list of records with only their common
        fields (A2E publishes no schema).

        `listCustomAvatars`: POST /api/v1/custom_avatar/list
        """
        return cast(
            "builtins.list[CustomAvatar]",
            await self._arequest(_LIST_CUSTOM, (), locals()),
        )

    async def update_custom(
        self,
        id: str,
        /,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Change an avatar in the caller's library.

        Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the
        body is an open object passed through as given. A2E's catalog declares a `{success, data,
        timestamp}` answer; this spec types it as A2E's usual envelope, as for the other operations,
        with `data` left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `updateCustomAvatar`: PUT /api/v1/custom_avatar/{_id}
        """
        return await self._arequest(_UPDATE_CUSTOM, (), locals())


class CreateAvatarsResourceWithRawResponse(SyncResource):
    """Create Avatars: 5 operations, answering the raw HTTP response."""

    _raw = True

    def add_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomAvatar]:
        return cast(
            "RawResponse[CustomAvatar]", self._request(_ADD_CUSTOM, (), locals())
        )

    def list_custom_tags(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[str]]:
        return cast(
            "RawResponse[builtins.list[str]]",
            self._request(_LIST_CUSTOM_TAGS, (), locals()),
        )

    @overload
    def delete_custom(
        self,
        *,
        id: str,
        body: CustomAvatarIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    def delete_custom(
        self,
        *,
        body: CustomAvatarIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    def delete_custom(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE_CUSTOM, args, kwargs))

    def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[CustomAvatar]]:
        return cast(
            "RawResponse[builtins.list[CustomAvatar]]",
            self._request(_LIST_CUSTOM, (), locals()),
        )

    def update_custom(
        self,
        id: str,
        /,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_UPDATE_CUSTOM, (), locals()))


class AsyncCreateAvatarsResourceWithRawResponse(AsyncResource):
    """Create Avatars: 5 operations, answering the raw HTTP response."""

    _raw = True

    async def add_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomAvatar]:
        return cast(
            "RawResponse[CustomAvatar]", await self._arequest(_ADD_CUSTOM, (), locals())
        )

    async def list_custom_tags(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[str]]:
        return cast(
            "RawResponse[builtins.list[str]]",
            await self._arequest(_LIST_CUSTOM_TAGS, (), locals()),
        )

    @overload
    async def delete_custom(
        self,
        *,
        id: str,
        body: CustomAvatarIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    @overload
    async def delete_custom(
        self,
        *,
        body: CustomAvatarIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]: ...
    async def delete_custom(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_DELETE_CUSTOM, args, kwargs)
        )

    async def list_custom(
        self,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[CustomAvatar]]:
        return cast(
            "RawResponse[builtins.list[CustomAvatar]]",
            await self._arequest(_LIST_CUSTOM, (), locals()),
        )

    async def update_custom(
        self,
        id: str,
        /,
        *,
        body: UnpublishedFieldsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_UPDATE_CUSTOM, (), locals())
        )
