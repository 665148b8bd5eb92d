"""The content calendar: posts on a cron schedule in the community clock, sent to every chat
of the community on every platform, each in its chat's language; and `/announce`.

Each post is a recurring job (`calendar.NAME`), so it fires once per occurrence whatever the
restarts, and a missed occurrence runs late or is skipped by the post's policy. The playbook's
daily rhythm (morning news 08:00, noon topic 12:00, evening discussion 21:00) and weekly
themes (Monday sharing, Wednesday Q&A, Friday resources) are the example in settings.toml.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..actions import Priority
from ..engine import CommandComponent, Context, Recurring, component, on_command
from ..events import Event, JobDue, MessageReceived
from ..i18n import localized
from ..permissions import Permission
from ..segments import TN, T
from .calendar_config import CalendarConfig

JOB_PREFIX = "calendar."


def broadcast(ctx: Context, content, *, tag: str) -> int:
    """Send `content` to every chat of the community (each rendered in its own locale)."""
    sent = 0
    for chat in ctx.community.settings.chats:
        if ctx.send(content, chat=chat, priority=Priority.BROADCAST, tag=tag) is not None:
            sent += 1
    return sent


@component
class ContentCalendar(CommandComponent):
    name = "calendar"
    section = "calendar"
    order = 70
    events = (MessageReceived, JobDue)

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        config: CalendarConfig = self.config
        self.posts = {f"{JOB_PREFIX}{p.name}": p for p in config.posts if p.enabled}

    def recurring(self) -> Iterable[Recurring]:
        return [Recurring(job, post.cron, post.policy) for job, post in self.posts.items()]

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, JobDue):
            post = self.posts.get(event.job)
            if post is not None:
                broadcast(ctx, localized(post.text, community=ctx.community.title), tag=self.name)
            return
        super().handle(event, ctx)

    @on_command("announce", permission=Permission.ANNOUNCE)
    def announce(self, event, ctx: Context, command) -> None:
        if not command.rest:
            ctx.reply(T("Usage: /announce TEXT (sent to every chat of the community)."))
            return
        sent = broadcast(ctx, command.rest, tag="announce")
        ctx.audit("announce", actor=event.sender, evidence=command.rest)
        ctx.reply(TN("Announcement sent to {n} chat.", "Announcement sent to {n} chats.", sent))
