"""The Generate Avatar Videos section: `client.generate_avatar_videos`.

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

    from ..models.avatar import Avatar
    from ..models.avatar_video import AvatarVideo
    from ..models.avatar_video_id_request import AvatarVideoIdRequest
    from ..models.detect_language_request import DetectLanguageRequest
    from ..models.generate_avatar_video_request import GenerateAvatarVideoRequest
    from ..models.list_available_avatars_request import ListAvailableAvatarsRequest
    from ..models.list_avatars_request import ListAvatarsRequest
    from ..models.public_pool_setting import PublicPoolSetting

_LIST_AVATARS = Operation(
    "generate_avatar_videos.list_avatars",
    "data",
    family=None,
    arguments={
        "type_": ("query", "type"),
        "user_video_twin_id": ("query", "user_video_twin_id"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_BY_POST = Operation(
    "generate_avatar_videos.list_avatars_by_post",
    "data",
    family=None,
    arguments={
        "type_": ("body", "type"),
        "user_video_twin_id": ("body", "user_video_twin_id"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_SET_AUTO_PUBLIC_POOL = Operation(
    "generate_avatar_videos.set_auto_public_pool",
    "data",
    family=None,
    arguments={"is_auto_to_public_pool": ("body", "isAutoToPublicPool")},
    positional=(),
    required=("is_auto_to_public_pool",),
    urls=(),
    enums={},
)
_LIST_AVATAR_VIDEOS = Operation(
    "generate_avatar_videos.list_avatar_videos",
    "page",
    family=None,
    arguments={"current": ("query", "current"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_LIST_AVATAR_VIDEOS_BY_POST = Operation(
    "generate_avatar_videos.list_avatar_videos_by_post",
    "page",
    family=None,
    arguments={"current": ("query", "current"), "page_size": ("query", "pageSize")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_GET_RESULT = Operation(
    "generate_avatar_videos.get_avatar_video_result",
    "data",
    family=None,
    arguments={"id": ("body", "_id")},
    positional=(),
    required=("id",),
    urls=(),
    enums={},
)
_GET = Operation(
    "generate_avatar_videos.get_avatar_video",
    "data",
    family=None,
    arguments={"video_id": ("query", "video_id")},
    positional=(),
    required=(),
    urls=(),
    enums={},
)
_START = Operation(
    "generate_avatar_videos.generate_avatar_video",
    "start",
    family="avatar_video",
    arguments={
        "title": ("body", "title"),
        "audio_src": ("body", "audioSrc"),
        "custom_voice": ("body", "custom_voice"),
        "anchor_id": ("body", "anchor_id"),
        "anchor_type": ("body", "anchor_type"),
        "anchor_background_img": ("body", "anchor_background_img"),
        "anchor_background_color": ("body", "anchor_background_color"),
        "back_id": ("body", "back_id"),
        "face_swap_id": ("body", "face_swap_id"),
        "custom_back_id": ("body", "custom_back_id"),
        "color": ("body", "color"),
        "wl_model": ("body", "wl_model"),
        "is_skip_rs": ("body", "isSkipRs"),
        "web_bg_width": ("body", "web_bg_width"),
        "web_bg_height": ("body", "web_bg_height"),
        "web_people_width": ("body", "web_people_width"),
        "web_people_height": ("body", "web_people_height"),
        "web_people_x": ("body", "web_people_x"),
        "web_people_y": ("body", "web_people_y"),
        "web_dist_bg_width": ("body", "web_dist_bg_width"),
        "web_dist_bg_height": ("body", "web_dist_bg_height"),
        "web_dist_bg_x": ("body", "web_dist_bg_x"),
        "web_dist_bg_y": ("body", "web_dist_bg_y"),
        "resolution": ("body", "resolution"),
        "msg": ("body", "msg"),
        "erode_factor": ("body", "erode_factor"),
        "is_skip_gp": ("body", "isSkipGp"),
        "is_caption_enabled": ("body", "isCaptionEnabled"),
        "gp_model": ("body", "gp_model"),
        "is_to_public_pool": ("body", "isToPublicPool"),
        "lip_model": ("body", "lip_model"),
        "caption_align": ("body", "captionAlign"),
        "webhook_url": ("body", "webhook_url"),
        "webhook_token": ("body", "webhook_token"),
    },
    positional=(),
    required=("anchor_id", "anchor_type"),
    urls=("webhook_url",),
    enums={},
)
_DETECT_LANGUAGE = Operation(
    "generate_avatar_videos.detect_language",
    "data",
    family=None,
    arguments={"msg": ("body", "msg")},
    positional=(),
    required=("msg",),
    urls=(),
    enums={},
)
_DELETE = Operation(
    "generate_avatar_videos.delete_avatar_video",
    "data",
    family=None,
    arguments={"id": ("path", "_id")},
    positional=("id",),
    required=(),
    urls=(),
    enums={},
)
_LIST_AVAILABLE = Operation(
    "generate_avatar_videos.list_available_avatars",
    "data",
    family=None,
    arguments={"web_type": ("body", "web_type")},
    positional=(),
    required=(),
    urls=(),
    enums={"web_type": ("a2e", "tyzn")},
)


class GenerateAvatarVideosResource(SyncResource):
    """Generate Avatar Videos: 11 operations."""

    @property
    def with_raw_response(self) -> GenerateAvatarVideosResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return GenerateAvatarVideosResourceWithRawResponse(self._client)

    def list_avatars(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List avatars.

        Lists the public avatars or the caller's own, or the ones one avatar training produced.
        Unverified: no A2E page documents this operation; its path comes from third-party programs.

        Args:
            type_: custom for the caller's avatars, default for public ones (programs also send 0 or
                1, with no documented meaning).
            user_video_twin_id: Only avatars made by this avatar training.

        `listAvatars`: GET /api/v1/anchor/character_list
        """
        return cast("builtins.list[Avatar]", self._request(_LIST_AVATARS, (), locals()))

    def list_by_post(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        body: ListAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List avatars (older POST form).

        The older POST form of listAvatars, with the filters in a JSON body. Unverified: no A2E page
        documents this operation; its path comes from third-party programs.

        Args:
            type_: custom for the caller's avatars, default for public ones.
            user_video_twin_id: Only avatars made by this avatar training.

        `listAvatarsByPost`: POST /api/v1/anchor/character_list
        """
        return cast("builtins.list[Avatar]", self._request(_LIST_BY_POST, (), locals()))

    @overload
    def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        body: PublicPoolSetting | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PublicPoolSetting: ...
    @overload
    def set_auto_public_pool(
        self,
        *,
        body: PublicPoolSetting | Mapping[str, Any],
        is_auto_to_public_pool: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PublicPoolSetting: ...
    def set_auto_public_pool(self, *args: Any, **kwargs: Any) -> PublicPoolSetting:
        """Switch to the public computing pool automatically.

        Turns on or off moving waiting videos to A2E's shared computing pool. Unverified: no A2E
        page documents this operation; its path comes from third-party programs.

        Args:
            is_auto_to_public_pool: Whether videos move to the shared computing pool when the
                caller's own capacity is busy.

        `setAutoPublicPool`: POST /api/v1/video/auto-public-pool
        """
        return cast(
            "PublicPoolSetting", self._request(_SET_AUTO_PUBLIC_POOL, args, kwargs)
        )

    def list_avatar_videos(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[AvatarVideo]:
        """List the caller's avatar videos.

        Pages through the caller's avatar videos with their status and result. Unverified: no A2E
        page documents this operation; its path comes from third-party programs.

        Args:
            current: Page to return, counted from 1.
            page_size: Videos per page.

        `listAvatarVideos`: GET /api/v1/video/awsList
        """
        return cast(
            "Iterator[AvatarVideo]", self._request(_LIST_AVATAR_VIDEOS, (), locals())
        )

    def list_avatar_videos_by_post(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[AvatarVideo]:
        """List avatar videos (older POST form).

        The older POST form of listAvatarVideos, which the newest docs replace with GET. Unverified:
        no A2E page documents this operation; its path comes from third-party programs.

        Args:
            current: Page to return, counted from 1.
            page_size: Videos per page.

        `listAvatarVideosByPost`: POST /api/v1/video/awsList
        """
        return cast(
            "Iterator[AvatarVideo]",
            self._request(_LIST_AVATAR_VIDEOS_BY_POST, (), locals()),
        )

    @overload
    def get_result(
        self,
        *,
        id: str,
        body: AvatarVideoIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarVideo]: ...
    @overload
    def get_result(
        self,
        *,
        body: AvatarVideoIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarVideo]: ...
    def get_result(self, *args: Any, **kwargs: Any) -> builtins.list[AvatarVideo]:
        """Status of one avatar video (POST form).

        Returns the avatar video `_id` as a one-element list: status, progress and result address.

        Args:
            id: Id of the avatar video.

        `getAvatarVideoResult`: POST /api/v1/video/awsResult
        """
        return cast(
            "builtins.list[AvatarVideo]", self._request(_GET_RESULT, args, kwargs)
        )

    def get(
        self,
        *,
        video_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarVideo:
        """Read one avatar video.

        Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
        getAvatarVideoResult's items (uncertain).

        Args:
            video_id: Id of the avatar video.

        `getAvatarVideo`: GET /api/v1/video/detail
        """
        return cast("AvatarVideo", self._request(_GET, (), locals()))

    @overload
    def start(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[AvatarVideo]: ...
    @overload
    def start(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Task[AvatarVideo]: ...
    def start(self, *args: Any, **kwargs: Any) -> Task[AvatarVideo]:
        """Make an avatar video.

        Starts a video of the avatar `anchor_id` speaking the audio `audioSrc` (or `custom_voice`).
        The background is `back_id` (public), `custom_back_id` (the caller's; not both, error 30005)
        or `color`; the `web_*` fields place the avatar on the canvas. Lip-sync is best for avatars
        with a personalised model (continueAvatarTraining). Follow it with getAvatarVideo (family
        `avatar_video`).

        Args:
            title: Name of the video, up to 40 characters.
            audio_src: Address of the speech audio (from generateTts, for example).
            custom_voice: Address of a voice recording to use instead of audioSrc.
            anchor_id: The avatar, from listAvatars or an avatar training.
            anchor_type: 0 for a public avatar, 1 for one of the caller's avatars.
            anchor_background_img: Background image the avatar was filmed on.
            anchor_background_color: Background colour the avatar was filmed on (RGBA).
            back_id: A public background; not together with custom_back_id.
            face_swap_id: A face swap template to apply.
            custom_back_id: One of the caller's backgrounds (addBackground); not together with
                back_id.
            color: Plain background colour (RGBA).
            wl_model: Watermark or logo model.
            is_skip_rs: Skip the Smart Motion step, which makes generation much faster.
            web_bg_width: Canvas width; needed with a background or colour.
            web_bg_height: Canvas height; needed with a background or colour.
            web_people_width: Avatar width on the canvas.
            web_people_height: Avatar height on the canvas.
            web_people_x: Avatar's left edge on the canvas.
            web_people_y: Avatar's top edge on the canvas.
            web_dist_bg_width: Width the background is stretched to; -1 keeps the canvas width.
            web_dist_bg_height: Height the background is stretched to; -1 keeps the canvas height.
            web_dist_bg_x: Background's left edge on the canvas.
            web_dist_bg_y: Background's top edge on the canvas.
            resolution: Height of the result in pixels.
            msg: The text to speak.
            erode_factor: How much the avatar's outline is eroded when its background is removed.
            is_skip_gp: Skip green-screen processing.
            is_caption_enabled: Burn captions into the video (see captionAlign).
            gp_model: Settings passed through to A2E as they are.
            is_to_public_pool: Queue on A2E's shared computing pool.
            lip_model: Lip-sync model to use.
            caption_align: Settings passed through to A2E as they are.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `generateAvatarVideo`: POST /api/v1/video/generate
        """
        return cast("Task[AvatarVideo]", self._request(_START, args, kwargs))

    @overload
    def detect_language(
        self,
        *,
        msg: str,
        body: DetectLanguageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    @overload
    def detect_language(
        self,
        *,
        body: DetectLanguageRequest | Mapping[str, Any],
        msg: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    def detect_language(self, *args: Any, **kwargs: Any) -> str:
        """Detect the language of a text.

        Guesses the language of `msg`, for choosing a voice. Unverified: no A2E page documents this
        operation; its path comes from third-party programs.

        Args:
            msg: The text whose language is wanted.

        `detectLanguage`: POST /api/v1/video/lang_classify
        """
        return cast("str", self._request(_DETECT_LANGUAGE, args, kwargs))

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
        """Delete or cancel an avatar video.

        Deletes a finished video, or cancels one still being made. Unverified: no source shows this
        path; it follows the pattern of the section.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteAvatarVideo`: DELETE /api/v1/video/{_id}
        """
        return self._request(_DELETE, (), locals())

    def list_available(
        self,
        *,
        web_type: Literal["a2e", "tyzn"] | None = None,
        body: ListAvailableAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List the avatars the caller can use.

        Returns the caller's own avatars; with `web_type`, A2E's default system avatars of that site
        are included as well. The body may be left out. A2E's catalog types the answer only as a
        list of avatar records, so each item is typed like the records of listAvatars (uncertain).

        Args:
            web_type: Site whose default system avatars to add to the caller's own; leave out for
                the caller's avatars only.

        `listAvailableAvatars`: POST /api/v1/anchor/list
        """
        return cast(
            "builtins.list[Avatar]", self._request(_LIST_AVAILABLE, (), locals())
        )

    @overload
    def run(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[AvatarVideo]: ...
    @overload
    def run(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> Task[AvatarVideo]: ...
    def run(self, *args: Any, **kwargs: Any) -> Task[AvatarVideo]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("Task[AvatarVideo]", self._run(_START, args, kwargs))

    def task(self, id: str, /) -> Task[AvatarVideo]:
        """The avatar_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("Task[AvatarVideo]", self._task("avatar_video", id))


class AsyncGenerateAvatarVideosResource(AsyncResource):
    """Generate Avatar Videos: 11 operations."""

    @property
    def with_raw_response(self) -> AsyncGenerateAvatarVideosResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncGenerateAvatarVideosResourceWithRawResponse(self._client)

    async def list_avatars(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List avatars.

        Lists the public avatars or the caller's own, or the ones one avatar training produced.
        Unverified: no A2E page documents this operation; its path comes from third-party programs.

        Args:
            type_: custom for the caller's avatars, default for public ones (programs also send 0 or
                1, with no documented meaning).
            user_video_twin_id: Only avatars made by this avatar training.

        `listAvatars`: GET /api/v1/anchor/character_list
        """
        return cast(
            "builtins.list[Avatar]", await self._arequest(_LIST_AVATARS, (), locals())
        )

    async def list_by_post(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        body: ListAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List avatars (older POST form).

        The older POST form of listAvatars, with the filters in a JSON body. Unverified: no A2E page
        documents this operation; its path comes from third-party programs.

        Args:
            type_: custom for the caller's avatars, default for public ones.
            user_video_twin_id: Only avatars made by this avatar training.

        `listAvatarsByPost`: POST /api/v1/anchor/character_list
        """
        return cast(
            "builtins.list[Avatar]", await self._arequest(_LIST_BY_POST, (), locals())
        )

    @overload
    async def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        body: PublicPoolSetting | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PublicPoolSetting: ...
    @overload
    async def set_auto_public_pool(
        self,
        *,
        body: PublicPoolSetting | Mapping[str, Any],
        is_auto_to_public_pool: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> PublicPoolSetting: ...
    async def set_auto_public_pool(
        self, *args: Any, **kwargs: Any
    ) -> PublicPoolSetting:
        """Switch to the public computing pool automatically.

        Turns on or off moving waiting videos to A2E's shared computing pool. Unverified: no A2E
        page documents this operation; its path comes from third-party programs.

        Args:
            is_auto_to_public_pool: Whether videos move to the shared computing pool when the
                caller's own capacity is busy.

        `setAutoPublicPool`: POST /api/v1/video/auto-public-pool
        """
        return cast(
            "PublicPoolSetting",
            await self._arequest(_SET_AUTO_PUBLIC_POOL, args, kwargs),
        )

    def list_avatar_videos(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[AvatarVideo]:
        """List the caller's avatar videos.

        Pages through the caller's avatar videos with their status and result. Unverified: no A2E
        page documents this operation; its path comes from third-party programs.

        Args:
            current: Page to return, counted from 1.
            page_size: Videos per page.

        `listAvatarVideos`: GET /api/v1/video/awsList
        """
        return cast(
            "AsyncIterator[AvatarVideo]",
            self._apages(_LIST_AVATAR_VIDEOS, (), locals()),
        )

    def list_avatar_videos_by_post(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[AvatarVideo]:
        """List avatar videos (older POST form).

        The older POST form of listAvatarVideos, which the newest docs replace with GET. Unverified:
        no A2E page documents this operation; its path comes from third-party programs.

        Args:
            current: Page to return, counted from 1.
            page_size: Videos per page.

        `listAvatarVideosByPost`: POST /api/v1/video/awsList
        """
        return cast(
            "AsyncIterator[AvatarVideo]",
            self._apages(_LIST_AVATAR_VIDEOS_BY_POST, (), locals()),
        )

    @overload
    async def get_result(
        self,
        *,
        id: str,
        body: AvatarVideoIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarVideo]: ...
    @overload
    async def get_result(
        self,
        *,
        body: AvatarVideoIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[AvatarVideo]: ...
    async def get_result(self, *args: Any, **kwargs: Any) -> builtins.list[AvatarVideo]:
        """Status of one avatar video (POST form).

        Returns the avatar video `_id` as a one-element list: status, progress and result address.

        Args:
            id: Id of the avatar video.

        `getAvatarVideoResult`: POST /api/v1/video/awsResult
        """
        return cast(
            "builtins.list[AvatarVideo]",
            await self._arequest(_GET_RESULT, args, kwargs),
        )

    async def get(
        self,
        *,
        video_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AvatarVideo:
        """Read one avatar video.

        Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
        getAvatarVideoResult's items (uncertain).

        Args:
            video_id: Id of the avatar video.

        `getAvatarVideo`: GET /api/v1/video/detail
        """
        return cast("AvatarVideo", await self._arequest(_GET, (), locals()))

    @overload
    async def start(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[AvatarVideo]: ...
    @overload
    async def start(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncTask[AvatarVideo]: ...
    async def start(self, *args: Any, **kwargs: Any) -> AsyncTask[AvatarVideo]:
        """Make an avatar video.

        Starts a video of the avatar `anchor_id` speaking the audio `audioSrc` (or `custom_voice`).
        The background is `back_id` (public), `custom_back_id` (the caller's; not both, error 30005)
        or `color`; the `web_*` fields place the avatar on the canvas. Lip-sync is best for avatars
        with a personalised model (continueAvatarTraining). Follow it with getAvatarVideo (family
        `avatar_video`).

        Args:
            title: Name of the video, up to 40 characters.
            audio_src: Address of the speech audio (from generateTts, for example).
            custom_voice: Address of a voice recording to use instead of audioSrc.
            anchor_id: The avatar, from listAvatars or an avatar training.
            anchor_type: 0 for a public avatar, 1 for one of the caller's avatars.
            anchor_background_img: Background image the avatar was filmed on.
            anchor_background_color: Background colour the avatar was filmed on (RGBA).
            back_id: A public background; not together with custom_back_id.
            face_swap_id: A face swap template to apply.
            custom_back_id: One of the caller's backgrounds (addBackground); not together with
                back_id.
            color: Plain background colour (RGBA).
            wl_model: Watermark or logo model.
            is_skip_rs: Skip the Smart Motion step, which makes generation much faster.
            web_bg_width: Canvas width; needed with a background or colour.
            web_bg_height: Canvas height; needed with a background or colour.
            web_people_width: Avatar width on the canvas.
            web_people_height: Avatar height on the canvas.
            web_people_x: Avatar's left edge on the canvas.
            web_people_y: Avatar's top edge on the canvas.
            web_dist_bg_width: Width the background is stretched to; -1 keeps the canvas width.
            web_dist_bg_height: Height the background is stretched to; -1 keeps the canvas height.
            web_dist_bg_x: Background's left edge on the canvas.
            web_dist_bg_y: Background's top edge on the canvas.
            resolution: Height of the result in pixels.
            msg: The text to speak.
            erode_factor: How much the avatar's outline is eroded when its background is removed.
            is_skip_gp: Skip green-screen processing.
            is_caption_enabled: Burn captions into the video (see captionAlign).
            gp_model: Settings passed through to A2E as they are.
            is_to_public_pool: Queue on A2E's shared computing pool.
            lip_model: Lip-sync model to use.
            caption_align: Settings passed through to A2E as they are.
            webhook_url: A2E calls this URL once when the task completes or fails (best effort, one
                attempt).
            webhook_token: Sent back in the `X-A2e-Webhook-Token` header of the callback, so the
                receiver can check it.

        `generateAvatarVideo`: POST /api/v1/video/generate
        """
        return cast(
            "AsyncTask[AvatarVideo]", await self._arequest(_START, args, kwargs)
        )

    @overload
    async def detect_language(
        self,
        *,
        msg: str,
        body: DetectLanguageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    @overload
    async def detect_language(
        self,
        *,
        body: DetectLanguageRequest | Mapping[str, Any],
        msg: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> str: ...
    async def detect_language(self, *args: Any, **kwargs: Any) -> str:
        """Detect the language of a text.

        Guesses the language of `msg`, for choosing a voice. Unverified: no A2E page documents this
        operation; its path comes from third-party programs.

        Args:
            msg: The text whose language is wanted.

        `detectLanguage`: POST /api/v1/video/lang_classify
        """
        return cast("str", await self._arequest(_DETECT_LANGUAGE, args, kwargs))

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
        """Delete or cancel an avatar video.

        Deletes a finished video, or cancels one still being made. Unverified: no source shows this
        path; it follows the pattern of the section.

        Args:
            id: Id of the record, as A2E returned it in `_id`.

        `deleteAvatarVideo`: DELETE /api/v1/video/{_id}
        """
        return await self._arequest(_DELETE, (), locals())

    async def list_available(
        self,
        *,
        web_type: Literal["a2e", "tyzn"] | None = None,
        body: ListAvailableAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> builtins.list[Avatar]:
        """List the avatars the caller can use.

        Returns the caller's own avatars; with `web_type`, A2E's default system avatars of that site
        are included as well. The body may be left out. A2E's catalog types the answer only as a
        list of avatar records, so each item is typed like the records of listAvatars (uncertain).

        Args:
            web_type: Site whose default system avatars to add to the caller's own; leave out for
                the caller's avatars only.

        `listAvailableAvatars`: POST /api/v1/anchor/list
        """
        return cast(
            "builtins.list[Avatar]", await self._arequest(_LIST_AVAILABLE, (), locals())
        )

    @overload
    async def run(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[AvatarVideo]: ...
    @overload
    async def run(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        wait_timeout: float = WAIT_TIMEOUT,
        on_update: Callable[[Any], object] | None = None,
        download: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[AvatarVideo]: ...
    async def run(self, *args: Any, **kwargs: Any) -> AsyncTask[AvatarVideo]:
        """Start the task, wait until it ends and return its handle; `download`: a
        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and
        `a2e.TaskTimeout` after `wait_timeout` seconds."""
        return cast("AsyncTask[AvatarVideo]", await self._arun(_START, args, kwargs))

    async def task(self, id: str, /) -> AsyncTask[AvatarVideo]:
        """The avatar_video task `id`, read now: a handle to refresh, wait for and
        download."""
        return cast("AsyncTask[AvatarVideo]", await self._atask("avatar_video", id))


class GenerateAvatarVideosResourceWithRawResponse(SyncResource):
    """Generate Avatar Videos: 11 operations, answering the raw HTTP response."""

    _raw = True

    def list_avatars(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            self._request(_LIST_AVATARS, (), locals()),
        )

    def list_by_post(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        body: ListAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            self._request(_LIST_BY_POST, (), locals()),
        )

    @overload
    def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        body: PublicPoolSetting | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PublicPoolSetting]: ...
    @overload
    def set_auto_public_pool(
        self,
        *,
        body: PublicPoolSetting | Mapping[str, Any],
        is_auto_to_public_pool: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PublicPoolSetting]: ...
    def set_auto_public_pool(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PublicPoolSetting]:
        return cast(
            "RawResponse[PublicPoolSetting]",
            self._request(_SET_AUTO_PUBLIC_POOL, args, kwargs),
        )

    def list_avatar_videos(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_LIST_AVATAR_VIDEOS, (), locals())
        )

    def list_avatar_videos_by_post(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", self._request(_LIST_AVATAR_VIDEOS_BY_POST, (), locals())
        )

    @overload
    def get_result(
        self,
        *,
        id: str,
        body: AvatarVideoIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarVideo]]: ...
    @overload
    def get_result(
        self,
        *,
        body: AvatarVideoIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarVideo]]: ...
    def get_result(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[AvatarVideo]]:
        return cast(
            "RawResponse[builtins.list[AvatarVideo]]",
            self._request(_GET_RESULT, args, kwargs),
        )

    def get(
        self,
        *,
        video_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarVideo]:
        return cast("RawResponse[AvatarVideo]", self._request(_GET, (), locals()))

    @overload
    def start(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[AvatarVideo]]: ...
    @overload
    def start(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Task[AvatarVideo]]: ...
    def start(self, *args: Any, **kwargs: Any) -> RawResponse[Task[AvatarVideo]]:
        return cast(
            "RawResponse[Task[AvatarVideo]]", self._request(_START, args, kwargs)
        )

    @overload
    def detect_language(
        self,
        *,
        msg: str,
        body: DetectLanguageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    @overload
    def detect_language(
        self,
        *,
        body: DetectLanguageRequest | Mapping[str, Any],
        msg: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    def detect_language(self, *args: Any, **kwargs: Any) -> RawResponse[str]:
        return cast("RawResponse[str]", self._request(_DETECT_LANGUAGE, args, kwargs))

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

    def list_available(
        self,
        *,
        web_type: Literal["a2e", "tyzn"] | None = None,
        body: ListAvailableAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            self._request(_LIST_AVAILABLE, (), locals()),
        )


class AsyncGenerateAvatarVideosResourceWithRawResponse(AsyncResource):
    """Generate Avatar Videos: 11 operations, answering the raw HTTP response."""

    _raw = True

    async def list_avatars(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            await self._arequest(_LIST_AVATARS, (), locals()),
        )

    async def list_by_post(
        self,
        *,
        type_: str | None = None,
        user_video_twin_id: str | None = None,
        body: ListAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            await self._arequest(_LIST_BY_POST, (), locals()),
        )

    @overload
    async def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        body: PublicPoolSetting | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PublicPoolSetting]: ...
    @overload
    async def set_auto_public_pool(
        self,
        *,
        body: PublicPoolSetting | Mapping[str, Any],
        is_auto_to_public_pool: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PublicPoolSetting]: ...
    async def set_auto_public_pool(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PublicPoolSetting]:
        return cast(
            "RawResponse[PublicPoolSetting]",
            await self._arequest(_SET_AUTO_PUBLIC_POOL, args, kwargs),
        )

    async def list_avatar_videos(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_LIST_AVATAR_VIDEOS, (), locals())
        )

    async def list_avatar_videos_by_post(
        self,
        *,
        current: int | None = None,
        page_size: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]",
            await self._arequest(_LIST_AVATAR_VIDEOS_BY_POST, (), locals()),
        )

    @overload
    async def get_result(
        self,
        *,
        id: str,
        body: AvatarVideoIdRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarVideo]]: ...
    @overload
    async def get_result(
        self,
        *,
        body: AvatarVideoIdRequest | Mapping[str, Any],
        id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[AvatarVideo]]: ...
    async def get_result(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[builtins.list[AvatarVideo]]:
        return cast(
            "RawResponse[builtins.list[AvatarVideo]]",
            await self._arequest(_GET_RESULT, args, kwargs),
        )

    async def get(
        self,
        *,
        video_id: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AvatarVideo]:
        return cast(
            "RawResponse[AvatarVideo]", await self._arequest(_GET, (), locals())
        )

    @overload
    async def start(
        self,
        *,
        anchor_id: str,
        anchor_type: float,
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        body: GenerateAvatarVideoRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[AvatarVideo]]: ...
    @overload
    async def start(
        self,
        *,
        body: GenerateAvatarVideoRequest | Mapping[str, Any],
        title: str | None = None,
        audio_src: str | None = None,
        custom_voice: str | None = None,
        anchor_id: str | None = None,
        anchor_type: float | None = None,
        anchor_background_img: str | None = None,
        anchor_background_color: str | None = None,
        back_id: str | None = None,
        face_swap_id: str | None = None,
        custom_back_id: str | None = None,
        color: str | None = None,
        wl_model: str | None = None,
        is_skip_rs: bool | None = None,
        web_bg_width: float | None = None,
        web_bg_height: float | None = None,
        web_people_width: float | None = None,
        web_people_height: float | None = None,
        web_people_x: float | None = None,
        web_people_y: float | None = None,
        web_dist_bg_width: float | None = None,
        web_dist_bg_height: float | None = None,
        web_dist_bg_x: float | None = None,
        web_dist_bg_y: float | None = None,
        resolution: float | None = None,
        msg: str | None = None,
        erode_factor: float | None = None,
        is_skip_gp: bool | None = None,
        is_caption_enabled: bool | None = None,
        gp_model: Mapping[str, Any] | None = None,
        is_to_public_pool: bool | None = None,
        lip_model: str | None = None,
        caption_align: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AsyncTask[AvatarVideo]]: ...
    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AsyncTask[AvatarVideo]]:
        return cast(
            "RawResponse[AsyncTask[AvatarVideo]]",
            await self._arequest(_START, args, kwargs),
        )

    @overload
    async def detect_language(
        self,
        *,
        msg: str,
        body: DetectLanguageRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    @overload
    async def detect_language(
        self,
        *,
        body: DetectLanguageRequest | Mapping[str, Any],
        msg: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[str]: ...
    async def detect_language(self, *args: Any, **kwargs: Any) -> RawResponse[str]:
        return cast(
            "RawResponse[str]", await self._arequest(_DETECT_LANGUAGE, args, kwargs)
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

    async def list_available(
        self,
        *,
        web_type: Literal["a2e", "tyzn"] | None = None,
        body: ListAvailableAvatarsRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[builtins.list[Avatar]]:
        return cast(
            "RawResponse[builtins.list[Avatar]]",
            await self._arequest(_LIST_AVAILABLE, (), locals()),
        )
