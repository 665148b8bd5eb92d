"""Earning rules beyond the check-in: helpful answers, valuable shares and organised events.

- answer: a reply to a question (a message ending in a question mark) that the asker or an
  admin marks helpful, by a helpful reaction or by replying with a thanks word;
- share: a message (with a link, by default) that an admin approves (/valuable as a reply, or
  an approve reaction) or that enough other members react to;
- organize: granted by an admin with /organize @member;
- speak: a group message long enough, not a repeat of the member's recent ones, with two
  different letters or digits at least (off unless `points.speak` is set); orders earn
  through `order_points.py`.
Limits (cooldowns, daily caps, minimum length, pair cooldowns, receivers per question) are in
`limits.grant`.
"""

from __future__ import annotations

import hashlib
import unicodedata

from ..actions import Action
from ..commands import PREFIXES, Command
from ..engine import CommandComponent, Context, component, on_command, target_of
from ..events import Event, MessageEvent, MessageReceived, ReactionChanged
from ..moderation import normalise
from ..permissions import Permission
from ..segments import Link, T
from .config import PointsConfig
from .ledger import ref_of
from .limits import EarnBook, EarnState, Post, fingerprint, grant, message_award_key, post_key
from .names import display_name
from .notices import announce


def event_id(title: str) -> str:
    """An organised event as named, whatever its case and spacing: `Spring meetup` and
    `spring  MEETUP` are one event (hashed: a ledger key is at most 255 characters)."""
    folded = " ".join(normalise(title).split())
    return hashlib.sha256(folded.encode()).hexdigest()[:16]


def said_form(text: str) -> str:
    """What a message says, to tell a repeat: moderation's matching form (case, full-width
    and zero-width characters folded; cached, as moderation reads every message first) with
    only its letters and digits kept, so `ok then`, `OK then!` and `ｏｋ ｔｈｅｎ\u200b` are
    one text."""
    return "".join(filter(str.isalnum, normalise(text)))


def wording_length(text: str) -> int:
    """A message's length in letters (with their marks) and digits: what `min_length` counts
    for speaking, so dots, spaces or emoji padding a word or two to length earn nothing."""
    return sum(unicodedata.category(char)[0] in "LMN" for char in text)


