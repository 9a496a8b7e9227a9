"""The Miscellaneous section: `client.miscellaneous`.

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

    from ..models.add_user_request import AddUserRequest
    from ..models.presigned_upload import PresignedUpload
    from ..models.remaining_coins import RemainingCoins
    from ..models.start_watermark_request import StartWatermarkRequest
    from ..models.stored_file import StoredFile
    from ..models.transfer_to_storage_request import TransferToStorageRequest
    from ..models.upload_presigned_url_request import UploadPresignedUrlRequest
    from ..models.user import User
    from ..models.watermark_task import WatermarkTask

_GET_UPLOAD_URL_LEGACY = Operation(
    "miscellaneous.get_upload_url_legacy",
    "data",
    family=None,
    arguments={
        "key": ("body", "key"),
        "bucket": ("body", "bucket"),
        "url_prefix": ("body", "urlPrefix"),
        "cdn_domain": ("body", "cdnDomain"),
        "expires_in": ("body", "expiresIn"),
        "content_type": ("body", "contentType"),
        "file_size": ("body", "fileSize"),
        "content_length": ("body", "contentLength"),
    },
    positional=(),
    required=("key",),
    urls=(),
    enums={},
)
_GET_UPLOAD_URL = Operation(
    "miscellaneous.get_upload_url",
    "data",
    family=None,
    arguments={
        "key": ("body", "key"),
        "bucket": ("body", "bucket"),
        "url_prefix": ("body", "urlPrefix"),
        "cdn_domain": ("body", "cdnDomain"),
        "expires_in": ("body", "expiresIn"),
        "content_type": ("body", "contentType"),
        "file_size": ("body", "fileSize"),
        "content_length": ("body", "contentLength"),
    },
    positional=(),
    required=("key",),
    urls=(),
    enums={},
)
_TRANSFER_TO_STORAGE = Operation(
    "miscellaneous.transfer_to_storage",
    "data",
    family=None,
    arguments={"url": ("body", "url")},
    positional=(),
    required=("url",),
    urls=("url",),
    enums={},
)
_ADD_USER = Operation(
    "miscellaneous.add_user",
    "data",
    family=None,
    arguments={"username": ("body", "username")},
    positional=(),
    required=("username",),
    urls=(),
    enums={},
)
_GET_REMAINING_COINS = Operation(
    "miscellaneous.get_remaining_coins",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_ADD_WATERMARK = Operation(
    "miscellaneous.add_watermark",
    "data",
    family=None,
    arguments={
        "media_url": ("body", "media_url"),
        "watermark_type": ("body", "watermark_type"),
        "text": ("body", "text"),
        "watermark_image_url": ("body", "watermark_image_url"),
        "fontsize": ("body", "fontsize"),
        "fontcolor": ("body", "fontcolor"),
        "position": ("body", "position"),
        "scale_ratio": ("body", "scale_ratio"),
        "to_720p": ("body", "to_720p"),
    },
    positional=(),
    required=("media_url",),
    urls=("media_url", "watermark_image_url"),
    enums={},
)


class MiscellaneousResource(SyncResource):
    """Miscellaneous: 6 operations."""

    @property
    def with_raw_response(self) -> MiscellaneousResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return MiscellaneousResourceWithRawResponse(self._client)

    @overload
    def get_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    @overload
    def get_upload_url_legacy(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    def get_upload_url_legacy(self, *args: Any, **kwargs: Any) -> PresignedUpload:
        """Get an upload address (older path).

        The older path of getUploadUrl, with the same body and answer. One program reports that this
        path can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

        Args:
            key: Object key (path) the file will have in storage.
            bucket: Storage bucket; A2E picks one when left out.
            url_prefix: Prefix of the key, outside A2E's own sites.
            cdn_domain: Domain of cdnUrl, outside A2E's own sites.
            expires_in: Seconds the upload address stays valid.
            content_type: MIME type the upload must be sent with.
            file_size: Size of the file in bytes.
            content_length: Size of the file in bytes; wins over fileSize.

        `getUploadUrlLegacy`: POST /api/v1/r2/get_upload_presigned_url
        """
        return cast(
            "PresignedUpload", self._request(_GET_UPLOAD_URL_LEGACY, args, kwargs)
        )

    @overload
    def get_upload_url(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    @overload
    def get_upload_url(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    def get_upload_url(self, *args: Any, **kwargs: Any) -> PresignedUpload:
        """Get an address to upload a file to.

        Returns a pre-signed `uploadUrl`: PUT the file's bytes there (with `contentType` if it was
        given), then pass `cdnUrl` to any task. Uploads are charged by storage size.

        Args:
            key: Object key (path) the file will have in storage.
            bucket: Storage bucket; A2E picks one when left out.
            url_prefix: Prefix of the key, outside A2E's own sites.
            cdn_domain: Domain of cdnUrl, outside A2E's own sites.
            expires_in: Seconds the upload address stays valid.
            content_type: MIME type the upload must be sent with.
            file_size: Size of the file in bytes.
            content_length: Size of the file in bytes; wins over fileSize.

        `getUploadUrl`: POST /api/v1/r2/upload-presigned-url
        """
        return cast("PresignedUpload", self._request(_GET_UPLOAD_URL, args, kwargs))

    @overload
    def transfer_to_storage(
        self,
        *,
        url: str | os.PathLike[str] | BinaryIO,
        body: TransferToStorageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StoredFile: ...
    @overload
    def transfer_to_storage(
        self,
        *,
        body: TransferToStorageRequest | Mapping[str, Any],
        url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StoredFile: ...
    def transfer_to_storage(self, *args: Any, **kwargs: Any) -> StoredFile:
        """Copy a file into A2E's storage.

        Copies the file at `url` into A2E's storage and returns the new address, which tasks can
        read reliably.

        Args:
            url: Address of the file to copy.

        `transferToStorage`: POST /api/v1/tos/transferToStorage
        """
        return cast("StoredFile", self._request(_TRANSFER_TO_STORAGE, args, kwargs))

    @overload
    def add_user(
        self,
        *,
        username: str,
        body: AddUserRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> User: ...
    @overload
    def add_user(
        self,
        *,
        body: AddUserRequest | Mapping[str, Any],
        username: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> User: ...
    def add_user(self, *args: Any, **kwargs: Any) -> User:
        """Add a user.

        Creates a user under the caller's account. Only the start of this operation is visible in
        A2E's catalog; the answer is typed as the new user (uncertain).

        Args:
            username: Name of the user to create.

        `addUser`: POST /api/v1/user/add
        """
        return cast("User", self._request(_ADD_USER, args, kwargs))

    def get_remaining_coins(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RemainingCoins:
        """Read the credits left.

        Returns the caller's remaining credits and diamonds. Unverified: no A2E page documents this
        operation; its path comes from third-party programs.

        `getRemainingCoins`: GET /api/v1/user/remainingCoins
        """
        return cast("RemainingCoins", self._request(_GET_REMAINING_COINS, (), locals()))

    @overload
    def add_watermark(
        self,
        *,
        media_url: str | os.PathLike[str] | BinaryIO,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        body: StartWatermarkRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WatermarkTask: ...
    @overload
    def add_watermark(
        self,
        *,
        body: StartWatermarkRequest | Mapping[str, Any],
        media_url: str | os.PathLike[str] | BinaryIO | None = None,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WatermarkTask: ...
    def add_watermark(self, *args: Any, **kwargs: Any) -> WatermarkTask:
        """Add a watermark to a video or an image.

        Puts a text mark on the media at `media_url`; the answer usually already holds the result.

        Args:
            media_url: Address of the video or image to mark.
            watermark_type: text, or image (image marks are unverified: one program sends them with
                watermark_image_url).
            text: The text of the mark.
            watermark_image_url: Address of the image to use as the mark, with watermark_type image.
                Unverified: only one program sends it; A2E documents text marks.
            fontsize: Font size in pixels.
            fontcolor: Red, green, blue and alpha, 0 to 255.
            position: Where the mark goes, such as bottom_right.
            scale_ratio: Scale of the mark.
            to_720p: Also scale the media down to 720p.

        `addWatermark`: POST /api/v1/watermark/start
        """
        return cast("WatermarkTask", self._request(_ADD_WATERMARK, args, kwargs))


class AsyncMiscellaneousResource(AsyncResource):
    """Miscellaneous: 6 operations."""

    @property
    def with_raw_response(self) -> AsyncMiscellaneousResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncMiscellaneousResourceWithRawResponse(self._client)

    @overload
    async def get_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    @overload
    async def get_upload_url_legacy(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    async def get_upload_url_legacy(self, *args: Any, **kwargs: Any) -> PresignedUpload:
        """Get an upload address (older path).

        The older path of getUploadUrl, with the same body and answer. One program reports that this
        path can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

        Args:
            key: Object key (path) the file will have in storage.
            bucket: Storage bucket; A2E picks one when left out.
            url_prefix: Prefix of the key, outside A2E's own sites.
            cdn_domain: Domain of cdnUrl, outside A2E's own sites.
            expires_in: Seconds the upload address stays valid.
            content_type: MIME type the upload must be sent with.
            file_size: Size of the file in bytes.
            content_length: Size of the file in bytes; wins over fileSize.

        `getUploadUrlLegacy`: POST /api/v1/r2/get_upload_presigned_url
        """
        return cast(
            "PresignedUpload",
            await self._arequest(_GET_UPLOAD_URL_LEGACY, args, kwargs),
        )

    @overload
    async def get_upload_url(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    @overload
    async def get_upload_url(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PresignedUpload: ...
    async def get_upload_url(self, *args: Any, **kwargs: Any) -> PresignedUpload:
        """Get an address to upload a file to.

        Returns a pre-signed `uploadUrl`: PUT the file's bytes there (with `contentType` if it was
        given), then pass `cdnUrl` to any task. Uploads are charged by storage size.

        Args:
            key: Object key (path) the file will have in storage.
            bucket: Storage bucket; A2E picks one when left out.
            url_prefix: Prefix of the key, outside A2E's own sites.
            cdn_domain: Domain of cdnUrl, outside A2E's own sites.
            expires_in: Seconds the upload address stays valid.
            content_type: MIME type the upload must be sent with.
            file_size: Size of the file in bytes.
            content_length: Size of the file in bytes; wins over fileSize.

        `getUploadUrl`: POST /api/v1/r2/upload-presigned-url
        """
        return cast(
            "PresignedUpload", await self._arequest(_GET_UPLOAD_URL, args, kwargs)
        )

    @overload
    async def transfer_to_storage(
        self,
        *,
        url: str | os.PathLike[str] | BinaryIO,
        body: TransferToStorageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StoredFile: ...
    @overload
    async def transfer_to_storage(
        self,
        *,
        body: TransferToStorageRequest | Mapping[str, Any],
        url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StoredFile: ...
    async def transfer_to_storage(self, *args: Any, **kwargs: Any) -> StoredFile:
        """Copy a file into A2E's storage.

        Copies the file at `url` into A2E's storage and returns the new address, which tasks can
        read reliably.

        Args:
            url: Address of the file to copy.

        `transferToStorage`: POST /api/v1/tos/transferToStorage
        """
        return cast(
            "StoredFile", await self._arequest(_TRANSFER_TO_STORAGE, args, kwargs)
        )

    @overload
    async def add_user(
        self,
        *,
        username: str,
        body: AddUserRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> User: ...
    @overload
    async def add_user(
        self,
        *,
        body: AddUserRequest | Mapping[str, Any],
        username: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> User: ...
    async def add_user(self, *args: Any, **kwargs: Any) -> User:
        """Add a user.

        Creates a user under the caller's account. Only the start of this operation is visible in
        A2E's catalog; the answer is typed as the new user (uncertain).

        Args:
            username: Name of the user to create.

        `addUser`: POST /api/v1/user/add
        """
        return cast("User", await self._arequest(_ADD_USER, args, kwargs))

    async def get_remaining_coins(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RemainingCoins:
        """Read the credits left.

        Returns the caller's remaining credits and diamonds. Unverified: no A2E page documents this
        operation; its path comes from third-party programs.

        `getRemainingCoins`: GET /api/v1/user/remainingCoins
        """
        return cast(
            "RemainingCoins", await self._arequest(_GET_REMAINING_COINS, (), locals())
        )

    @overload
    async def add_watermark(
        self,
        *,
        media_url: str | os.PathLike[str] | BinaryIO,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        body: StartWatermarkRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WatermarkTask: ...
    @overload
    async def add_watermark(
        self,
        *,
        body: StartWatermarkRequest | Mapping[str, Any],
        media_url: str | os.PathLike[str] | BinaryIO | None = None,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> WatermarkTask: ...
    async def add_watermark(self, *args: Any, **kwargs: Any) -> WatermarkTask:
        """Add a watermark to a video or an image.

        Puts a text mark on the media at `media_url`; the answer usually already holds the result.

        Args:
            media_url: Address of the video or image to mark.
            watermark_type: text, or image (image marks are unverified: one program sends them with
                watermark_image_url).
            text: The text of the mark.
            watermark_image_url: Address of the image to use as the mark, with watermark_type image.
                Unverified: only one program sends it; A2E documents text marks.
            fontsize: Font size in pixels.
            fontcolor: Red, green, blue and alpha, 0 to 255.
            position: Where the mark goes, such as bottom_right.
            scale_ratio: Scale of the mark.
            to_720p: Also scale the media down to 720p.

        `addWatermark`: POST /api/v1/watermark/start
        """
        return cast("WatermarkTask", await self._arequest(_ADD_WATERMARK, args, kwargs))


class MiscellaneousResourceWithRawResponse(SyncResource):
    """Miscellaneous: 6 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def get_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    @overload
    def get_upload_url_legacy(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    def get_upload_url_legacy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PresignedUpload]:
        return cast(
            "RawResponse[PresignedUpload]",
            self._request(_GET_UPLOAD_URL_LEGACY, args, kwargs),
        )

    @overload
    def get_upload_url(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    @overload
    def get_upload_url(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    def get_upload_url(self, *args: Any, **kwargs: Any) -> RawResponse[PresignedUpload]:
        return cast(
            "RawResponse[PresignedUpload]", self._request(_GET_UPLOAD_URL, args, kwargs)
        )

    @overload
    def transfer_to_storage(
        self,
        *,
        url: str | os.PathLike[str] | BinaryIO,
        body: TransferToStorageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StoredFile]: ...
    @overload
    def transfer_to_storage(
        self,
        *,
        body: TransferToStorageRequest | Mapping[str, Any],
        url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StoredFile]: ...
    def transfer_to_storage(self, *args: Any, **kwargs: Any) -> RawResponse[StoredFile]:
        return cast(
            "RawResponse[StoredFile]", self._request(_TRANSFER_TO_STORAGE, args, kwargs)
        )

    @overload
    def add_user(
        self,
        *,
        username: str,
        body: AddUserRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[User]: ...
    @overload
    def add_user(
        self,
        *,
        body: AddUserRequest | Mapping[str, Any],
        username: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[User]: ...
    def add_user(self, *args: Any, **kwargs: Any) -> RawResponse[User]:
        return cast("RawResponse[User]", self._request(_ADD_USER, args, kwargs))

    def get_remaining_coins(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RemainingCoins]:
        return cast(
            "RawResponse[RemainingCoins]",
            self._request(_GET_REMAINING_COINS, (), locals()),
        )

    @overload
    def add_watermark(
        self,
        *,
        media_url: str | os.PathLike[str] | BinaryIO,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        body: StartWatermarkRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WatermarkTask]: ...
    @overload
    def add_watermark(
        self,
        *,
        body: StartWatermarkRequest | Mapping[str, Any],
        media_url: str | os.PathLike[str] | BinaryIO | None = None,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WatermarkTask]: ...
    def add_watermark(self, *args: Any, **kwargs: Any) -> RawResponse[WatermarkTask]:
        return cast(
            "RawResponse[WatermarkTask]", self._request(_ADD_WATERMARK, args, kwargs)
        )


class AsyncMiscellaneousResourceWithRawResponse(AsyncResource):
    """Miscellaneous: 6 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def get_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    @overload
    async def get_upload_url_legacy(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    async def get_upload_url_legacy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PresignedUpload]:
        return cast(
            "RawResponse[PresignedUpload]",
            await self._arequest(_GET_UPLOAD_URL_LEGACY, args, kwargs),
        )

    @overload
    async def get_upload_url(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        body: UploadPresignedUrlRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    @overload
    async def get_upload_url(
        self,
        *,
        body: UploadPresignedUrlRequest | Mapping[str, Any],
        key: str | None = None,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PresignedUpload]: ...
    async def get_upload_url(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PresignedUpload]:
        return cast(
            "RawResponse[PresignedUpload]",
            await self._arequest(_GET_UPLOAD_URL, args, kwargs),
        )

    @overload
    async def transfer_to_storage(
        self,
        *,
        url: str | os.PathLike[str] | BinaryIO,
        body: TransferToStorageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StoredFile]: ...
    @overload
    async def transfer_to_storage(
        self,
        *,
        body: TransferToStorageRequest | Mapping[str, Any],
        url: str | os.PathLike[str] | BinaryIO | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StoredFile]: ...
    async def transfer_to_storage(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[StoredFile]:
        return cast(
            "RawResponse[StoredFile]",
            await self._arequest(_TRANSFER_TO_STORAGE, args, kwargs),
        )

    @overload
    async def add_user(
        self,
        *,
        username: str,
        body: AddUserRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[User]: ...
    @overload
    async def add_user(
        self,
        *,
        body: AddUserRequest | Mapping[str, Any],
        username: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[User]: ...
    async def add_user(self, *args: Any, **kwargs: Any) -> RawResponse[User]:
        return cast("RawResponse[User]", await self._arequest(_ADD_USER, args, kwargs))

    async def get_remaining_coins(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RemainingCoins]:
        return cast(
            "RawResponse[RemainingCoins]",
            await self._arequest(_GET_REMAINING_COINS, (), locals()),
        )

    @overload
    async def add_watermark(
        self,
        *,
        media_url: str | os.PathLike[str] | BinaryIO,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        body: StartWatermarkRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WatermarkTask]: ...
    @overload
    async def add_watermark(
        self,
        *,
        body: StartWatermarkRequest | Mapping[str, Any],
        media_url: str | os.PathLike[str] | BinaryIO | None = None,
        watermark_type: str | None = None,
        text: str | None = None,
        watermark_image_url: str | os.PathLike[str] | BinaryIO | None = None,
        fontsize: int | None = None,
        fontcolor: Sequence[int] | None = None,
        position: str | None = None,
        scale_ratio: float | None = None,
        to_720p: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[WatermarkTask]: ...
    async def add_watermark(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[WatermarkTask]:
        return cast(
            "RawResponse[WatermarkTask]",
            await self._arequest(_ADD_WATERMARK, args, kwargs),
        )
