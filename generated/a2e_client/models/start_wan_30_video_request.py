from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_wan_30_video_request_mode import (
    StartWan30VideoRequestMode,
    check_start_wan_30_video_request_mode,
)
from ..models.start_wan_30_video_request_model import (
    StartWan30VideoRequestModel,
    check_start_wan_30_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_30_video_input import Wan30VideoInput
    from ..models.wan_30_video_parameters import Wan30VideoParameters


T = TypeVar("T", bound="StartWan30VideoRequest")


@_attrs_define(kw_only=True)
class StartWan30VideoRequest:
    """
    Attributes:
        model (StartWan30VideoRequestModel): Model; prime is faster and costs more. A2E's default: 'wan3.0-video'.
        input_ (Wan30VideoInput): Prompt and media of a Wan 3.0 video.
        parameters (Wan30VideoParameters): Output settings of a Wan 3.0 video.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        mode (StartWan30VideoRequestMode | Unset): How the video is made. A2E's default: 'text-to-video'.
    """

    model: StartWan30VideoRequestModel
    input_: Wan30VideoInput
    parameters: Wan30VideoParameters
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    mode: StartWan30VideoRequestMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        input_ = self.input_.to_dict()

        parameters = self.parameters.to_dict()

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "parameters": parameters,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_30_video_input import Wan30VideoInput  # noqa: PLC0415
        from ..models.wan_30_video_parameters import Wan30VideoParameters  # noqa: PLC0415

        d = dict(src_dict)
        model = check_start_wan_30_video_request_model(d.pop("model"))

        input_ = Wan30VideoInput.from_dict(d.pop("input"))

        parameters = Wan30VideoParameters.from_dict(d.pop("parameters"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StartWan30VideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_wan_30_video_request_mode(_mode)

        start_wan_30_video_request = cls(
            model=model,
            input_=input_,
            parameters=parameters,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
        )

        start_wan_30_video_request.additional_properties = d
        return start_wan_30_video_request

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
