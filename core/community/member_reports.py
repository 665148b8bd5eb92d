"""Members call the admins: `/report [reason]` as a reply to the message in question (or
`举报`), and `@admin` / `@admins` anywhere in a message. The alert goes to the admin chat, or
privately to each admin the bot knows, with buttons to act on the reported member (delete the
message, kick, ban, dismiss). One report per member per `cooldown`, one per message.

A report is decided once, like a spam review (`moderation/reviews.py`): the first button press
claims it in the event's transaction, so a second press, by the same admin or another, or on
another worker, acts on nothing and tells its admin who decided.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from ..actions import Action, Ban, Button, DeleteMessages, Kick
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.filters import Commands, Events, Filter
from ..engine.routing import routed_data, split_route
from ..events import ButtonPressed, Event, MessageEvent, MessageReceived
from ..moderation import Moderation, first_decision, named, recall_decision
from ..refs import Ref
from ..roles import Role
from ..segments import I18nText, Mention, T, Text
from ..storage.models import AuditEntry

CALL = re.compile(r"(?<!\w)@admins?\b", re.IGNORECASE)
DATA = "report"
VERDICTS: dict[str, I18nText] = {
    "delete": T("Delete message"),
    "kick": T("Kick"),
    "ban": T("Ban"),
    "dismiss": T("Dismiss"),
}
DONE: dict[str, I18nText] = {
    "delete": T("{admin} deleted the reported message."),
    "kick": T("{admin} removed {target}."),
    "ban": T("{admin} banned {target}."),
    "dismiss": T("{admin} dismissed the report."),
}
DECISIONS = tuple(f"report.{verdict}" for verdict in VERDICTS)  # audit actions naming who


@component
class MemberReports(CommandComponent[AuditEntry]):
    name = "member_reports"
    section = "member_reports"
    order = 9
    before = ("moderation",)  # which takes `@admins` for an @username ad
    events = (MessageReceived, ButtonPressed)
    slices = (Moderation,)  # who decided each report lately

    def __init__(self, ruleset: Any) -> None:
        super().__init__(ruleset)
        self.last: dict[tuple[str, str], datetime] = {}  # (community, member) -> last report
        self.reported: set[tuple[str, str]] = set()  # (chat, message) already reported

    def preparing(self) -> Filter:
        return Commands() | Events(ButtonPressed)

    async def prepare(self, event: Event, ctx: Context) -> AuditEntry | None:
        """The report an admin's button acts on."""
        if isinstance(event, ButtonPressed):
            verdict = _verdict(event.data)
            if verdict is not None:
                # the data is the presser's word: only a report of this community counts, or
                # a role here would act on another community's chats and members
                entry = await AuditEntry.get_or_none(
                    id=verdict[1], community=ctx.community.name, action="report"
                )
                if entry is not None and entry.chat:
                    await ctx.admins.ensure(Ref(entry.chat))
                    await recall_decision(ctx, entry, DECISIONS)  # decided before: who did
                return entry
        elif isinstance(event, MessageEvent) and event.chat is not None:
            await ctx.admins.ensure(event.chat)  # who to alert
        return None

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, ButtonPressed):
            self.pressed(event, ctx)
        else:
            super().handle(event, ctx)

    def on_message(self, event: Event, ctx: Context) -> None:
        if not isinstance(event, MessageEvent) or event.private or event.chat is None:
            return
        text = event.text
        if self.config.mentions and "@" in text and "@admin" in text.lower() and CALL.search(text):
            target = event.reply_to_sender
            self.alert(event, ctx, target, event.reply_to or event.message_id, event.text)
            ctx.stop()  # the admins read it in the alert: not chatter, not an ad

    @on_command("report", aliases=("举报",))
    def report(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if event.chat is None or event.private:
            ctx.reply(T("Use /report in the group, as a reply to the message in question."))
            return
        if event.reply_to is None or event.reply_to_sender is None:
            ctx.reply(T("Reply to the message you want to report with /report [reason]."))
            return
        self.alert(event, ctx, event.reply_to_sender, event.reply_to, command.rest)

    # --- the alert ------------------------------------------------------------------------------

    def alert(
        self, event: MessageEvent, ctx: Context, target: Ref | None, message: str, reason: str
    ) -> None:
        assert event.chat is not None
        if not self.config.enabled:
            return
        if target is not None and ctx.is_admin(target, event.chat):
            ctx.reply(T("Admins cannot be reported."))
            return
        key = (ctx.community.name, ctx.community.member_key(event.sender))
        last = self.last.get(key)
        if last is not None and event.time - last < self.config.cooldown:
            ctx.reply(T("You reported something a moment ago; the admins have been told."))
            return
        if (event.chat, message) in self.reported:
            ctx.reply(T("This message was reported already; the admins have been told."))
            return
        self.last[key] = event.time
        self.reported.add((event.chat, message))
        entry = ctx.audit(
            "report",
            actor=event.sender,
            target=target or "",
            rule="manual",
            evidence=reason,
            detail={"message": message},
        )
        reporter = event.sender_name or event.sender.local_id
        chat = ctx.community.title
        text: list[Any] = [
            T(
                "{reporter} reported {target} in {chat}",
                reporter=reporter,
                chat=chat,
                target=Mention(target, _name_of(ctx, target)),
            )
            if target is not None
            else T("{reporter} reported a message in {chat}", reporter=reporter, chat=chat)
        ]
        if reason:
            text += [Text(": "), Text(reason[:300])]
        buttons = self.buttons(ctx, entry) if target is not None else ()
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat is not None:
            ctx.send(tuple(text), chat=admin_chat, buttons=buttons, tag="report")
        else:
            for admin, role in ctx.admins.known(event.chat).items():
                if role >= Role.ADMIN and Ref(admin).kind == "user":
                    ctx.send_private(Ref(admin), tuple(text), buttons=buttons, tag="report")
        ctx.reply(T("Thank you, the admins have been told."))

    def buttons(self, ctx: Context, entry: str) -> tuple[Button, ...]:
        return tuple(
            Button(
                label=(label,), data=routed_data(ctx.community.name, f"{DATA}|{verdict}|{entry}")
            )
            for verdict, label in VERDICTS.items()
        )

    # --- an admin acts on it --------------------------------------------------------------------

    def pressed(self, event: ButtonPressed, ctx: Context) -> None:
        verdict = _verdict(event.data)
        entry = self.prepared(ctx)
        if verdict is None:
            return
        ctx.stop()
        if entry is None or not entry.chat:
            return
        chat, target = Ref(entry.chat), Ref(entry.target)
        if ctx.role_of(event.member, chat) < Role.ADMIN:
            return  # only an admin of the reported chat may act on it
        where = event.chat or event.member
        admin = event.name or event.member.local_id
        if verdict[0] in ("kick", "ban") and ctx.is_admin(target, chat):
            # anyone may report an admin's message: /kick and /ban refuse admins, and so do these
            said = T(
                "{name} is an admin; that does not apply to admins.", name=_name_of(ctx, target)
            )
            ctx.send(said, chat=where)
            return
        before = first_decision(ctx, entry, event.member, "reported")
        if before is not None:
            by = admin if before == str(event.member) else named(ctx, before)
            said = (
                T("That report was already handled by {name}.", name=by)
                if before
                else T("That report was already handled.")
            )
            ctx.send(said, chat=where)
            return
        message = str(json.loads(entry.detail or "{}").get("message", ""))
        action: Action | None = {
            "delete": lambda: (
                DeleteMessages(chat=chat, message_ids=(message,)) if message else None
            ),
            "kick": lambda: Kick(chat=chat, user=target),
            "ban": lambda: Ban(chat=chat, user=target),
            "dismiss": lambda: None,
        }[verdict[0]]()
        if action is not None:
            action.tag = "report"
            ctx.act(action)
        ctx.audit(f"report.{verdict[0]}", actor=event.member, target=target, chat=chat,
                  evidence=entry.id, outcome="done")  # fmt: skip
        done = DONE[verdict[0]]
        name = _name_of(ctx, target)
        ctx.send(I18nText(done.msgid, {"admin": admin, "target": name}), chat=where)


def _verdict(data: str) -> tuple[str, str] | None:
    """(verdict, audit entry) of a report button's data."""
    kind, _, rest = split_route(data)[1].partition("|")
    verdict, _, entry = rest.partition("|")
    return (verdict, entry) if kind == DATA and verdict in VERDICTS and entry else None


def _name_of(ctx: Context, member: Ref) -> str:
    """The name admins know a member by; their id where the bot never learnt one."""
    known = ctx.peek_member(member)
    return known.name if known is not None and known.name else member.local_id
