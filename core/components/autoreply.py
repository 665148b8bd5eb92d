"""Keyword auto-replies: a trigger word or phrase answered with a prepared text, at most once
per cooldown in each chat."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from pydantic import Field

from ..engine import Component, Context, component
from ..events import Event, MessageReceived
from ..i18n import localized
from ..settings import SectionModel, ruleset_section
from ..settings.types import Duration, LocalizedText


class AutoReplyRule(SectionModel):
    match: Literal["exact", "contains"] = "contains"
    pattern: str = Field(min_length=1)
    reply: LocalizedText
    cooldown: Duration = timedelta(minutes=1)  # per chat


@ruleset_section("autoreply")
class AutoReplyConfig(SectionModel):
    rules: tuple[AutoReplyRule, ...] = ()


@component
class AutoReply(Component):
    name = "autoreply"
    section = "autoreply"
    order = 30
    events = (MessageReceived,)

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self.rules: tuple[AutoReplyRule, ...] = self.config.rules
        self.folded = tuple(rule.pattern.casefold() for rule in self.rules)
        self.last_fired: dict[tuple[str, int], datetime] = {}

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if not self.rules or event.private:
            return
        text = event.text.casefold()
        for index, rule in enumerate(self.rules):
            pattern = self.folded[index]
            hit = text.strip() == pattern if rule.match == "exact" else pattern in text
            if not hit:
                continue
            key = (event.chat, index)
            last = self.last_fired.get(key)
            # An older event than the last reply (a redelivery after a takeover) is not
            # inside the cooldown: it is answered as it was the first time.
            if last is not None and timedelta(0) <= event.time - last < rule.cooldown:
                continue
            self.last_fired[key] = event.time
            ctx.reply(localized(rule.reply, name=event.sender_name))
            return