@component
class Earning(CommandComponent):
    name = "earning"
    section = "points"
    order = 45
    after = ("checkin",)  # a check-in word is not a post
    events = (MessageReceived, ReactionChanged)
    slices = (EarnState,)
    config: PointsConfig

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self.thanks = tuple(word.casefold() for word in self.config.thanks_words)

    async def prepare(self, event: Event, ctx: Context) -> None:
        if isinstance(event, ReactionChanged) and event.chat is not None:
            await ctx.admins.ensure(event.chat)
        else:
            await super().prepare(event, ctx)

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, ReactionChanged):
            self.on_reaction(event, ctx)
        else:
            super().handle(event, ctx)

    # --- posts -------------------------------------------------------------------------------

    def on_message(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.private or event.chat is None or event.sender_chat is not None:
            return  # a channel or the group itself (an anonymous admin) earns nothing
        book: EarnBook = ctx.slice(EarnState)
        text = event.text.strip()
        sender = ctx.community.member_key(event.sender)
        post = Post(
            sender=sender,
            at=event.time,
            length=len(text),
            question=text.endswith(self.config.question_marks),
            link=any(isinstance(s, Link) for s in event.segments) or "://" in text,
        )
        replied = book.posts.get(post_key(event.chat, event.reply_to)) if event.reply_to else None
        if replied is not None and replied.sender != sender:
            if replied.question:
                post.answers = post_key(event.chat, event.reply_to or "")
            elif replied.answers and self._thanks(text):
                question = book.posts.get(replied.answers)
                if question is not None and (
                    question.sender == sender or ctx.is_admin(event.sender)
                ):
                    self._reward_answer(ctx, event.reply_to or "", replied, sender)
        book.remember(post_key(event.chat, event.message_id), post)
        if (
            self.config.speak
            and not text.startswith(PREFIXES)
            and not ctx.community.pipeline.answers_word(text)  # a check-in word is no chat
        ):
            self._reward_speaking(ctx, book, event, sender, text)

    def _reward_speaking(
        self, ctx: Context, book: EarnBook, event: MessageReceived, sender: str, text: str
    ) -> None:
        """发言: a message long enough that is not a repeat of one of the sender's recent
        ones (flagged messages never get here: moderation stops them first)."""
        said = said_form(text)
        said_print = fingerprint(sender, said)
        if book.repeated(sender, said_print) or len(set(said)) < 2:  # a repeat, 😀😀😀, aaaaaa
            return
        if wording_length(text) < self.config.limit("speak").min_length:
            return
        key = message_award_key("speak", ctx.community.name, event.chat or "", event.message_id)
        ref = ref_of(msg=post_key(event.chat or "", event.message_id), said=said_print)
        grant(ctx, self.config, "speak", ctx.member(event.sender), key, ref=ref)

    def _thanks(self, text: str) -> bool:
        folded = text.casefold()
        return any(word in folded for word in self.thanks)

    def _reward_answer(self, ctx: Context, message_id: str, answer: Post, asker: str) -> None:
        if answer.length < self.config.limit("answer").min_length:
            return
        chat = ctx.event.chat or ""
        key = message_award_key("answer", ctx.community.name, chat, message_id)
        points = grant(
            ctx,
            self.config,
            "answer",
            ctx.member(answer.sender),
            key,
            giver=asker,
            question=answer.answers,
            ref=ref_of(by=asker, q=answer.answers, msg=post_key(chat, message_id)),
        )
        if points:
            notice = announce(ctx, answer.sender, "answer", points)
            self._noted(ctx, key, notice)

    def _reward_share(self, ctx: Context, key: str, sender: str, by: str) -> None:
        award_key = f"share:{ctx.community.name}:{key}"
        points = grant(
            ctx, self.config, "share", ctx.member(sender), award_key, ref=ref_of(msg=key, by=by)
        )
        if points:
            self._noted(ctx, award_key, announce(ctx, sender, "share", points))

    @staticmethod
    def _noted(ctx: Context, key: str, notice: Action | None) -> None:
        """Remember the award's notice: withdrawn if the points are taken back before it left
        (deleted.py)."""
        outbox_id = ctx.queued_id(notice)
        if outbox_id is not None:
            ctx.slice(EarnState).notices[key] = outbox_id

    def _share_candidate(self, post: Post) -> bool:
        long_enough = post.length >= self.config.limit("share").min_length
        return long_enough and (post.link or not self.config.share_needs_link)

    # --- reactions ---------------------------------------------------------------------------

    def on_reaction(self, event: ReactionChanged, ctx: Context) -> None:
        if event.member is None or event.chat is None or not event.added:
            return
        book: EarnBook = ctx.slice(EarnState)
        key = post_key(event.chat, event.message_id)
        post = book.posts.get(key)
        reactor = ctx.community.member_key(event.member)
        if post is None or post.sender == reactor:
            return
        admin = ctx.is_admin(event.member)
        added = set(event.added)
        if post.answers and added & set(self.config.helpful_reactions):
            question = book.posts.get(post.answers)
            if question is not None and (question.sender == reactor or admin):
                self._reward_answer(ctx, event.message_id, post, question.sender)
        if not self._share_candidate(post):
            return
        if admin and added & set(self.config.approve_reactions):
            self._reward_share(ctx, key, post.sender, reactor)
            return
        post.reactors.add(reactor)
        if len(post.reactors) >= self.config.share_reactions:
            self._reward_share(ctx, key, post.sender, "")

    # --- admin commands ----------------------------------------------------------------------

    @on_command("valuable", permission=Permission.POINTS, aliases=("goodshare",))
    def approve(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not event.reply_to or event.reply_to_sender is None or event.chat is None:
            ctx.reply(T("Reply to a valuable share with /valuable."))
            return
        key = post_key(event.chat, event.reply_to)
        sender = ctx.community.member_key(event.reply_to_sender)
        award_key = f"share:{ctx.community.name}:{key}"
        points = grant(
            ctx,
            self.config,
            "share",
            ctx.member(sender),
            award_key,
            ref=ref_of(msg=key, by=event.sender),
        )
        if not points:
            ctx.reply(T("No points this time: already rewarded, or a limit was reached."))
            return
        self._noted(ctx, award_key, announce(ctx, sender, "share", points))

    @on_command("organize", permission=Permission.POINTS, aliases=("organise",))
    def organize(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        target, rest = target_of(event, command, ctx)
        if target is None:
            ctx.reply(T("Usage: /organize @member EVENT"))
            return
        member = ctx.member(target)
        title = " ".join(rest)[:120]
        if not title:
            ctx.reply(T("Usage: /organize @member EVENT"))
            return
        # one event pays its organiser once: the same event named again the same day (a
        # command sent twice) is refused; another event is another name
        key = f"organize:{ctx.community.name}:{member.key}:{ctx.day.isoformat()}:{event_id(title)}"
        if key in ctx.slice(EarnState).rewarded:
            ctx.reply(
                T(
                    "{name} was already paid today for organising “{event}”. To pay for "
                    "another event, name it: /organize @member EVENT.",
                    name=display_name(ctx, member.key),
                    event=title,
                )
            )
            return
        points = grant(
            ctx, self.config, "organize", member, key, ref=ref_of(by=event.sender, event=title)
        )
        ctx.audit("organize", target=member.key, actor=event.sender, evidence=title,
                  outcome="done" if points else "skipped", detail={"points": points})  # fmt: skip
        if not points:
            ctx.reply(T("No points this time: already rewarded, or a limit was reached."))
            return
        announce(ctx, member.key, "organize", points)
