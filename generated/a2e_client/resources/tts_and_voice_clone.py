"""The TTS and Voice Clone section: `client.tts_and_voice_clone`.

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

    from ..models.generate_tts_request import GenerateTtsRequest
    from ..models.list_languages_request import ListLanguagesRequest
    from ..models.list_voices_request import ListVoicesRequest
    from ..models.rename_voice_request import RenameVoiceRequest
    from ..models.system_voice import SystemVoice
    from ..models.train_voice_clone_request import TrainVoiceCloneRequest
    from ..models.tts_preview import TtsPreview
    from ..models.user_voice import UserVoice
    from ..models.voice_option import VoiceOption

_LIST_VOICES = Operation(
    "tts_and_voice_clone.list_voices",
    "data",
    family=None,
    arguments={
        "country": ("query", "country"),
        "region": ("query", "region"),
        "voice_map_type": ("query", "voice_map_type"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_BY_POST = Operation(
    "tts_and_voice_clone.list_voices_by_post",
    "data",
    family=None,
    arguments={
        "country": ("body", "country"),
        "region": ("body", "region"),
        "voice_map_type": ("body", "voice_map_type"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_CLONED = Operation(
    "tts_and_voice_clone.list_cloned_voices",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "tts_and_voice_clone.train_voice_clone",
    "start",
    family="voice_clone",
    arguments={
        "name": ("body", "name"),
        "voice_urls": ("body", "voice_urls"),
        "gender": ("body", "gender"),
        "denoise": ("body", "denoise"),
        "enhance_voice_similarity": ("body", "enhance_voice_similarity"),
        "model": ("body", "model"),
        "language": ("body", "language"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("name", "voice_urls"),
    urls=("voice_urls", "webhook_url"),
    enums={
        "gender": ("female", "male"),
        "model": ("a2e", "cartesia", "minimax", "elevenlabs"),
    },
)
_GET_STATUS = Operation(
    "tts_and_voice_clone.list_voice_clone_trainings",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET = Operation(
    "tts_and_voice_clone.get_voice",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_RENAME = Operation(
    "tts_and_voice_clone.rename_voice",
    "data",
    family=None,
    arguments={"id": ("path", "_id"), "name": ("body", "name")},
    positional=("id",),
    required=("name",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "tts_and_voice_clone.delete_voice",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_GENERATE = Operation(
    "tts_and_voice_clone.generate_tts",
    "data",
    family=None,
    arguments={
        "msg": ("body", "msg"),
        "tts_id": ("body", "tts_id"),
        "user_voice_id": ("body", "user_voice_id"),
        "country": ("body", "country"),
        "region": ("body", "region"),
        "speech_rate": ("body", "speechRate"),
        "type_": ("body", "type"),
        "turnstile_token": ("body", "turnstile_token"),
        "captcha_verify_param": ("body", "captchaVerifyParam"),
    },
    positional=(),
    required=("msg",),
    urls=(),
    enums={"type_": ("turnstile", "aliyun_captcha")},
)
_LIST_LANGUAGES = Operation(
    "tts_and_voice_clone.list_languages",
    "data",
    family=None,
    arguments={"voice_map_type": ("body", "voice_map_type")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_SYSTEM = Operation(
    "tts_and_voice_clone.list_system_voices",
    "data",
    family=None,
    arguments={},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_PREVIEWS = Operation(
    "tts_and_voice_clone.list_tts_previews",
    "page",
    family=None,
    arguments={"page_size": ("query", "pageSize"), "current": ("query", "current")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_DELETE_PREVIEW = Operation(
    "tts_and_voice_clone.delete_tts_preview",
    "data",
    family=None,
    arguments={"id": ("path", "id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)


class TtsAndVoiceCloneResource(SyncResource):
    """TTS and Voice Clone: 13 operations."""

    @property
    def with_raw_response(self) -> TtsAndVoiceCloneResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return TtsAndVoiceCloneResourceWithRawResponse(self._client)

    def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List A2E's public TTS voices.

        Lists the public voices for a locale, grouped (for example by gender). The `value` of a
        voice is the `tts_id` that generateTts takes. The answer is typed from the fields clients
        read; A2E published no example.

        Args:
            country: Language part of the locale.
            region: Region part of the locale.
            voice_map_type: Locale the voices are mapped to.

        `listVoices`: GET /api/v1/anchor/voice_list
        """
        return cast(
            "builtins.list[VoiceOption]", self._request(_LIST_VOICES, (), locals())
        )

    def list_by_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        body: ListVoicesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List public TTS voices (older POST form).

        The older form of listVoices, with the locale in a JSON body. Prefer listVoices.

        Args:
            country: Language part of the locale, such as en.
            region: Region part of the locale, such as US.
            voice_map_type: Locale the voices are mapped to, such as en-US.

        `listVoicesByPost`: POST /api/v1/anchor/voice_list
        """
        return cast(
            "builtins.list[VoiceOption]", self._request(_LIST_BY_POST, (), locals())
        )

    def list_cloned(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[UserVoice]:
        """List the caller's finished voice clones.

        Voices whose training completed, newest first. Pass a voice's `speaker_id` to generateTts as
        `user_voice_id`.

        `listClonedVoices`: GET /api/v1/userVoice/completedRecord
        """
        return cast(
            "builtins.list[UserVoice]", self._request(_LIST_CLONED, (), locals())
        )

    @overload
    def start(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[UserVoice]: ...
    @overload
    def start(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[UserVoice]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[UserVoice]:
        """Clone a voice from recordings.

        Starts training a voice from the caller's recordings; it usually completes within a couple
        of minutes. One training runs at a time per account, and the cost depends on `model`. Follow
        it with getVoice (family `voice_clone`). The docs also list cloning a voice from a video; no
        page shows a separate call for it, so it is assumed to be this one with a video address
        (unverified).

        Args:
            name: A name for the task, chosen by the caller.
            voice_urls: Addresses of the recordings: mp3, wav or m4a, one clean speaker, 15 to 60
                seconds in all. A video address also works for cloning a voice from a video
                (unverified).
            gender: Voice or avatar gender.
            denoise: Clean background noise from the recordings first.
            enhance_voice_similarity: Favour closeness to the speaker over smoothness.
            model: Engine that trains and speaks the voice; the cost depends on it.
            language: Main language of the recordings, such as en-US.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `trainVoiceClone`: POST /api/v1/userVoice/training
        """
        return cast("Task[UserVoice]", self._request(_START, args, kwargs))

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[UserVoice]:
        """List voice clone trainings.

        Voice trainings of the caller with their status, newest first. Third-party summaries name
        this path processingRecord; A2E's catalog names it trainingRecord.

        `listVoiceCloneTrainings`: GET /api/v1/userVoice/trainingRecord
        """
        return cast(
            "builtins.list[UserVoice]", self._request(_GET_STATUS, (), locals())
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
    ) -> UserVoice:
        """Read one cloned voice.

        Returns one voice training with its status; once `completed`, `speaker_id` is usable in
        generateTts.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVoice`: GET /api/v1/userVoice/{_id}
        """
        return cast("UserVoice", self._request(_GET, (), locals()))

    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameVoiceRequest | Mapping[str, Any] | None = None,
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
        body: RenameVoiceRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    def rename(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a cloned voice.

        Gives one of the caller's voice trainings a new name; nothing else about the voice changes.
        A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it as A2E's
        usual envelope, like the other voice operations, with `data` left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The new name.

        `renameVoice`: PUT /api/v1/userVoice/{_id}
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
        """Delete a cloned voice.

        Removes a voice of the caller (A2E marks it deleted).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVoice`: DELETE /api/v1/userVoice/{_id}
        """
        return self._request(_DELETE, (), locals())

    @overload
    def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        body: GenerateTtsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    @overload
    def generate(
        self,
        *,
        body: GenerateTtsRequest | Mapping[str, Any],
        msg: str | None = None,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    def generate(self, *args: Any, **kwargs: Any) -> str:
        """Turn text into speech.

        Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one
        (`user_voice_id`, with `country` and `region`); one of the two is needed. API callers may
        send up to 1000 characters. The answer's `data` is the address of the audio file. The
        captcha fields are for A2E's web app only.

        Args:
            msg: The text to speak.
            tts_id: A public voice, from listVoices.
            user_voice_id: A cloned voice of the caller.
            country: Language part of the locale, such as en.
            region: Region part of the locale, such as US.
            speech_rate: Speaking speed multiplier.
            type_: Captcha kind; only A2E's web app needs it.
            turnstile_token: Captcha answer; only A2E's web app needs it.
            captcha_verify_param: Captcha answer; only A2E's web app needs it.

        `generateTts`: POST /api/v1/video/send_tts
        """
        return cast("str", self._request(_GENERATE, args, kwargs))

    def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        body: ListLanguagesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List the languages voices speak.

        Lists the languages and regions for voices; `value`s give generateTts its `country` and
        `region`.

        Args:
            voice_map_type: Locale to name the languages in, such as en-US.

        `listLanguages`: POST /api/v1/anchor/language_list
        """
        return cast(
            "builtins.list[VoiceOption]", self._request(_LIST_LANGUAGES, (), locals())
        )

    def list_system(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[SystemVoice]:
        """List A2E's system TTS voices.

        Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
        generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E
        publishes no schema for the answer: the item fields are the ones a third-party program reads
        (unverified).

        `listSystemVoices`: POST /api/v1/anchor/tts_list
        """
        return cast(
            "builtins.list[SystemVoice]", self._request(_LIST_SYSTEM, (), locals())
        )

    def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[TtsPreview]:
        """List recent speech previews.

        Pages through the caller's text-to-speech previews of the last 24 hours that were not
        deleted, newest first. Note the paging names: `current` and `pageSize`. A2E publishes no
        schema for the answer; it is typed as a plain list, as the one program that reads it
        expects, and each record keeps whatever fields A2E sends.

        Args:
            page_size: Records per page.
            current: Page to return, counted from 1.

        `listTtsPreviews`: GET /api/v1/tts/preview/list
        """
        return cast("Iterator[TtsPreview]", self._request(_LIST_PREVIEWS, (), locals()))

    def delete_preview(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a speech preview.

        Hides one of the caller's speech previews (A2E marks the record deleted; the audio file
        itself stays where it is).

        Args:
            id: Id of the preview, from listTtsPreviews.

        `deleteTtsPreview`: DELETE /api/v1/tts/preview/{id}
        """
        return self._request(_DELETE_PREVIEW, (), locals())

    @overload
    def run(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[UserVoice]: ...
    @overload
    def run(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[UserVoice]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[UserVoice]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[UserVoice]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[UserVoice]:
        """The voice_clone task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[UserVoice]", self._task("voice_clone", id))


class AsyncTtsAndVoiceCloneResource(AsyncResource):
    """TTS and Voice Clone: 13 operations."""

    @property
    def with_raw_response(self) -> AsyncTtsAndVoiceCloneResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncTtsAndVoiceCloneResourceWithRawResponse(self._client)

    async def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List A2E's public TTS voices.

        Lists the public voices for a locale, grouped (for example by gender). The `value` of a
        voice is the `tts_id` that generateTts takes. The answer is typed from the fields clients
        read; A2E published no example.

        Args:
            country: Language part of the locale.
            region: Region part of the locale.
            voice_map_type: Locale the voices are mapped to.

        `listVoices`: GET /api/v1/anchor/voice_list
        """
        return cast(
            "builtins.list[VoiceOption]",
            await self._arequest(_LIST_VOICES, (), locals()),
        )

    async def list_by_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        body: ListVoicesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List public TTS voices (older POST form).

        The older form of listVoices, with the locale in a JSON body. Prefer listVoices.

        Args:
            country: Language part of the locale, such as en.
            region: Region part of the locale, such as US.
            voice_map_type: Locale the voices are mapped to, such as en-US.

        `listVoicesByPost`: POST /api/v1/anchor/voice_list
        """
        return cast(
            "builtins.list[VoiceOption]",
            await self._arequest(_LIST_BY_POST, (), locals()),
        )

    async def list_cloned(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[UserVoice]:
        """List the caller's finished voice clones.

        Voices whose training completed, newest first. Pass a voice's `speaker_id` to generateTts as
        `user_voice_id`.

        `listClonedVoices`: GET /api/v1/userVoice/completedRecord
        """
        return cast(
            "builtins.list[UserVoice]", await self._arequest(_LIST_CLONED, (), locals())
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[UserVoice]: ...
    @overload
    async def start(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[UserVoice]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[UserVoice]:
        """Clone a voice from recordings.

        Starts training a voice from the caller's recordings; it usually completes within a couple
        of minutes. One training runs at a time per account, and the cost depends on `model`. Follow
        it with getVoice (family `voice_clone`). The docs also list cloning a voice from a video; no
        page shows a separate call for it, so it is assumed to be this one with a video address
        (unverified).

        Args:
            name: A name for the task, chosen by the caller.
            voice_urls: Addresses of the recordings: mp3, wav or m4a, one clean speaker, 15 to 60
                seconds in all. A video address also works for cloning a voice from a video
                (unverified).
            gender: Voice or avatar gender.
            denoise: Clean background noise from the recordings first.
            enhance_voice_similarity: Favour closeness to the speaker over smoothness.
            model: Engine that trains and speaks the voice; the cost depends on it.
            language: Main language of the recordings, such as en-US.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `trainVoiceClone`: POST /api/v1/userVoice/training
        """
        return cast("AsyncTask[UserVoice]", await self._arequest(_START, args, kwargs))

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[UserVoice]:
        """List voice clone trainings.

        Voice trainings of the caller with their status, newest first. Third-party summaries name
        this path processingRecord; A2E's catalog names it trainingRecord.

        `listVoiceCloneTrainings`: GET /api/v1/userVoice/trainingRecord
        """
        return cast(
            "builtins.list[UserVoice]", await self._arequest(_GET_STATUS, (), locals())
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
    ) -> UserVoice:
        """Read one cloned voice.

        Returns one voice training with its status; once `completed`, `speaker_id` is usable in
        generateTts.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `getVoice`: GET /api/v1/userVoice/{_id}
        """
        return cast("UserVoice", await self._arequest(_GET, (), locals()))

    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameVoiceRequest | Mapping[str, Any] | None = None,
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
        body: RenameVoiceRequest | Mapping[str, Any],
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any: ...
    async def rename(self, *args: Any, **kwargs: Any) -> Any:
        """Rename a cloned voice.

        Gives one of the caller's voice trainings a new name; nothing else about the voice changes.
        A2E's catalog declares a `{success, data, timestamp}` answer; this spec types it as A2E's
        usual envelope, like the other voice operations, with `data` left open.

        Args:
            id: Id of the record, as A2E returned it in `_id`.
            name: The new name.

        `renameVoice`: PUT /api/v1/userVoice/{_id}
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
        """Delete a cloned voice.

        Removes a voice of the caller (A2E marks it deleted).

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteVoice`: DELETE /api/v1/userVoice/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    @overload
    async def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        body: GenerateTtsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    @overload
    async def generate(
        self,
        *,
        body: GenerateTtsRequest | Mapping[str, Any],
        msg: str | None = None,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    async def generate(self, *args: Any, **kwargs: Any) -> str:
        """Turn text into speech.

        Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one
        (`user_voice_id`, with `country` and `region`); one of the two is needed. API callers may
        send up to 1000 characters. The answer's `data` is the address of the audio file. The
        captcha fields are for A2E's web app only.

        Args:
            msg: The text to speak.
            tts_id: A public voice, from listVoices.
            user_voice_id: A cloned voice of the caller.
            country: Language part of the locale, such as en.
            region: Region part of the locale, such as US.
            speech_rate: Speaking speed multiplier.
            type_: Captcha kind; only A2E's web app needs it.
            turnstile_token: Captcha answer; only A2E's web app needs it.
            captcha_verify_param: Captcha answer; only A2E's web app needs it.

        `generateTts`: POST /api/v1/video/send_tts
        """
        return cast("str", await self._arequest(_GENERATE, args, kwargs))

    async def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        body: ListLanguagesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[VoiceOption]:
        """List the languages voices speak.

        Lists the languages and regions for voices; `value`s give generateTts its `country` and
        `region`.

        Args:
            voice_map_type: Locale to name the languages in, such as en-US.

        `listLanguages`: POST /api/v1/anchor/language_list
        """
        return cast(
            "builtins.list[VoiceOption]",
            await self._arequest(_LIST_LANGUAGES, (), locals()),
        )

    async def list_system(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[SystemVoice]:
        """List A2E's system TTS voices.

        Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
        generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E
        publishes no schema for the answer: the item fields are the ones a third-party program reads
        (unverified).

        `listSystemVoices`: POST /api/v1/anchor/tts_list
        """
        return cast(
            "builtins.list[SystemVoice]",
            await self._arequest(_LIST_SYSTEM, (), locals()),
        )

    def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[TtsPreview]:
        """List recent speech previews.

        Pages through the caller's text-to-speech previews of the last 24 hours that were not
        deleted, newest first. Note the paging names: `current` and `pageSize`. A2E publishes no
        schema for the answer; it is typed as a plain list, as the one program that reads it
        expects, and each record keeps whatever fields A2E sends.

        Args:
            page_size: Records per page.
            current: Page to return, counted from 1.

        `listTtsPreviews`: GET /api/v1/tts/preview/list
        """
        return cast(
            "AsyncIterator[TtsPreview]", self._apages(_LIST_PREVIEWS, (), locals())
        )

    async def delete_preview(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Delete a speech preview.

        Hides one of the caller's speech previews (A2E marks the record deleted; the audio file
        itself stays where it is).

        Args:
            id: Id of the preview, from listTtsPreviews.

        `deleteTtsPreview`: DELETE /api/v1/tts/preview/{id}
        """
        return await self._arequest(_DELETE_PREVIEW, (), locals())

    @overload
    async def run(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[UserVoice]: ...
    @overload
    async def run(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[UserVoice]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[UserVoice]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[UserVoice]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[UserVoice]:
        """The voice_clone task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[UserVoice]", await self._atask("voice_clone", id))


class TtsAndVoiceCloneResourceWithRawResponse(SyncResource):
    """TTS and Voice Clone: 13 operations, answering the raw HTTP response."""

    _raw = True

    def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            self._request(_LIST_VOICES, (), locals()),
        )

    def list_by_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        body: ListVoicesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            self._request(_LIST_BY_POST, (), locals()),
        )

    def list_cloned(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[UserVoice]]:
        return cast(
            "RawResponse[builtins.list[UserVoice]]",
            self._request(_LIST_CLONED, (), locals()),
        )

    @overload
    def start(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[UserVoice]]: ...
    @overload
    def start(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[UserVoice]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[UserVoice]]:
        return cast("RawResponse[Task[UserVoice]]", self._request(_START, args, kwargs))

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[UserVoice]]:
        return cast(
            "RawResponse[builtins.list[UserVoice]]",
            self._request(_GET_STATUS, (), locals()),
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
    ) -> RawResponse[UserVoice]:
        return cast("RawResponse[UserVoice]", self._request(_GET, (), locals()))

    @overload
    def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameVoiceRequest | Mapping[str, Any] | None = None,
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
        body: RenameVoiceRequest | Mapping[str, Any],
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

    @overload
    def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        body: GenerateTtsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    @overload
    def generate(
        self,
        *,
        body: GenerateTtsRequest | Mapping[str, Any],
        msg: str | None = None,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    def generate(self, *args: Any, **kwargs: Any) -> RawResponse[str]:
        return cast("RawResponse[str]", self._request(_GENERATE, args, kwargs))

    def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        body: ListLanguagesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            self._request(_LIST_LANGUAGES, (), locals()),
        )

    def list_system(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[SystemVoice]]:
        return cast(
            "RawResponse[builtins.list[SystemVoice]]",
            self._request(_LIST_SYSTEM, (), locals()),
        )

    def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_PREVIEWS, (), locals()))

    def delete_preview(
        self,
        id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_DELETE_PREVIEW, (), locals()))


class AsyncTtsAndVoiceCloneResourceWithRawResponse(AsyncResource):
    """TTS and Voice Clone: 13 operations, answering the raw HTTP response."""

    _raw = True

    async def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            await self._arequest(_LIST_VOICES, (), locals()),
        )

    async def list_by_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        body: ListVoicesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            await self._arequest(_LIST_BY_POST, (), locals()),
        )

    async def list_cloned(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[UserVoice]]:
        return cast(
            "RawResponse[builtins.list[UserVoice]]",
            await self._arequest(_LIST_CLONED, (), locals()),
        )

    @overload
    async def start(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: TrainVoiceCloneRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[UserVoice]]: ...
    @overload
    async def start(
        self,
        *,
        body: TrainVoiceCloneRequest | Mapping[str, Any],
        name: str | None = None,
        voice_urls: Sequence[str | os.PathLike[str] | BinaryIO] | None = None,
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[UserVoice]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[UserVoice]]:
        return cast(
            "RawResponse[AsyncTask[UserVoice]]",
            await self._arequest(_START, args, kwargs),
        )

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[UserVoice]]:
        return cast(
            "RawResponse[builtins.list[UserVoice]]",
            await self._arequest(_GET_STATUS, (), locals()),
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
    ) -> RawResponse[UserVoice]:
        return cast("RawResponse[UserVoice]", await self._arequest(_GET, (), locals()))

    @overload
    async def rename(
        self,
        id: str,
        /,
        *,
        name: str,
        body: RenameVoiceRequest | Mapping[str, Any] | None = None,
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
        body: RenameVoiceRequest | Mapping[str, Any],
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

    @overload
    async def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        body: GenerateTtsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    @overload
    async def generate(
        self,
        *,
        body: GenerateTtsRequest | Mapping[str, Any],
        msg: str | None = None,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type_: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    async def generate(self, *args: Any, **kwargs: Any) -> RawResponse[str]:
        return cast("RawResponse[str]", await self._arequest(_GENERATE, args, kwargs))

    async def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        body: ListLanguagesRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[VoiceOption]]:
        return cast(
            "RawResponse[builtins.list[VoiceOption]]",
            await self._arequest(_LIST_LANGUAGES, (), locals()),
        )

    async def list_system(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[SystemVoice]]:
        return cast(
            "RawResponse[builtins.list[SystemVoice]]",
            await self._arequest(_LIST_SYSTEM, (), locals()),
        )

    async def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_LIST_PREVIEWS, (), locals())
        )

    async def delete_preview(
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
            "RawResponse[Any]", await self._arequest(_DELETE_PREVIEW, (), locals())
        )
