"""The Streaming Avatar section: `client.streaming_avatar`.

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

    from ..models.qa_context import QaContext
    from ..models.streaming_avatar import StreamingAvatar
    from ..models.streaming_channel_request import StreamingChannelRequest
    from ..models.streaming_empty import StreamingEmpty
    from ..models.streaming_text_request import StreamingTextRequest
    from ..models.streaming_token import StreamingToken
    from ..models.streaming_token_request import StreamingTokenRequest

_GET_TOKEN = Operation(
    "streaming_avatar.get_streaming_token",
    "data",
    family=None,
    arguments={
        "avatar_id": ("body", "avatar_id"),
        "expire_seconds": ("body", "expire_seconds"),
    },
    positional=(),
    required=("avatar_id",),
    urls=(),
    enums={},
)
_LIST_STREAMING_AVATARS = Operation(
    "streaming_avatar.list_streaming_avatars",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_ASK = Operation(
    "streaming_avatar.ask_streaming_avatar",
    "data",
    family=None,
    arguments={"channel": ("body", "channel"), "text": ("body", "text")},
    positional=(),
    required=("channel", "text"),
    urls=(),
    enums={},
)
_GET_QA_CONTEXT = Operation(
    "streaming_avatar.get_streaming_qa_context",
    "data",
    family=None,
    arguments={"avatar_id": ("query", "avatar_id")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LEAVE_ROOM = Operation(
    "streaming_avatar.leave_streaming_room",
    "data",
    family=None,
    arguments={"channel": ("body", "channel")},
    positional=(),
    required=("channel",),
    urls=(),
    enums={},
)
_SET_QA_CONTEXT = Operation(
    "streaming_avatar.set_streaming_qa_context",
    "data",
    family=None,
    arguments={"channel": ("body", "channel"), "text": ("body", "text")},
    positional=(),
    required=("channel", "text"),
    urls=(),
    enums={},
)
_SPEAK = Operation(
    "streaming_avatar.speak_streaming_avatar",
    "data",
    family=None,
    arguments={"channel": ("body", "channel"), "text": ("body", "text")},
    positional=(),
    required=("channel", "text"),
    urls=(),
    enums={},
)


class StreamingAvatarResource(SyncResource):
    """Streaming Avatar: 7 operations."""

    @property
    def with_raw_response(self) -> StreamingAvatarResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return StreamingAvatarResourceWithRawResponse(self._client)

    @overload
    def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        body: StreamingTokenRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingToken: ...
    @overload
    def get_token(
        self,
        *,
        body: StreamingTokenRequest | Mapping[str, Any],
        avatar_id: str | None = None,
        expire_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingToken: ...
    def get_token(self, *args: Any, **kwargs: Any) -> StreamingToken:
        """Get credentials for a streaming avatar room.

        Opens a session with the avatar and returns the Agora credentials to join its room. A2E may
        answer code 1001 when no streaming host is free.

        Args:
            avatar_id: A streaming avatar, from listStreamingAvatars.
            expire_seconds: Length of the session; its credits are taken up front and the unused
                part refunded on leaveStreamingRoom.

        `getStreamingToken`: POST /api/v1/streaming-avatar/agora-token
        """
        return cast("StreamingToken", self._request(_GET_TOKEN, args, kwargs))

    def list_streaming_avatars(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[StreamingAvatar]:
        """List streaming avatars.

        Lists the avatars that can stream; the answer is typed from what clients read.

        `listStreamingAvatars`: GET /api/v1/streaming-avatar/all_avatars
        """
        return cast(
            "builtins.list[StreamingAvatar]",
            self._request(_LIST_STREAMING_AVATARS, (), locals()),
        )

    @overload
    def ask(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    def ask(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    def ask(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Ask the avatar a question.

        The avatar answers aloud in the room from its knowledge text; the answer text also arrives
        as Agora stream messages.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `askStreamingAvatar`: POST /api/v1/streaming-avatar/ask
        """
        return cast("StreamingEmpty", self._request(_ASK, args, kwargs))

    def get_qa_context(
        self,
        *,
        avatar_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> QaContext:
        """Read the avatar's knowledge text.

        Returns the text set with setStreamingQaContext. Unverified: only one third-party client
        calls this path; no A2E page shows it.

        Args:
            avatar_id: The streaming avatar.

        `getStreamingQaContext`: GET /api/v1/streaming-avatar/get_qa_context
        """
        return cast("QaContext", self._request(_GET_QA_CONTEXT, (), locals()))

    @overload
    def leave_room(
        self,
        *,
        channel: str,
        body: StreamingChannelRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    def leave_room(
        self,
        *,
        body: StreamingChannelRequest | Mapping[str, Any],
        channel: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    def leave_room(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Leave the avatar's room.

        Ends the session: frees the streaming host and stops charging; unused credits are refunded.
        Always call it when the user leaves.

        Args:
            channel: Channel of the session, from getStreamingToken.

        `leaveStreamingRoom`: POST /api/v1/streaming-avatar/leave
        """
        return cast("StreamingEmpty", self._request(_LEAVE_ROOM, args, kwargs))

    @overload
    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    def set_qa_context(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    def set_qa_context(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Give the avatar knowledge to answer from.

        Sets the text the avatar answers askStreamingAvatar questions from, for this session. For
        your own retrieval or LLM logic, use speakStreamingAvatar instead.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `setStreamingQaContext`: POST /api/v1/streaming-avatar/set-qa-context
        """
        return cast("StreamingEmpty", self._request(_SET_QA_CONTEXT, args, kwargs))

    @overload
    def speak(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    def speak(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    def speak(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Make the avatar say a text.

        The avatar says `text` word for word, without question answering.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `speakStreamingAvatar`: POST /api/v1/streaming-avatar/speak
        """
        return cast("StreamingEmpty", self._request(_SPEAK, args, kwargs))


class AsyncStreamingAvatarResource(AsyncResource):
    """Streaming Avatar: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncStreamingAvatarResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncStreamingAvatarResourceWithRawResponse(self._client)

    @overload
    async def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        body: StreamingTokenRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingToken: ...
    @overload
    async def get_token(
        self,
        *,
        body: StreamingTokenRequest | Mapping[str, Any],
        avatar_id: str | None = None,
        expire_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingToken: ...
    async def get_token(self, *args: Any, **kwargs: Any) -> StreamingToken:
        """Get credentials for a streaming avatar room.

        Opens a session with the avatar and returns the Agora credentials to join its room. A2E may
        answer code 1001 when no streaming host is free.

        Args:
            avatar_id: A streaming avatar, from listStreamingAvatars.
            expire_seconds: Length of the session; its credits are taken up front and the unused
                part refunded on leaveStreamingRoom.

        `getStreamingToken`: POST /api/v1/streaming-avatar/agora-token
        """
        return cast("StreamingToken", await self._arequest(_GET_TOKEN, args, kwargs))

    async def list_streaming_avatars(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[StreamingAvatar]:
        """List streaming avatars.

        Lists the avatars that can stream; the answer is typed from what clients read.

        `listStreamingAvatars`: GET /api/v1/streaming-avatar/all_avatars
        """
        return cast(
            "builtins.list[StreamingAvatar]",
            await self._arequest(_LIST_STREAMING_AVATARS, (), locals()),
        )

    @overload
    async def ask(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    async def ask(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    async def ask(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Ask the avatar a question.

        The avatar answers aloud in the room from its knowledge text; the answer text also arrives
        as Agora stream messages.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `askStreamingAvatar`: POST /api/v1/streaming-avatar/ask
        """
        return cast("StreamingEmpty", await self._arequest(_ASK, args, kwargs))

    async def get_qa_context(
        self,
        *,
        avatar_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> QaContext:
        """Read the avatar's knowledge text.

        Returns the text set with setStreamingQaContext. Unverified: only one third-party client
        calls this path; no A2E page shows it.

        Args:
            avatar_id: The streaming avatar.

        `getStreamingQaContext`: GET /api/v1/streaming-avatar/get_qa_context
        """
        return cast("QaContext", await self._arequest(_GET_QA_CONTEXT, (), locals()))

    @overload
    async def leave_room(
        self,
        *,
        channel: str,
        body: StreamingChannelRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    async def leave_room(
        self,
        *,
        body: StreamingChannelRequest | Mapping[str, Any],
        channel: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    async def leave_room(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Leave the avatar's room.

        Ends the session: frees the streaming host and stops charging; unused credits are refunded.
        Always call it when the user leaves.

        Args:
            channel: Channel of the session, from getStreamingToken.

        `leaveStreamingRoom`: POST /api/v1/streaming-avatar/leave
        """
        return cast("StreamingEmpty", await self._arequest(_LEAVE_ROOM, args, kwargs))

    @overload
    async def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    async def set_qa_context(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    async def set_qa_context(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Give the avatar knowledge to answer from.

        Sets the text the avatar answers askStreamingAvatar questions from, for this session. For
        your own retrieval or LLM logic, use speakStreamingAvatar instead.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `setStreamingQaContext`: POST /api/v1/streaming-avatar/set-qa-context
        """
        return cast(
            "StreamingEmpty", await self._arequest(_SET_QA_CONTEXT, args, kwargs)
        )

    @overload
    async def speak(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    @overload
    async def speak(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> StreamingEmpty: ...
    async def speak(self, *args: Any, **kwargs: Any) -> StreamingEmpty:
        """Make the avatar say a text.

        The avatar says `text` word for word, without question answering.

        Args:
            channel: Channel of the session, from getStreamingToken.
            text: What to ask, say or know, depending on the operation.

        `speakStreamingAvatar`: POST /api/v1/streaming-avatar/speak
        """
        return cast("StreamingEmpty", await self._arequest(_SPEAK, args, kwargs))


class StreamingAvatarResourceWithRawResponse(SyncResource):
    """Streaming Avatar: 7 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        body: StreamingTokenRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingToken]: ...
    @overload
    def get_token(
        self,
        *,
        body: StreamingTokenRequest | Mapping[str, Any],
        avatar_id: str | None = None,
        expire_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingToken]: ...
    def get_token(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingToken]:
        return cast(
            "RawResponse[StreamingToken]", self._request(_GET_TOKEN, args, kwargs)
        )

    def list_streaming_avatars(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[StreamingAvatar]]:
        return cast(
            "RawResponse[builtins.list[StreamingAvatar]]",
            self._request(_LIST_STREAMING_AVATARS, (), locals()),
        )

    @overload
    def ask(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    def ask(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    def ask(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast("RawResponse[StreamingEmpty]", self._request(_ASK, args, kwargs))

    def get_qa_context(
        self,
        *,
        avatar_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[QaContext]:
        return cast(
            "RawResponse[QaContext]", self._request(_GET_QA_CONTEXT, (), locals())
        )

    @overload
    def leave_room(
        self,
        *,
        channel: str,
        body: StreamingChannelRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    def leave_room(
        self,
        *,
        body: StreamingChannelRequest | Mapping[str, Any],
        channel: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    def leave_room(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]", self._request(_LEAVE_ROOM, args, kwargs)
        )

    @overload
    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    def set_qa_context(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    def set_qa_context(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]", self._request(_SET_QA_CONTEXT, args, kwargs)
        )

    @overload
    def speak(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    def speak(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    def speak(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast("RawResponse[StreamingEmpty]", self._request(_SPEAK, args, kwargs))


class AsyncStreamingAvatarResourceWithRawResponse(AsyncResource):
    """Streaming Avatar: 7 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        body: StreamingTokenRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingToken]: ...
    @overload
    async def get_token(
        self,
        *,
        body: StreamingTokenRequest | Mapping[str, Any],
        avatar_id: str | None = None,
        expire_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingToken]: ...
    async def get_token(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingToken]:
        return cast(
            "RawResponse[StreamingToken]",
            await self._arequest(_GET_TOKEN, args, kwargs),
        )

    async def list_streaming_avatars(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[StreamingAvatar]]:
        return cast(
            "RawResponse[builtins.list[StreamingAvatar]]",
            await self._arequest(_LIST_STREAMING_AVATARS, (), locals()),
        )

    @overload
    async def ask(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    async def ask(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    async def ask(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]", await self._arequest(_ASK, args, kwargs)
        )

    async def get_qa_context(
        self,
        *,
        avatar_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[QaContext]:
        return cast(
            "RawResponse[QaContext]",
            await self._arequest(_GET_QA_CONTEXT, (), locals()),
        )

    @overload
    async def leave_room(
        self,
        *,
        channel: str,
        body: StreamingChannelRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    async def leave_room(
        self,
        *,
        body: StreamingChannelRequest | Mapping[str, Any],
        channel: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    async def leave_room(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]",
            await self._arequest(_LEAVE_ROOM, args, kwargs),
        )

    @overload
    async def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    async def set_qa_context(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    async def set_qa_context(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]",
            await self._arequest(_SET_QA_CONTEXT, args, kwargs),
        )

    @overload
    async def speak(
        self,
        *,
        channel: str,
        text: str,
        body: StreamingTextRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    @overload
    async def speak(
        self,
        *,
        body: StreamingTextRequest | Mapping[str, Any],
        channel: str | None = None,
        text: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[StreamingEmpty]: ...
    async def speak(self, *args: Any, **kwargs: Any) -> RawResponse[StreamingEmpty]:
        return cast(
            "RawResponse[StreamingEmpty]", await self._arequest(_SPEAK, args, kwargs)
        )
