"""One-time sign-in links: a random token shown once, kept only as its SHA-256, valid for
minutes and redeemed at most once (the redeeming UPDATE is conditional, so two browsers
racing with one link cannot both win). The session a link opened is named by the link's
digest, so signing out ends it on the server, not only in the browser that holds the cookie."""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..storage.models import LoginLink

EVERY = "*"  # the operator's grant: every community
# what made a member an admin when their link was made, which a session is read against again
# on each request (`held.py`): the settings' roles or /promote, which the console reads itself,
# or the chat's admin list on the platform, which only the bot can read
BY_SETTINGS, BY_PLATFORM = "settings", "platform"


@dataclass(frozen=True, slots=True)
class Grant:
    """Who signed in and the communities they may see and act on."""

    user: str  # a member ref; "" for the operator at the server's shell
    name: str
    communities: tuple[str, ...]
    held_by: str = BY_PLATFORM

    @property
    def operator(self) -> bool:
        return EVERY in self.communities

    def sees(self, community: str) -> bool:
        return self.operator or community in self.communities

    def visible(self, names: list[str]) -> list[str]:
        return [name for name in names if self.sees(name)]

    def as_dict(self) -> dict[str, object]:
        return {"user": self.user, "name": self.name, "communities": list(self.communities),
                "held_by": self.held_by}  # fmt: skip

    @classmethod
    def of(cls, data: dict) -> Grant:
        held_by = str(data.get("held_by") or BY_PLATFORM)
        return cls(str(data["user"]), str(data["name"]), tuple(data["communities"]), held_by)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_link(grant: Grant, now: datetime, minutes: int) -> str:
    """A new link's token (shown once; only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    await LoginLink.create(
        token_hash=digest(token),
        user=grant.user,
        name=grant.name,
        communities=json.dumps(list(grant.communities)),
        held_by=grant.held_by,
        created_at=now,
        expires_at=now + timedelta(minutes=minutes),
    )
    return token


async def redeem(token: str, now: datetime) -> tuple[str, Grant] | None:
    """The session's name and the link's grant, if the link is known, unused and unexpired;
    it is used up by this call."""
    key = digest(token)
    won = await LoginLink.filter(token_hash=key, used_at=None, expires_at__gt=now).update(
        used_at=now
    )
    if won != 1:
        return None
    row = await LoginLink.get(token_hash=key)
    return key, Grant(row.user, row.name, tuple(json.loads(row.communities)), row.held_by)


async def is_live(session: str, opened_after: datetime) -> bool:
    """Whether the session a link opened has not been signed out, and was opened after
    `opened_after` (a session's life counts from its sign-in: the cookie is signed again on
    every answer, so its own expiry moves on while it is used, a stolen copy's too)."""
    return await LoginLink.exists(token_hash=session, used_at__gt=opened_after, ended_at=None)


async def end_sessions(now: datetime, session: str | None = None, user: str | None = None) -> int:
    """Sign out one session, a member's every session, or (neither given) every session."""
    ended = LoginLink.filter(used_at__not_isnull=True, ended_at=None)
    if session is not None:
        ended = ended.filter(token_hash=session)
    if user is not None:
        ended = ended.filter(user=user)
    return await ended.update(ended_at=now)


async def is_redeemable(token: str, now: datetime) -> bool:
    return await LoginLink.exists(token_hash=digest(token), used_at=None, expires_at__gt=now)


async def forget_expired(now: datetime) -> int:
    """Drop links past their life (a day on, so a refused one can still be told apart)."""
    return await LoginLink.filter(expires_at__lt=now - timedelta(days=1)).delete()
