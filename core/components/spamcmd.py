"""/spam and /notspam (alias /ham): an admin's verdict on a message, by reply or by its id.

/spam deletes the message, takes the classifier's `command_step` (a ban unless the ruleset says
otherwise) and teaches the community's classifier that the message is spam; /notspam undoes
what moderation did to the message and teaches that it is not. Each lesson is a row that
survives restarts and an audit entry that /undo reverses.
"""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, CommandSpec, Context, component
from ..events import Event, MessageEvent
from ..moderation.ladder import Case, delete_message, take_step
from ..moderation.learning import LESSON_INSERT, Seen, community_scope
from ..moderation.state import Moderation
from ..moderation.waves import index_of
from ..refs import Ref
from ..roles import Role
from ..segments import T
from ..storage.models import AuditEntry
from .moderation import ensure_lessons
from .modlog import AUDIT_UNDONE, UNDO

TEXT_KEPT = 2_000  # characters of a lesson kept in its audit entry (for /undo)


@component
class SpamVerdicts(CommandComponent):
    name = "spam_verdicts"
    order = 8
    slices = (Moderation,)
    commands = (
        CommandSpec("spam", "spam", role=Role.ADMIN),
        CommandSpec("notspam", "notspam", role=Role.ADMIN, aliases=("ham",)),
    )

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self.entries: dict[str, list[AuditEntry]] = {}  # event key -> entries to undo

    async def prepare(self, event: Event, ctx: Context) -> None:
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent):
            return
        await ensure_lessons(ctx, ctx.ruleset.moderation)
        spec, command = found
        if spec.name == "notspam":
            seen = self.find(event, ctx, command)[1]
            if seen is not None and seen.entries:
                self.entries[event.key] = await AuditEntry.filter(id__in=seen.entries)

    def find(self, event: MessageEvent, ctx: Context, command: Command) -> tuple[str, Seen | None]:
        """The message the verdict is about: the one replied to, or the id given."""
        recent = ctx.slice(Moderation).learning.recent
        if command.args:
            wanted = command.args[0]
            for key in reversed(recent):
                if key.rpartition("|")[2] == wanted:
                    return wanted, recent[key]
            return wanted, None
        if event.reply_to:
            return event.reply_to, recent.get(f"{event.chat}|{event.reply_to}")
        return "", None

    def spam(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        message_id, seen = self.find(event, ctx, command)
        if seen is None:
            ctx.reply(T("Reply to the message with /spam, or give its id: /spam ID."))
            return
        user = Ref(seen.sender)
        if ctx.is_admin(user):
            ctx.reply(T("{name} is an admin; that does not apply to admins.", name=seen.name))
            return
        config = ctx.ruleset.moderation
        case = Case(
            chat=Ref(seen.chat), user=user, name=seen.name, rule="classifier",
            evidence=seen.text[:200], actor=event.sender, message_id=message_id,
        )  # fmt: skip
        delete_message(ctx, case)
        take_step(ctx, case, config.classifier.command_step)
        self.learn(ctx, event, seen, "spam")
        index_of(ctx.engine).add_text(seen.text, seen.chat)
        ctx.reply(T("Learned as spam: {name}, {step}.", name=seen.name,
                    step=str(config.classifier.command_step)))  # fmt: skip

    def notspam(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        _message_id, seen = self.find(event, ctx, command)
        if seen is None:
            ctx.reply(T("Reply to the message with /notspam, or give its id: /notspam ID."))
            return
        undone = []
        for entry in self.entries.pop(event.key, []):
            reverse = UNDO.get(entry.action)
            if reverse is None or entry.undone_at is not None:
                continue
            reverse(ctx, entry)
            ctx.write(AUDIT_UNDONE, (ctx.now, entry.id))
            undone.append(entry.action)
        seen.entries = []
        self.learn(ctx, event, seen, "ham")
        index_of(ctx.engine).remove_text(seen.text)
        ctx.reply(
            T("Learned as not spam: {name}; undone: {actions}.", name=seen.name,
              actions=", ".join(undone) or "-")
        )  # fmt: skip

    def learn(self, ctx: Context, event: MessageEvent, seen: Seen, label: str) -> None:
        config = ctx.ruleset.moderation.classifier
        entry = ctx.audit(
            "learn", target=seen.sender, actor=event.sender, rule="classifier",
            evidence=seen.text[:200], outcome="done",
            detail={"label": label, "text": seen.text[:TEXT_KEPT]},
        )  # fmt: skip
        scope = community_scope(ctx.community.name)
        ctx.write(LESSON_INSERT, (entry, scope, label, seen.text, event.sender, ctx.now, None))
        ctx.slice(Moderation).learning.teach(config, label, seen.text)
