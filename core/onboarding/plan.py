"""What `groupops init` gathered: platforms and their options, secrets, chats, names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..refs import Ref


@dataclass(frozen=True, slots=True)
class SeenChat:
    """A group the bot has seen an update from (the operator added it and said something)."""

    ref: Ref
    title: str
    kind: str = "group"  # Telegram: group, supergroup, channel

    def label(self) -> str:
        return f"{self.ref}  {self.title}  ({self.kind})" if self.title else str(self.ref)


@dataclass(slots=True)
class Plan:
    database_url: str = "sqlite://groupops.db"
    platforms: dict[str, dict[str, Any]] = field(default_factory=dict)  # without secrets
    secrets: dict[str, dict[str, str]] = field(default_factory=dict)  # platform -> key -> value
    community: str = "main"
    title: str = ""
    ruleset: str = "main"
    timezone: str = "UTC"
    locale: str = "en"
    chats: list[SeenChat] = field(default_factory=list)
    admin_chat: Ref | None = None  # the admins' own chat: reviews, alerts, reports
