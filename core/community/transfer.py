"""`/export` and `/import`, as in Rose: the settings admins made in the chat (notes, filters,
rules, welcome, goodbye, blocklist, locks, flood, disabled commands, approvals, captcha,
cleanup, the community's language) as a JSON file, and that file restored by replying
`/import` to it in a chat of this or another community. The file is checked whole before
anything changes: a broken one gets one line saying what is wrong. Roles given by /promote
and a running raid mode are not carried (a file must not hand out rights). `groupops export`
prints the same on the server, and its output for one community is read by /import too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from ..actions import SendFile
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.community_locale import LOCALE_KEY, set_locale
from ..errors import ActionError, Unsupported
from ..events import Event, MessageEvent
from ..i18n import match
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..roles import Role
from ..segments import T

FORMAT = "groupops.chat-settings"
VERSION = 1
LIMIT = 1_000_000  # bytes: far above any community's settings, far below a bot's 20 MB


class Greeting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    enabled: bool | None = None


Localized = str | dict[str, str]
# What each carried key holds; a file's value must be exactly this (strict: no coercion).
SCHEMAS: dict[str, TypeAdapter[Any]] = {
    key: TypeAdapter(kind)
    for key, kind in {
        "notes": dict[str, Localized],
        "filters": dict[str, Localized],
        "rules": Localized,
        "welcome": Greeting,
        "goodbye": Greeting,
        "blocklist.added": list[str],
        "blocklist.removed": list[str],
        "locks.locked": list[str],
        "locks.unlocked": list[str],
        "flood": dict[str, int | bool],
        "disabled": list[str],
        "disabledel": bool,
        "cleancommands": bool,
        "cleanservice": bool,
        "approved": list[str],
        "captcha": dict[str, Any],
        LOCALE_KEY: str,
    }.items()
}


class BrokenFile(Exception):
    """Why a file cannot be imported, as the line the admin reads."""

    def __init__(self, line: Any) -> None:
        super().__init__(line.msgid)
        self.line = line


@dataclass(slots=True)
class Download:
    data: bytes = b""
    problem: Any = None  # the line to answer instead


def document(community: str, values: dict[str, Any], exported_at: str) -> bytes:
    settings = {k: values[k] for k in sorted(values) if k in SCHEMAS}
    body = {
        "format": FORMAT,
        "version": VERSION,
        "community": community,
        "exported_at": exported_at,
        "settings": settings,
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode()


def settings_of(data: bytes) -> dict[str, Any]:
    """The settings a file carries, every one checked; BrokenFile names the first problem."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BrokenFile(T("The file is not JSON; nothing was changed.")) from None
    body = _from_cli(body)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BrokenFile(T("The file is not a settings file from /export; nothing was changed."))
    if body.get("version") != VERSION:
        raise BrokenFile(
            T(
                "The file is version {version}; I read version 1. Nothing was changed.",
                version=str(body.get("version")),
            )
        )
    settings = body.get("settings")
    if not isinstance(settings, dict):
        raise BrokenFile(T("The file is not a settings file from /export; nothing was changed."))
    for key, value in settings.items():
        schema = SCHEMAS.get(key)
        try:
            if schema is None:
                raise ValueError(key)
            schema.validate_python(value, strict=True)
            if key == LOCALE_KEY and match(value) is None:
                raise ValueError(value)  # no catalog for it here
        except (ValidationError, ValueError):
            raise BrokenFile(
                T("The file's setting {key} is not valid; nothing was changed.", key=key)
            ) from None
    return settings


def _from_cli(body: Any) -> Any:
    """`groupops export` of one community read as a file from /export: what admins changed by
    command, less what a file never carries (roles, raid mode, connections)."""
    communities = body.get("communities") if isinstance(body, dict) else None
    if not isinstance(communities, dict) or len(communities) != 1:
        return body
    ((name, community),) = communities.items()
    changed = community.get("changed_by_command") if isinstance(community, dict) else None
    if not isinstance(changed, dict):
        return body
    settings = {
        key: entry.get("value") if isinstance(entry, dict) else entry
        for key, entry in changed.items()
        if key in SCHEMAS
    }
    return {"format": FORMAT, "version": VERSION, "community": name, "settings": settings}


@component
class Transfer(CommandComponent[Download]):
    name = "transfer"
    order = 38
    slices = (CommandSettings,)

    async def prepare(self, event: Event, ctx: Context) -> Download | None:
        """The file an /import replies to."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or found[0].name != "import" or not isinstance(event, MessageEvent):
            return None
        if not event.reply_to_file or event.chat is None:
            return None
        try:
            got = Download(await ctx.download(event.chat.platform, event.reply_to_file, LIMIT))
        except Unsupported:
            got = Download(problem=T("Files cannot be read on this platform."))
        except ActionError:
            got = Download(problem=T("The file could not be read; nothing was changed."))
        return got

    @on_command("export", role=Role.ADMIN, needs=(Capability.SEND_FILE,))
    def export(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if event.chat is None or not ctx.can(Capability.SEND_FILE):
            ctx.reply(
                T(
                    "Files cannot be sent on this platform; the operator's "
                    "`groupops export` gives the same settings."
                )
            )
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        name = ctx.community.name
        values = dict(overrides.values)
        values.pop(LOCALE_KEY, None)  # as loaded; the community's state holds the current one
        if ctx.community.locale:
            values[LOCALE_KEY] = ctx.community.locale
        data = document(name, values, ctx.now.isoformat())
        caption = T(
            "Settings of {community}: reply /import to this file to restore them.",
            community=ctx.community.title,
        )
        file = SendFile(
            chat=event.chat,
            filename=f"{name}-settings.json",
            data=data,
            caption=(caption,),
            thread_id=event.thread_id,
            tag="export",
        )
        ctx.act(file)
        ctx.audit("export", actor=event.sender, rule="manual", evidence=file.filename)

    @on_command("import", permission=Permission.SETTINGS)
    def restore(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        got = self.prepared(ctx)
        if got is None:
            ctx.reply(T("Reply /import to a settings file made by /export."))
            return
        try:
            if got.problem is not None:
                raise BrokenFile(got.problem)
            settings = settings_of(got.data)
        except BrokenFile as broken:
            ctx.reply(broken.line)
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        for key, value in settings.items():
            if key == LOCALE_KEY:
                set_locale(ctx, match(value) or value)
            else:
                overrides.set(ctx, key, value)
        ctx.audit("import", actor=event.sender, rule="manual", evidence=",".join(settings))
        ctx.reply(T("Restored from the file: {keys}.", keys=", ".join(settings)))
