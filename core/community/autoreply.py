"""Keyword auto-replies: a trigger word or phrase (exact, contains, or an RE2 regex) answered
with a prepared text, at most once per cooldown in each chat.

Admins add replies by command, as in Rose: `/filter price See the pinned message`,
`/filter "good morning" Morning!`; `/filters` lists them, `/stop price` removes one. Replies
are Rose markup (core/markup.py) with `{name}`, `{first}`, `{mention}`, `{id}`, `{chatname}`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..commands import PREFIXES, Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, MessageEvent, MessageReceived
from ..markup import fillings, formatted
from ..markup_write import saved_text
from ..moderation import CommandSettings, Overrides, clean, compile_pattern
from ..permissions import Permission
from ..segments import TN, T
from .sections import AutoReplyConfig


class Trigger:
    """A compiled rule: how it matches and what it answers."""

    def __init__(self, key: str, match: str, pattern: str, reply: Any, cooldown: timedelta):
        self.key, self.match, self.reply, self.cooldown = key, match, reply, cooldown
        self.folded = pattern.casefold()
        self.regex = compile_pattern(pattern) if match == "regex" else None

    def hits(self, folded: str, text: str) -> bool:
        if self.regex is not None:
            return self.regex.search(text) is not None
        if self.match == "exact":
            return folded.strip() == self.folded
        return self.folded in folded


@component
class AutoReply(CommandComponent):
    name = "autoreply"
    section = "autoreply"
    order = 30
    events = (MessageReceived,)
    slices = (CommandSettings,)

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        config: AutoReplyConfig = self.config
        self.rules = [
            Trigger(f"rule:{i}", r.match, r.pattern, r.reply, r.cooldown)
            for i, r in enumerate(config.rules)
        ]
        self.last_fired: dict[tuple[str, str], datetime] = {}
        self.compiled: dict[str, tuple[int, list[Trigger]]] = {}  # community -> (version, …)

    def triggers(self, ctx: Context) -> list[Trigger]:
        overrides: Overrides = ctx.slice(CommandSettings)
        cached = self.compiled.get(ctx.community.name)
        if cached is None or cached[0] != overrides.version:
            filters = overrides.get("filters", {})
            cooldown = self.config.filter_cooldown
            added = [Trigger(f"filter:{k}", "contains", k, v, cooldown) for k, v in filters.items()]
            cached = self.compiled[ctx.community.name] = (overrides.version, self.rules + added)
        return cached[1]

    def on_message(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.private or not event.text or event.text.startswith(PREFIXES):
            return  # a command (another feature's, another bot's) is no question to answer
        if event.automatic_forward:
            return  # the group's channel's post, copied in: the channel asks nothing
        triggers = self.triggers(ctx)
        if not triggers:
            return
        text = clean(event.text)
        folded = text.casefold()
        for trigger in triggers:
            if not trigger.hits(folded, text):
                continue
            key = (event.chat or "", trigger.key)
            last = self.last_fired.get(key)
            # An older event than the last reply (a redelivery after a takeover) is not
            # inside the cooldown: it is answered as it was the first time.
            if last is not None and timedelta(0) <= event.time - last < trigger.cooldown:
                continue
            self.last_fired[key] = event.time
            filled = fillings(event.sender, event.sender_name, ctx.community.title)
            ctx.reply(formatted(trigger.reply, name=event.sender_name, **filled))
            return

    # --- /filter /filters /stop --------------------------------------------------------------

    @on_command("filter", permission=Permission.SETTINGS)
    def add_filter(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        trigger, reply = _split_trigger(command.rest)
        same, styled = _split_trigger(saved_text(event.segments, 1))
        reply = styled if same == trigger else reply  # the app's formatting, kept as markup
        if not trigger or not reply:
            ctx.reply(T('Usage: /filter trigger reply, or /filter "two words" reply'))
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        overrides.set(ctx, "filters", {**overrides.get("filters", {}), trigger: reply})
        ctx.audit("filter", actor=event.sender, rule="manual", evidence=f"{trigger} -> {reply}")
        ctx.reply(T('Saved: I will answer "{trigger}".', trigger=trigger))

    @on_command("filters")
    def list_filters(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        names = [r.pattern for r in self.config.rules] + list(overrides.get("filters", {}))
        if not names:
            ctx.reply(T("No keyword replies in this group."))
            return
        ctx.reply(
            TN(
                "{n} keyword reply: {names}",
                "{n} keyword replies: {names}",
                len(names),
                names=", ".join(names),
            )
        )

    @on_command("stop", permission=Permission.SETTINGS)
    def stop_filter(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        trigger, _ = _split_trigger(command.rest)
        overrides: Overrides = ctx.slice(CommandSettings)
        filters = dict(overrides.get("filters", {}))
        if filters.pop(trigger.casefold(), None) is None:
            ctx.reply(T('There is no keyword reply "{trigger}".', trigger=trigger))
            return
        overrides.set(ctx, "filters", filters)
        ctx.audit("stop", actor=event.sender, rule="manual", evidence=trigger)
        ctx.reply(T('Removed the keyword reply "{trigger}".', trigger=trigger))


def _split_trigger(rest: str) -> tuple[str, str]:
    """`"two words" reply text` -> ("two words", "reply text"); the trigger is case-folded."""
    rest = rest.strip()
    quote = rest[:1]
    if quote in ('"', "'"):
        end = rest.find(quote, 1)
        if end < 0:
            return "", ""
        trigger, reply = rest[1:end], rest[end + 1 :]
    else:
        trigger, _, reply = rest.partition(" ")
    return trigger.casefold(), reply.strip()
