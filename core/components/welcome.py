"""Greets members who join, in the chat's language, with `{name}` and `{community}` filled in."""

from __future__ import annotations

from ..engine import Component, Context, component
from ..events import Event, MemberJoined
from ..i18n import localized
from ..segments import T
from ..settings import SectionModel, ruleset_section
from ..settings.types import LocalizedText


@ruleset_section("welcome")
class WelcomeConfig(SectionModel):
    enabled: bool = True
    # Your own text, one for all or one per locale; unset uses the translated default.
    text: LocalizedText | None = None


@component
class Welcome(Component):
    name = "welcome"
    section = "welcome"
    order = 20
    events = (MemberJoined,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MemberJoined)
        config: WelcomeConfig = self.config
        if not config.enabled or event.is_bot:
            return
        params = {"name": event.name or event.member.local_id, "community": ctx.community.title}
        if config.text:
            text = localized(config.text, **params)
        else:
            text = T(
                "Welcome to {community}, {name}! Please read the group rules and say hello.",
                **params,
            )
        ctx.send(text)
