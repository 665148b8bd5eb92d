"""Steps against a channel posting in a group (Telegram's `sender_chat`).

A channel has no inbox, cannot be muted and has no membership to remove: the platform can only
ban it, and only for good (banChatSenderChat takes no end). So a private warning becomes a
reminder, a mute a ban of the same length, a kick a ban of `KICK_FOR`; a timed ban is a ban
and a job that lifts it when it ends. Each channel's ban is recorded (its end, or "" for good)
so that a job armed by an earlier timed ban does not lift a later permanent one or one an
admin lifted and gave again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..actions import Unban
from ..engine import Context
from ..engine.scheduler import schedule
from ..events import JobDue
from ..refs import Ref
from .overrides import CommandSettings, Overrides
from .steps import Step

JOB = "moderation.channel_unban"
SETTING = "channel_bans"  # "chat channel" -> when its ban ends (ISO), "" for good
KICK_FOR = timedelta(hours=1)  # a kick of a channel: it may post again after this

# step kind -> the step taken against a channel (the duration kept unless given here)
CHANNEL_STEPS: dict[str, tuple[str, timedelta | None]] = {
    "warn_private": ("remind", None),
    "mute": ("ban", None),
    "kick": ("ban", KICK_FOR),
}


def channel_step(step: Step) -> Step:
    """The step as taken against a channel: "mute 1h" is "ban 1h", "kick" is "ban 1h"."""
    found = CHANNEL_STEPS.get(step.kind)
    if found is None:
        return step
    kind, duration = found
    return Step(kind, duration or (step.duration if kind == "ban" else None))


def _key(chat: Ref, channel: Ref) -> str:
    return f"{chat} {channel}"


def _bans(ctx: Context) -> tuple[Overrides, dict[str, str]]:
    overrides: Overrides = ctx.slice(CommandSettings)
    return overrides, dict(overrides.get(SETTING, {}))


def banned(ctx: Context, chat: Ref, channel: Ref) -> bool:
    """Whether groupops banned the channel in `chat` and has not lifted the ban since."""
    return _key(chat, channel) in _bans(ctx)[1]


def record_ban(ctx: Context, chat: Ref, channel: Ref, until: datetime | None) -> None:
    """Note the channel's ban; a timed one is lifted by a job at `until`."""
    overrides, bans = _bans(ctx)
    bans[_key(chat, channel)] = until.isoformat() if until else ""
    overrides.keep(ctx, SETTING, bans)
    if until is not None:
        payload = {"chat": str(chat), "channel": str(channel), "until": until.isoformat()}
        schedule(ctx, JOB, until, payload, key=f"{JOB}:{ctx.event.key}:{channel}")


def forget_ban(ctx: Context, chat: Ref, channel: Ref) -> None:
    """The channel's ban was lifted (by /unban or its end)."""
    overrides, bans = _bans(ctx)
    if bans.pop(_key(chat, channel), None) is not None:
        overrides.keep(ctx, SETTING, bans)


def ban_ended(event: JobDue, ctx: Context) -> None:
    """A timed ban's end: lift it, unless it was lifted or given again since."""
    chat, channel = Ref(str(event.payload["chat"])), Ref(str(event.payload["channel"]))
    if _bans(ctx)[1].get(_key(chat, channel)) != event.payload.get("until"):
        return
    forget_ban(ctx, chat, channel)
    ctx.act(Unban(chat=chat, user=channel))
    ctx.audit("unban", target=channel, actor="system", rule="expired", outcome="done", chat=chat)
