from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_avatar_training_request_gender import (
    StartAvatarTrainingRequestGender,
    check_start_avatar_training_request_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartAvatarTrainingRequest")


@_attrs_define(kw_only=True)
class StartAvatarTrainingRequest:
    """
    Attributes:
        name (str | Unset): A name for the task, chosen by the caller.
        image_url (str | Unset): Address of the input image.
        video_url (str | Unset): Address of the input video.
        video_background_image (str | Unset): Background image to put behind the person.
        video_background_color (str | Unset): Background colour to put behind the person (RGBA).
        gender (StartAvatarTrainingRequestGender | Unset): Gender of the person.
        video_backgroud_color (str | Unset): A2E's older spelling of video_background_color.
        video_backgroud_image (str | Unset): A2E's older spelling of video_background_image.
        model_version (str | Unset): Training pipeline to use.
        prompt (str | Unset): For an image: how the person should move.
        negative_prompt (str | Unset): For an image: what to avoid.
        skip_preview (bool | Unset): Do not make the preview video.
        is_transcoding (bool | Unset): Transcode the video before training.
    """

    name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    video_background_image: str | Unset = UNSET
    video_background_color: str | Unset = UNSET
    gender: StartAvatarTrainingRequestGender | Unset = UNSET
    video_backgroud_color: str | Unset = UNSET
    video_backgroud_image: str | Unset = UNSET
    model_version: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    skip_preview: bool | Unset = UNSET
    is_transcoding: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_url = self.image_url

        video_url = self.video_url

        video_background_image = self.video_background_image

        video_background_color = self.video_background_color

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        video_backgroud_color = self.video_backgroud_color

        video_backgroud_image = self.video_backgroud_image

        model_version = self.model_version

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        skip_preview = self.skip_preview

        is_transcoding = self.is_transcoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_background_image is not UNSET:
            field_dict["video_background_image"] = video_background_image
        if video_background_color is not UNSET:
            field_dict["video_background_color"] = video_background_color
        if gender is not UNSET:
            field_dict["gender"] = gender
        if video_backgroud_color is not UNSET:
            field_dict["video_backgroud_color"] = video_backgroud_color
        if video_backgroud_image is not UNSET:
            field_dict["video_backgroud_image"] = video_backgroud_image
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if skip_preview is not UNSET:
            field_dict["skipPreview"] = skip_preview
        if is_transcoding is not UNSET:
            field_dict["isTranscoding"] = is_transcoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        video_background_image = d.pop("video_background_image", UNSET)

        video_background_color = d.pop("video_background_color", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: StartAvatarTrainingRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_start_avatar_training_request_gender(_gender)

        video_backgroud_color = d.pop("video_backgroud_color", UNSET)

        video_backgroud_image = d.pop("video_backgroud_image", UNSET)

        model_version = d.pop("model_version", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        skip_preview = d.pop("skipPreview", UNSET)

        is_transcoding = d.pop("isTranscoding", UNSET)

        start_avatar_training_request = cls(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_background_image=video_background_image,
            video_background_color=video_background_color,
            gender=gender,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
        )

        start_avatar_training_request.additional_properties = d
        return start_avatar_training_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
