"""The `[platforms.wechat]` table for the OneBot 12 adapter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from groupops.core.errors import SettingsProblem
from groupops.core.settings.problems import problems_unvalued

# Kick is no standard OneBot 12 action: bridges offer it as a platform extension. The first
# name the bridge lists in get_supported_actions is used.
KICK_ACTIONS = ("wx.kick_group_member", "wx.delete_group_member", "kick_group_member")


class OneBotOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: Literal["forward", "reverse"] = "forward"
    # forward: the bridge's WebSocket, e.g. ws://127.0.0.1:6700/ (checked when left out too)
    url: str = Field(default="", validate_default=True)
    listen_host: str = "127.0.0.1"  # reverse: where the bridge connects to us
    listen_port: int = Field(default=6701, ge=0, le=65535)  # 0: any free port
    listen_path: str = "/onebot/v12/ws"
    access_token: str = ""  # put it in .secrets.toml or GROUPOPS_PLATFORMS__WECHAT__ACCESS_TOKEN
    kick_actions: tuple[str, ...] = KICK_ACTIONS
    member_sweep_seconds: float = Field(default=300, gt=0)
    reconnect_max_seconds: float = Field(default=60, gt=0)
    # a question (get_...) unanswered this long is asked again; another action is waited for
    # while the connection holds, with a warning each time this passes (never sent twice)
    call_timeout_seconds: float = Field(default=10, gt=0)
    messages_per_second: float = Field(default=1, ge=0)
    messages_per_minute: int = Field(default=20, ge=0)

    @field_validator("url")
    @classmethod
    def _endpoint(cls, value: str, info: ValidationInfo) -> str:
        # a field of its own, so `check` and init name it platforms.wechat.url
        if info.data.get("mode") == "forward" and not value.startswith(("ws://", "wss://")):
            raise ValueError(f"{value!r} is not a ws:// or wss:// URL (forward mode)")
        return value


def problems(options: Mapping[str, Any]) -> list[SettingsProblem]:
    try:
        OneBotOptions.model_validate(dict(options))
    except ValidationError as exc:
        return problems_unvalued(exc, OneBotOptions)
    return []
