"""/dashboard in a chat: an admin gets a one-time sign-in link to the console, privately.

The link grants the community the command was given in (where the sender holds the role);
it is written in the command's transaction, so it exists once the message is answered.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from ..actions import SendPrivate
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.context import as_message
from ..events import MessageEvent
from ..roles import Role
from ..segments import T, Text
from ..storage.statements import insert
from .held import by_settings
from .links import BY_PLATFORM, BY_SETTINGS, digest


class LoginLinkRow(NamedTuple):
    token_hash: str
    user: str
    name: str
    communities: str  # JSON
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    held_by: str  # what made the sender an admin: the settings (or /promote), or the platform


LINK_INSERT = insert("console_login_links", LoginLinkRow)
LOCAL_ONLY = T(
    "This address opens only on the computer the bot runs on, while the console runs there: "
    "to open it elsewhere, the operator sets dashboard.base_url."
)


def console_url(settings: Any) -> str:
    """Where members reach the console: `dashboard.base_url`, else its host and port."""
    dashboard = settings.dashboard
    return (dashboard.base_url or f"http://{dashboard.host}:{dashboard.port}").rstrip("/")


def _held_by(ctx: Context, sender: str) -> str:
    """Whether the settings or /promote make the sender an admin, which the console reads
    again itself, or only the platform's admin list, which only the bot can read."""
    community = ctx.community
    promoted = community.granted.get(community.member_key(sender), Role.MEMBER) >= Role.ADMIN
    return BY_SETTINGS if promoted or by_settings(community.settings, sender) else BY_PLATFORM


@component
class DashboardLink(CommandComponent):
    name = "dashboard_link"
    order = 9

    @on_command("dashboard", role=Role.ADMIN, aliases=("console",))
    def link(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        settings = ctx.settings
        minutes = settings.dashboard.link_minutes
        token = secrets.token_urlsafe(32)
        member = ctx.peek_member(event.sender)
        ctx.write(
            LINK_INSERT,
            LoginLinkRow(
                digest(token),
                event.sender,
                (member.name if member else "") or event.sender,
                json.dumps([ctx.community.name]),
                ctx.now,
                ctx.now + timedelta(minutes=minutes),
                None,
                _held_by(ctx, event.sender),
            ),
        )
        url = f"{console_url(settings)}/login/{token}"
        text: Any = T(
            "Your sign-in link to the console (works once, for {minutes} minutes): {url}",
            minutes=minutes,
            url=url,
        )
        if not settings.dashboard.base_url:  # http://127.0.0.1:8080: no phone opens it
            text = (text, Text("\n"), LOCAL_ONLY)
        # never the group as a fallback: the link is a key
        sent = ctx.act(
            SendPrivate(
                chat=event.sender,
                segments=as_message(text),
                fallback_chat=None,
                secret="the console sign-in link",  # not kept in the outbox once delivered
            )
        )
        if event.chat is not None and event.chat.kind == "chat":
            ctx.reply(T("I sent you a sign-in link privately."), after=sent)
