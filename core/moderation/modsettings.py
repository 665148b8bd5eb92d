"""Admin commands that change moderation settings for this community, as in Rose:
/setflood /addblocklist /rmblocklist /blocklist /lock /unlock /locks. Changes take effect on
the next message, persist, and show in `groupops export`."""

from __future__ import annotations

from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import MEDIA_KINDS, MessageEvent
from ..moderation.behaviour import FloodConfig
from ..moderation.normalize import normalise
from ..moderation.overrides import CommandSettings, Overrides
from ..permissions import Permission
from ..roles import Role
from ..segments import TN, I18nText, T

ADMIN = Role.ADMIN
# the kinds adapters report as media (one vocabulary for every platform), forwards and links
LOCK_TYPES = (*(kind for kind in MEDIA_KINDS if kind != "url"), "forward", "url")
SHOWN_WORDS = 30  # /blocklist shows this many entries
UNDELETED = ("delete", "log")  # lock actions that, without deleting, leave only the audit entry


@component
class ModerationSettings(CommandComponent):
    name = "modsettings"
    section = "moderation"
    order = 6
    slices = (CommandSettings,)

    def _changed(self, ctx: Context, event: MessageEvent, what: str, evidence: str) -> None:
        ctx.audit(what, actor=event.sender, rule="manual", evidence=evidence, outcome="done")

    # --- flood -------------------------------------------------------------------------------

    @on_command("setflood", permission=Permission.SETTINGS)
    def set_flood(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        first = command.arg(0).lower()
        if first in ("off", "no", "0"):
            overrides.set(ctx, "flood", {"enabled": False})
            self._changed(ctx, event, "setflood", "off")
            ctx.reply(T("Flood control is off."))
            return
        seconds = command.arg(1, str(self.config.flood.seconds))
        value = _flood(first, seconds)
        if value is None:
            ctx.reply(
                T("Usage: /setflood MESSAGES [SECONDS], e.g. /setflood 5 10, or /setflood off")
            )
            return
        overrides.set(ctx, "flood", value)
        self._changed(ctx, event, "setflood", f"{first}/{seconds}s")
        ctx.reply(
            T(
                "Flood control: at most {messages} messages in {seconds} seconds.",
                messages=value["messages"],
                seconds=value["seconds"],
            )
        )

    # --- blocklist ---------------------------------------------------------------------------

    def _words(self, ctx: Context) -> list[str]:
        overrides: Overrides = ctx.slice(CommandSettings)
        removed = set(overrides.get("blocklist.removed", ()))
        words = [*self.config.blocklist.words, *overrides.get("blocklist.added", ())]
        return [w for w in dict.fromkeys(words) if w not in removed]

    @on_command("addblocklist", permission=Permission.SETTINGS, aliases=("addblacklist",))
    def add_blocklist(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        words = _entries(command.rest)
        if not words:
            ctx.reply(T("Usage: /addblocklist word, another phrase, ..."))
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        added = list(dict.fromkeys([*overrides.get("blocklist.added", ()), *words]))
        removed = [w for w in overrides.get("blocklist.removed", ()) if w not in words]
        overrides.set(ctx, "blocklist.added", added)
        overrides.set(ctx, "blocklist.removed", removed)
        self._changed(ctx, event, "addblocklist", ", ".join(words))
        ctx.reply(
            TN(
                "Added {n} entry to the blocklist.",
                "Added {n} entries to the blocklist.",
                len(words),
            )
        )

    @on_command("rmblocklist", permission=Permission.SETTINGS, aliases=("unblocklist",))
    def rm_blocklist(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        words = _entries(command.rest)
        overrides: Overrides = ctx.slice(CommandSettings)
        known = set(self._words(ctx))
        gone = [w for w in words if w in known]
        if not gone:
            ctx.reply(T("None of those are on the blocklist."))
            return
        added = [w for w in overrides.get("blocklist.added", ()) if w not in gone]
        removed = list(dict.fromkeys([*overrides.get("blocklist.removed", ()), *gone]))
        overrides.set(ctx, "blocklist.added", added)
        overrides.set(ctx, "blocklist.removed", removed)
        self._changed(ctx, event, "rmblocklist", ", ".join(gone))
        ctx.reply(
            TN(
                "Removed {n} entry from the blocklist.",
                "Removed {n} entries from the blocklist.",
                len(gone),
            )
        )

    @on_command("blocklist", role=ADMIN, aliases=("blacklist",))
    def show_blocklist(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        words = self._words(ctx)
        if not words:
            ctx.reply(T("The blocklist is empty."))
            return
        shown = ", ".join(words[:SHOWN_WORDS]) + (" …" if len(words) > SHOWN_WORDS else "")
        ctx.reply(
            TN(
                "{n} blocklist entry: {words}",
                "{n} blocklist entries: {words}",
                len(words),
                words=shown,
            )
        )

    # --- locks -------------------------------------------------------------------------------

    def _locked(self, ctx: Context) -> list[str]:
        overrides: Overrides = ctx.slice(CommandSettings)
        unlocked = set(overrides.get("locks.unlocked", ()))
        locked = [*self.config.locks.locked, *overrides.get("locks.locked", ())]
        return [x for x in dict.fromkeys(locked) if x not in unlocked]

    def _lock_args(self, ctx: Context, command: Command) -> list[str] | None:
        kinds = [k.lower() for k in command.args]
        unknown = [k for k in kinds if k not in LOCK_TYPES]
        if not kinds or unknown:
            ctx.reply(T("Lockable types: {types}.", types=", ".join(LOCK_TYPES)))
            return None
        return kinds

    @on_command("lock", permission=Permission.SETTINGS)
    def lock(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        kinds = self._lock_args(ctx, command)
        if kinds is None:
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        locked = list(dict.fromkeys([*overrides.get("locks.locked", ()), *kinds]))
        overrides.set(ctx, "locks.locked", locked)
        unlocked = [k for k in overrides.get("locks.unlocked", ()) if k not in kinds]
        overrides.set(ctx, "locks.unlocked", unlocked)
        self._changed(ctx, event, "lock", ", ".join(kinds))
        ctx.reply(self._locked_said(ctx, event, ", ".join(kinds)))

    def _locked_said(self, ctx: Context, event: MessageEvent, types: str) -> I18nText:
        """ "Locked", and where the bot cannot delete messages (WeChat), what a lock does there
        instead: only the audit log for a lock that deletes (the message's other rules still act,
        `acting_first`), else the ruleset's step."""
        can = ctx.capabilities(event.chat.platform) if event.chat is not None else None
        if can is None or Capability.DELETE in can:
            return T("Locked: {types}.", types=types)
        if self.config.locks.action in UNDELETED:
            return T(
                "Locked: {types}. The bot cannot delete messages in this chat, so such "
                "messages stay and the lock only notes them in the audit log; other rules they "
                "break (spam, contact details) still apply (with the locks' action "
                '"escalate" their senders would get the warning ladder\'s steps).',
                types=types,
            )
        return T(
            "Locked: {types}. The bot cannot delete messages in this chat, so such messages "
            "stay; their senders get the ruleset's moderation step.",
            types=types,
        )

    @on_command("unlock", permission=Permission.SETTINGS)
    def unlock(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        kinds = self._lock_args(ctx, command)
        if kinds is None:
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        locked = [k for k in overrides.get("locks.locked", ()) if k not in kinds]
        overrides.set(ctx, "locks.locked", locked)
        unlocked = list(dict.fromkeys([*overrides.get("locks.unlocked", ()), *kinds]))
        overrides.set(ctx, "locks.unlocked", unlocked)
        self._changed(ctx, event, "unlock", ", ".join(kinds))
        ctx.reply(T("Unlocked: {types}.", types=", ".join(kinds)))

    @on_command("locks", role=ADMIN)
    def show_locks(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        locked = self._locked(ctx)
        if not locked:
            ctx.reply(T("Nothing is locked."))
            return
        ctx.reply(T("Locked: {types}.", types=", ".join(locked)))


def _entries(rest: str) -> list[str]:
    """Entries separated by commas (either width) or new lines; one may contain spaces."""
    parts = rest.replace("，", ",").replace("\n", ",").split(",")
    return list(dict.fromkeys(p.strip() for p in parts if normalise(p).strip()))


def _flood(messages: str, seconds: str) -> dict[str, int] | None:
    """The limit as the settings schema accepts it, or None (2..1000 messages, 1..86400 s)."""
    if not (messages.isdecimal() and seconds.isdecimal()):
        return None
    try:
        checked = FloodConfig(messages=int(messages), seconds=int(seconds))
    except ValueError:  # pydantic's ValidationError: outside the schema's bounds
        return None
    return {"messages": checked.messages, "seconds": checked.seconds}
