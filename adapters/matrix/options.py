"""The `[platforms.matrix]` table. The access token goes in `.secrets.toml` or
`GROUPOPS_PLATFORMS__MATRIX__ACCESS_TOKEN`; it is redacted wherever it could be printed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from groupops.core.errors import SettingsProblem
from groupops.core.settings.problems import problems_unvalued


class MatrixOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    homeserver: str  # the client-server API's base URL, e.g. https://matrix.example.org
    user_id: str  # the bot's account, @groupops:example.org
    access_token: str = Field(min_length=1, repr=False)
    sync_timeout_seconds: float = Field(default=30, gt=0, le=300)
    accept_invites: bool = True  # join the rooms (and direct chats) the bot is invited to
    messages_per_second: float = Field(default=1, ge=0)
    messages_per_minute: int = Field(default=20, ge=0)
    messages_per_second_overall: float = Field(default=0, ge=0)  # the homeserver's per-user limit
    sweep_seconds: float = Field(default=60, gt=0)  # how often due mutes and bans are lifted

    @field_validator("homeserver")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} is not an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("user_id")
    @classmethod
    def _user(cls, value: str) -> str:
        local, colon, server = value.partition(":")
        if not local.startswith("@") or len(local) < 2 or not colon or not server:
            raise ValueError(f"{value!r} is not a Matrix user id (@name:server)")
        return value


# A secret is never written in settings.toml: a missing one says where it goes
WHERE_SECRET = (
    "is required: put it in .secrets.toml beside settings.toml or in "
    "GROUPOPS_PLATFORMS__MATRIX__ACCESS_TOKEN"
)


def problems(options: Mapping[str, Any]) -> list[SettingsProblem]:
    try:
        MatrixOptions.model_validate(dict(options))
    except ValidationError as exc:
        return [
            SettingsProblem(p.path, WHERE_SECRET)
            if p.path == "access_token" and p.message == "is required"
            else p
            for p in problems_unvalued(exc, MatrixOptions)
        ]
    return []
