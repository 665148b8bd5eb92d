"""The `[platforms.wechat]` table for the Wechaty puppet-service adapter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from groupops.core.errors import SettingsProblem
from groupops.core.settings.problems import problems_unvalued


class WechatyOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    endpoint: str  # host:port of the puppet service
    token: str = Field(min_length=1)  # put it in .secrets.toml or GROUPOPS_PLATFORMS__WECHAT__TOKEN
    tls: bool = True
    tls_ca_file: str = ""  # PEM roots for a self-signed bridge
    tls_server_name: str = ""  # the name in the bridge's certificate, when not the host
    member_sweep_seconds: float = Field(default=300, gt=0)  # voluntary leaves are found this way
    reconnect_max_seconds: float = Field(default=60, gt=0)
    call_timeout_seconds: float = Field(default=10, gt=0)
    messages_per_second: float = Field(default=1, ge=0)  # per room; 0: unlimited
    messages_per_minute: int = Field(default=20, ge=0)  # per room; 0: unlimited

    @field_validator("endpoint")
    @classmethod
    def _host_port(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not (port.isascii() and port.isdecimal()):
            raise ValueError(f"{value!r} is not host:port (e.g. '127.0.0.1:8788')")
        return value


def problems(options: Mapping[str, Any]) -> list[SettingsProblem]:
    try:
        WechatyOptions.model_validate(dict(options))
    except ValidationError as exc:
        return problems_unvalued(exc, WechatyOptions)
    return []
