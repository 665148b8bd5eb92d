"""Anti-raid mode: when accounts join in a wave (or an admin says `/antiraid on [duration]`),
every newcomer is muted, kicked or banned for a while; the mode ends by itself and admins are
told both times. Admins: /antiraid [on [duration]|off]; ended early, it unmutes those it held."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta
from typing import Any

from ..actions import Action, Ban, DeleteMessages, Kick, Mute, Priority, Unmute
from ..capabilities import Capability
from ..commands import Command
from ..durations import parse_duration
from ..engine import CommandComponent, Context, component, on_command, schedule
from ..events import Event, JobDue, MemberJoined, MessageEvent, MessageReceived
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..refs import Ref
from ..roles import Role
from ..segments import T
from ..storage.models import AuditEntry
from .config import AntiraidConfig
from .decision import can
from .store import ChallengeSlice

END_JOB = "antiraid.end"
# Fired as a raid ends by itself: the captcha asks those it muted and who are still members
# (held, they were asked nothing; their mute ends with the raid).
AFTER_JOB = "antiraid.after"
SETTING = "antiraid"
ACTION_LABELS = {"mute": T("muted"), "kick": T("removed"), "ban": T("banned")}


def raid_until(ctx: Context) -> datetime | None:
    """When the community's raid mode ends, or None when it is off."""
    until = ctx.slice(CommandSettings).get(SETTING, {}).get("until")
    moment = datetime.fromisoformat(until) if until else None
    return moment if moment is not None and moment > ctx.now else None


