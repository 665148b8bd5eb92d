"""/spam and /notspam (alias /ham): an admin's verdict on a message, by reply, by its id, or
by the Ban / Not spam buttons under a review in the admin chat.

/spam deletes the message, takes the classifier's `command_step` (a ban unless the ruleset says
otherwise) and teaches the community's classifier that the message is spam; /notspam undoes
what moderation did to the message and teaches that it is not. Each lesson is a row that
survives restarts and an audit entry that /undo reverses.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from ..commands import Command, command_of
from ..engine import CommandComponent, Context, component, on, on_command
from ..engine.filters import Events
from ..events import ButtonPressed, Event, MessageEvent, MessageReceived
from ..moderation.commanding import elsewhere, may_act_in, name_of
from ..moderation.ladder import Case, delete_message, take_step
from ..moderation.learning import BUTTON, Seen, community_scope
from ..moderation.removal import uncount
from ..moderation.spam_document import Lesson
from ..moderation.state import Moderation
from ..moderation.waves import index_of
from ..permissions import Permission
from ..refs import Ref
from ..roles import Role
from ..segments import I18nText, T
from ..storage.models import AuditEntry
from ..words import word_of
from .moderate import ensure_lessons
from .modlog import AUDIT_UNDONE, UNDO, AuditUndone
from .recall import recall
from .reviews import already, claim, recall_decision, review_for

TEXT_KEPT = 2_000  # characters of a lesson kept in its audit entry (for /undo)


class Verdict(NamedTuple):
    """What a verdict reads first: the entries "not spam" undoes, the message's review, and
    whether moderation already deleted the message (a second redaction of it is one too many)."""

    undo: list[AuditEntry]
    review: AuditEntry | None
    deleted: bool = False


def deleted_by(entries: list[AuditEntry]) -> bool:
    """Whether moderation's entries for a message include its deletion, carried out or on its
    way (a failed one, or one undone, is tried again)."""
    return any(
        e.action == "delete" and e.outcome in ("done", "queued") and e.undone_at is None
        for e in entries
    )


@component
class SpamVerdicts(CommandComponent[Verdict]):
    name = "spam_verdicts"
    order = 8
    slices = (Moderation,)
    events = (MessageReceived, ButtonPressed)

    async def prepare(self, event: Event, ctx: Context) -> Verdict | None:
        """The entries a "not spam" verdict undoes, and the review it decides (if any)."""
        await super().prepare(event, ctx)
        if isinstance(event, ButtonPressed):
            if not event.data.startswith(BUTTON) or event.chat is None:
                return None
            await ctx.admins.ensure(event.chat)
            verdict, _, key = event.data[len(BUTTON) :].partition(":")
        else:
            found = self.command_of(event)
            if found is None or not isinstance(event, MessageEvent):
                return None
            verdict, key = found[0].name, self.key_of(event, ctx, found[1])
        named = key.partition("|")[0]  # who is an admin in the message's chat (`may_judge`)
        if named and ctx.directory.community_of(named) == ctx.community.name:
            await ctx.admins.ensure(Ref(named))
        await ensure_lessons(ctx, ctx.ruleset.moderation)
        learning = ctx.slice(Moderation).learning
        wanted = key.rpartition("|")[2] or self.id_asked(event)
        if key not in learning.recent and wanted:  # reviewed before a restart: read it back
            key = await recall(ctx, learning, wanted) or key
        seen = learning.recent.get(key)
        entries: list[AuditEntry] = []
        if seen is not None and seen.entries:
            entries = await AuditEntry.filter(id__in=seen.entries)
        undo = entries if verdict in ("notspam", "ham") else []
        chat, _, message = key.rpartition("|")
        review = await review_for(ctx, chat, message) if chat and message else None
        if review is not None:
            await recall_decision(ctx, review)
        return Verdict(undo, review, deleted_by(entries))

    @staticmethod
    def id_asked(event: Event) -> str:
        """The message id a command gives (`/notspam m13`), if it gives one."""
        command = command_of(event) if isinstance(event, MessageEvent) else None
        return command.arg(0) if command is not None else ""

    def key_of(self, event: MessageEvent, ctx: Context, command: Command) -> str:
        """The recent-message key the verdict is about: the id given, or the one replied to."""
        if command.args:
            wanted = command.args[0]
            recent = ctx.slice(Moderation).learning.recent
            if f"{event.chat}|{wanted}" in recent:  # ids are a chat's own: this chat's first
                return f"{event.chat}|{wanted}"
            return next((k for k in reversed(recent) if k.rpartition("|")[2] == wanted), "")
        return f"{event.chat}|{event.reply_to}" if event.reply_to else ""

    @on(Events(ButtonPressed))
    def pressed(self, event: Event, ctx: Context) -> None:
        """An admin's verdict from the buttons under a doubtful message."""
        assert isinstance(event, ButtonPressed)
        if not event.data.startswith(BUTTON):
            return
        if ctx.role_of(event.member) < Role.ADMIN:
            return  # not an admin's button to press
        verdict, _, key = event.data[len(BUTTON) :].partition(":")
        seen = ctx.slice(Moderation).learning.recent.get(key)
        if seen is None:
            ctx.send(T("That message is no longer known; use /spam ID or /notspam ID."),
                     chat=event.chat)  # fmt: skip
            return
        # the data is the presser's word: it may name any recent message, an admin's too
        refused = self.refusal(ctx, event.member, seen, verdict == "ban")
        if refused is not None:
            ctx.send(refused, chat=event.chat)
        elif verdict == "ban":
            self.judge_spam(ctx, event.member, key, seen, event.chat)
        else:
            self.judge_ham(ctx, event.member, seen, event.chat)
        ctx.stop()

    @on_command("spam", permission=Permission.MODERATE)
    def spam(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        key = self.key_of(event, ctx, command)
        seen = ctx.slice(Moderation).learning.recent.get(key)
        if seen is None:
            ctx.reply(T("Reply to the message with /spam, or give its id: /spam ID."))
            return
        refused = self.refusal(ctx, event.sender, seen, True)
        if refused is not None:
            ctx.reply(refused)
            return
        self.judge_spam(ctx, event.sender, key, seen, None)

    @on_command("notspam", permission=Permission.MODERATE, aliases=("ham",))
    def notspam(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        key = self.key_of(event, ctx, command)
        seen = ctx.slice(Moderation).learning.recent.get(key)
        if seen is None:
            ctx.reply(T("Reply to the message with /notspam, or give its id: /notspam ID."))
            return
        refused = self.refusal(ctx, event.sender, seen, False)
        if refused is not None:
            ctx.reply(refused)
            return
        self.judge_ham(ctx, event.sender, seen, None)

    @staticmethod
    def refusal(ctx: Context, actor: str, seen: Seen, spam: bool) -> I18nText | None:
        """Why `actor` may not judge `seen`: a message of a group of the community where
        they are no admin, or (as spam) an admin's message."""
        if not may_act_in(ctx, actor, seen.chat):
            return elsewhere(ctx)
        if spam and ctx.is_admin(seen.sender, Ref(seen.chat)):
            return T("{name} is an admin; that does not apply to admins.", name=seen.name)
        return None

    def decided_before(self, ctx: Context, actor: Ref, verdict: str, answer_in) -> bool:
        """Claim the message's review for this verdict; True (its moderator told who decided)
        when another verdict decided it first."""
        prepared = self.prepared(ctx)
        review = prepared.review if prepared is not None else None
        if review is None:
            return False
        by = claim(ctx, review, actor, verdict)
        if by is None:
            return False
        self.answer(ctx, already(ctx, review, by, actor, verdict), answer_in)
        return True

    def judge_spam(self, ctx: Context, actor: Ref, key: str, seen: Seen, answer_in) -> None:
        if self.decided_before(ctx, actor, "spam", answer_in):
            return
        step = ctx.ruleset.moderation.classifier.command_step
        # a sender the platform named no one (WeChat's first message): the member record's
        # name, else the account id
        name = seen.name or name_of(ctx, Ref(seen.sender))
        case = Case(
            chat=Ref(seen.chat), user=Ref(seen.sender), name=name, rule="classifier",
            evidence=seen.text[:200], actor=actor, message_id=key.rpartition("|")[2],
        )  # fmt: skip
        first_entry = ctx.audits
        prepared = self.prepared(ctx)
        if prepared is None or not prepared.deleted:  # moderation deleted it already
            delete_message(ctx, case)
            uncount(ctx, case.user)
        take_step(ctx, case, step)
        # what moderation did to the message, for a later /notspam to undo
        seen.entries += [f"{ctx.event.key}#a{n}" for n in range(first_entry, ctx.audits)]
        self.learn(ctx, actor, seen, "spam")
        index_of(ctx.scope).add_text(seen.text, seen.chat)
        self.answer(ctx, T("Learned as spam: {name}, {step}.", name=name, step=step.said),
                    answer_in)  # fmt: skip

    def judge_ham(self, ctx: Context, actor: Ref, seen: Seen, answer_in) -> None:
        if self.decided_before(ctx, actor, "ham", answer_in):
            return
        undone: dict[str, None] = {}  # the actions undone, each named once
        prepared = self.prepared(ctx)
        for entry in prepared.undo if prepared is not None else []:
            reverse = UNDO.get(entry.action)
            if reverse is None or entry.undone_at is not None:
                continue
            if not spread_from_elsewhere(entry):  # lifted with the ban it was spread from
                reverse(ctx, entry)
            ctx.write(AUDIT_UNDONE, AuditUndone(ctx.now, entry.id))
            undone[entry.action] = None
        seen.entries = []
        self.learn(ctx, actor, seen, "ham")
        name = seen.name or name_of(ctx, Ref(seen.sender))
        waves = ctx.ruleset.moderation.waves
        index_of(ctx.scope).remove_text(seen.text, waves.similarity if waves.enabled else None)
        actions = tuple(word_of("action", action) for action in undone)
        said = (
            T("Learned as not spam: {name}; undone: {actions}.", name=name, actions=actions)
            if actions
            else T("Learned as not spam: {name}; there was nothing to undo.", name=name)
        )
        self.answer(ctx, said, answer_in)

    @staticmethod
    def answer(ctx: Context, text, chat) -> None:
        if chat is None:
            ctx.reply(text)
        else:
            ctx.send(text, chat=chat)

    def learn(self, ctx: Context, actor: Ref, seen: Seen, label: str) -> None:
        teach(ctx, actor, seen, label)


def spread_from_elsewhere(entry: AuditEntry) -> bool:
    """A shared-list ban carried out in another chat because of one given here."""
    return entry.rule == "shared_bans" and "from" in json.loads(entry.detail or "{}")


def teach(ctx: Context, actor: str, seen: Seen, label: str) -> None:
    """A lesson to the community's classifier: a row that survives restarts and an audit
    entry /undo reverses (also the console's verdict on a review)."""
    config = ctx.ruleset.moderation.classifier
    entry = ctx.audit(
        "learn", target=seen.sender, actor=actor, rule="classifier",
        evidence=seen.text[:200], outcome="done",
        detail={"label": label, "text": seen.text[:TEXT_KEPT]},
    )  # fmt: skip
    scope = community_scope(ctx.community.name)
    learning = ctx.slice(Moderation).learning
    lesson = Lesson(label, seen.text, seen.facts)
    learning.lesson(ctx, config, entry, scope, lesson, actor, ctx.now)