@component
class Antiraid(CommandComponent):
    name = "antiraid"
    section = "antiraid"
    order = 3
    before = ("captcha", "welcome")  # a raider gets neither
    events = (MemberJoined, JobDue, MessageReceived)
    slices = (CommandSettings, ChallengeSlice)

    def __init__(self, ruleset: Any) -> None:
        super().__init__(ruleset)
        # community -> recent joins (time, account): a raid is many accounts, not one rejoining
        self.joins: dict[str, deque[tuple[datetime, str]]] = {}
        # community -> (chat, account) held by the raid on now. Kept in the process: after a
        # restart a held account's message is moderated as any other (a reminder, not silence)
        self.held: dict[str, set[tuple[str, str]]] = {}

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MemberJoined):
            self.joined(event, ctx)
        elif isinstance(event, JobDue):
            if event.job == END_JOB:
                self.ended(event, ctx)
        else:
            super().handle(event, ctx)

    def joined(self, event: MemberJoined, ctx: Context) -> None:
        if event.chat is None or event.is_bot or ctx.role_of(event.member) >= Role.VOLUNTEER:
            return
        if (str(event.chat), str(event.member)) in ctx.slice(ChallengeSlice).approved:
            return  # answered the captcha on a join request: vetted, neither held nor counted
        config: AntiraidConfig = self.config
        until = raid_until(ctx)
        if until is None and config.joins:
            recent = self.joins.setdefault(ctx.community.name, deque())
            recent.append((event.time, str(event.member)))
            while recent and event.time - recent[0][0] > config.window:
                recent.popleft()
            if len({account for _, account in recent}) >= config.joins:
                recent.clear()
                until = self.start(ctx, event.chat, event.time + config.duration, "detector")
        if until is not None:
            self.hold(event, ctx, until)

    def hold(self, event: MemberJoined, ctx: Context, until: datetime) -> None:
        """A newcomer during a raid: kept out of the chat's conversation until it ends."""
        chat, user = event.chat, event.member
        assert chat is not None
        # RAID: a wave's hundreds of holds must not keep members' replies and the deletion
        # of the raiders' spam waiting
        action: Action = {
            "mute": lambda: Mute(chat=chat, user=user, until=until, priority=Priority.RAID),
            "kick": lambda: Kick(chat=chat, user=user, priority=Priority.RAID),
            "ban": lambda: Ban(chat=chat, user=user, until=until, priority=Priority.RAID),
        }[self.config.action]()
        capabilities = ctx.capabilities(chat.platform)
        if capabilities is not None and action.capability not in capabilities:
            # WeChat cannot mute: a raid is no time to wait
            action = Kick(chat=chat, user=user, priority=Priority.RAID)
        ctx.act(action)
        ctx.audit("antiraid.held", target=user, evidence=action.kind)
        self.held.setdefault(ctx.community.name, set()).add((str(chat), str(user)))
        ctx.stop()

    def on_message(self, event: Event, ctx: Context) -> None:
        """A held account writing (a raid's accounts post as they join, before their hold
        lands): the message goes without a word, as an unsolved newcomer's does under the
        captcha. The ladder's reminder to each of a wave filled the group with "Raider17,
        please mind the group rules", and the admin chat with a report each."""
        assert isinstance(event, MessageEvent)
        held = self.held.get(ctx.community.name)
        if not held or event.chat is None or raid_until(ctx) is None:
            return
        if (str(event.chat), str(event.sender)) not in held:
            return
        if ctx.role_of(event.sender, event.chat) >= Role.VOLUNTEER:
            return  # made a volunteer or an admin meanwhile
        if can(ctx, event.chat.platform, Capability.DELETE):
            ctx.act(
                DeleteMessages(chat=event.chat, message_ids=(event.message_id,), tag="antiraid")
            )
        ctx.stop()

    def start(self, ctx: Context, chat: Ref, until: datetime, by: str) -> datetime:
        overrides: Overrides = ctx.slice(CommandSettings)
        # since: when this raid began (an extension keeps it), for whom /antiraid off unmutes
        since = overrides.get(SETTING, {}).get("since") if raid_until(ctx) else None
        overrides.set(
            ctx,
            SETTING,
            {"until": until.isoformat(), "by": by, "since": since or ctx.now.isoformat()},
        )
        schedule(ctx, END_JOB, until, {"chat": str(chat), "until": until.isoformat()})
        ctx.audit("antiraid.on", actor=by, evidence=until.isoformat())
        action = ACTION_LABELS[self.config.action]
        self.tell_admins(
            ctx,
            chat,
            T("Anti-raid is on until {until}: every newcomer is {action} meanwhile.", until=until,
              action=action),
        )  # fmt: skip
        return until

    async def prepare(self, event: Event, ctx: Context) -> list[tuple[str, str]] | None:
        """Before /antiraid off: the newcomers this raid muted (its end lifts the mutes by
        itself; ended early, they would stay muted until then)."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        since = ctx.slice(CommandSettings).get(SETTING, {}).get("since")
        if found is None or found[1].arg(0).lower() != "off" or not since:
            return None
        held = await AuditEntry.filter(
            community=ctx.community.name, action="antiraid.held", evidence="mute",
            created_at__gte=datetime.fromisoformat(since),
        ).values_list("chat", "target")  # fmt: skip
        return [(str(chat), str(user)) for chat, user in held]

    def stop_raid(self, ctx: Context, chat: Ref, by: str) -> None:
        if isinstance(ctx.event, MessageEvent):  # ended early by /antiraid off
            # at the holds' priority: after the holds still queued, which would mute again
            for where, user in dict.fromkeys(self.prepared(ctx) or ()):
                ctx.act(Unmute(chat=Ref(where), user=Ref(user), priority=Priority.RAID))
        ctx.slice(CommandSettings).set(ctx, SETTING, {})
        self.held.pop(ctx.community.name, None)
        ctx.audit("antiraid.off", actor=by)
        self.tell_admins(ctx, chat, T("Anti-raid is off: newcomers are welcome again."))

    def ended(self, event: JobDue, ctx: Context) -> None:
        setting = ctx.slice(CommandSettings).get(SETTING, {})
        if setting.get("until") != event.payload.get("until"):  # ended early or extended since
            return
        since = setting.get("since") or ctx.now.isoformat()
        schedule(ctx, AFTER_JOB, ctx.now, {"since": since}, key=f"{AFTER_JOB}:{event.key}")
        self.stop_raid(ctx, Ref(str(event.payload.get("chat"))), "system")

    def tell_admins(self, ctx: Context, chat: Ref, text: Any) -> None:
        admin_chat = ctx.community.settings.admin_chat
        ctx.send(text, chat=admin_chat or chat, tag="antiraid")
        if admin_chat is not None and isinstance(ctx.event, MessageEvent):
            ctx.reply(text)  # the admin who typed the command sees it where they typed it

    # --- /antiraid ------------------------------------------------------------------------------

    @on_command("antiraid", permission=Permission.MODERATE)
    def command(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        chat = event.chat
        assert chat is not None
        choice = command.arg(0).lower()
        until = raid_until(ctx)
        if choice == "on":
            try:
                duration = (
                    parse_duration(command.arg(1)) if command.arg(1) else self.config.duration
                )
            except ValueError:
                ctx.reply(T("Usage: /antiraid on [duration, e.g. 30m or 6h] | off"))
                return
            self.start(ctx, chat, ctx.now + max(duration, timedelta(minutes=1)), event.sender)
        elif choice == "off":
            if until is None:
                ctx.reply(T("Anti-raid is off."))
                return
            self.stop_raid(ctx, chat, event.sender)
        elif choice:
            ctx.reply(T("Usage: /antiraid on [duration, e.g. 30m or 6h] | off"))
        elif until is None:
            ctx.reply(T("Anti-raid is off."))
        else:
            ctx.reply(T("Anti-raid is on until {until}.", until=until))


async def held_members(event: JobDue, ctx: Context) -> tuple[tuple[str, str], ...]:
    """(chat, member) of those the raid ending with `event` muted who are members still."""
    held = await AuditEntry.filter(
        community=ctx.community.name, action="antiraid.held", evidence="mute",
        created_at__gte=datetime.fromisoformat(str(event.payload.get("since"))),
    ).values_list("chat", "target")  # fmt: skip
    present = []
    for chat, user in dict.fromkeys(held):
        member = ctx.peek_member(Ref(str(user)))
        if member is not None and member.status == "member":
            present.append((str(chat), str(user)))
    return tuple(present)
