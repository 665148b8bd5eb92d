"""Anti-farming bookkeeping for earning rules: cooldowns, daily caps, pair cooldowns and
receivers per question, rebuilt from the ledger's recent entries when a community loads.

Everything here is bounded (`core/bounded.py`): posts are remembered for `LOOKBACK` (a
reaction or reply to an older message earns nothing), awards older than that are dropped, and
each structure has a per-community and an overall limit."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..bounded import BoundedDict, BoundedSet
from ..engine import Context, MemberState, Slice
from ..storage.models import LedgerEntry
from .config import PointsConfig
from .ledger import award, parse_ref, ref_of
from .perks import multiplier

LIMITED = ("answer", "share", "invite", "organize", "speak", "order")
# rules one message earns (keyed `{rule}:{community}:{chat}/{message id}`): moderation deleting
# the message takes them back (deleted.py)
MESSAGE_RULES = ("speak", "answer", "share")
RECENT_TEXTS = 20  # a member's messages remembered for "nothing for a repeat"
LOOKBACK = timedelta(days=2)  # posts and awards older than this are forgotten
AWARDS_KEPT = 64  # per member and rule: older ones no longer bear on a day's cap or a cooldown


def fingerprint(member: str, said: str) -> str:
    """A member's message (its words: `earning.said_form`) as kept in a speaking award's ref
    (`said=`), so a restart still knows what they were paid for saying (a repeat earns
    nothing). Salted with the member's key: once /forgetme replaces the key, no dictionary of
    common phrases tells what the erased member said."""
    return hashlib.sha256(f"{member}\n{said}".encode()).hexdigest()[:12]


def post_key(chat: str, message_id: str) -> str:
    return f"{chat}/{message_id}"


def message_award_key(rule: str, community: str, chat: str, message_id: str) -> str:
    return f"{rule}:{community}:{post_key(chat, message_id)}"


@dataclass(slots=True)
class Post:
    """A recent message, remembered so a later reaction or reply can reward it."""

    sender: str  # member key
    at: datetime
    length: int
    question: bool
    link: bool
    answers: str = ""  # the question post this one replies to
    reactors: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EarnBook:
    posts: BoundedDict[str, Post] = field(default_factory=lambda: BoundedDict("earning.posts"))
    # ledger keys granted lately (answers, shares, organising)
    rewarded: BoundedSet[str] = field(default_factory=lambda: BoundedSet("earning.rewarded"))
    # (member, rule) -> recent awards (time, points): cooldowns and daily caps read these
    earned: BoundedDict[tuple[str, str], list[tuple[datetime, int]]] = field(
        default_factory=lambda: BoundedDict("earning.awards")
    )
    # (giver, receiver) -> when the giver last rewarded the receiver
    pairs: BoundedDict[tuple[str, str], datetime] = field(
        default_factory=lambda: BoundedDict("earning.pairs")
    )
    # member -> fingerprints of their recent group messages (a repeat earns nothing)
    said: BoundedDict[str, list[str]] = field(default_factory=lambda: BoundedDict("earning.said"))
    # question post -> members rewarded for answering it
    receivers: BoundedDict[str, set[str]] = field(
        default_factory=lambda: BoundedDict("earning.receivers")
    )
    # ledger key of a message's award (MESSAGE_RULES) -> (member, points): taken back from
    # here if moderation deletes the message
    by_message: BoundedDict[str, tuple[str, int]] = field(
        default_factory=lambda: BoundedDict("earning.by_message")
    )
    # ledger key of a message's award -> the outbox id of the notice that announced it: not
    # sent if the points are taken back while it still waits (a busy chat's queue)
    notices: BoundedDict[str, str] = field(default_factory=lambda: BoundedDict("earning.notices"))

    def remember(self, key: str, post: Post) -> None:
        self.posts[key] = post
        before = post.at - LOOKBACK
        while (oldest := self.posts.oldest()) is not None and oldest[1].at < before:
            self.posts.drop_oldest()

    def repeated(self, member: str, said_print: str) -> bool:
        """Whether `member` said what `said_print` fingerprints lately; remembers it either
        way."""
        said = self.said.get(member) or []
        seen = said_print in said
        said.append(said_print)
        self.said[member] = said[-RECENT_TEXTS:]
        return seen

    def earn(
        self, ctx: Context, member: MemberState, rule: str, points: int, key: str, ref: str
    ) -> None:
        """Award the points as a ledger entry and remember them for the limits."""
        award(ctx, member, points, rule, key, ref)
        self.rewarded.add(key)
        if rule in MESSAGE_RULES:
            self.by_message[key] = (member.key, points)
        self.note(member.key, rule, points, ctx.now, ref)

    def note(self, member: str, rule: str, points: int, when: datetime, ref: str) -> None:
        awards = self.earned.get((member, rule)) or []
        awards.append((when, points))
        if len(awards) > AWARDS_KEPT:
            del awards[: len(awards) - AWARDS_KEPT]
        self.earned[(member, rule)] = awards  # written: now the most recent
        before = when - LOOKBACK
        while (oldest := self.earned.oldest()) is not None and oldest[1][-1][0] < before:
            self.earned.drop_oldest()
        parts = parse_ref(ref)
        if parts.get("by"):
            self.pairs[(parts["by"], member)] = when
        if parts.get("q"):
            rewarded = self.receivers.get(parts["q"]) or set()
            rewarded.add(member)
            self.receivers[parts["q"]] = rewarded


class EarnState(Slice[EarnBook]):
    name = "earning"

    @classmethod
    async def load(cls, community: str, database) -> EarnBook:
        book = EarnBook()
        latest = await LedgerEntry.filter(community=community).order_by("-created_at").first()
        if latest is None:
            return book
        rows = (
            await LedgerEntry.filter(
                community=community,
                reason__in=LIMITED,
                created_at__gte=latest.created_at - LOOKBACK,
            )
            .order_by("created_at", "id")
            .values_list("member", "reason", "delta", "created_at", "ref", "key")
        )
        for member, reason, delta, when, ref, key in rows:
            book.note(member, reason, int(delta), when, ref)
            book.rewarded.add(key)
            if reason in MESSAGE_RULES:
                book.by_message[key] = (member, int(delta))
            # what a member was paid for saying stays a repeat after a restart (messages
            # that earned nothing are not in the ledger: those are forgotten)
            if reason == "speak" and (said_print := parse_ref(ref).get("said")):
                book.repeated(member, said_print)
        return book


def grant(
    ctx: Context,
    config: PointsConfig,
    rule: str,
    member: MemberState,
    key: str,
    *,
    giver: str = "",
    question: str = "",
    ref: str = "",
    points: int | None = None,
) -> int:
    """Award `rule`'s points (or `points`) to `member` unless a limit forbids it; returns the
    points given."""
    book: EarnBook = ctx.slice(EarnState)
    base = config.points_for(rule) if points is None else points
    if base <= 0 or key in book.rewarded:
        return 0
    limits = config.limit(rule)
    now = ctx.now
    awards = book.earned.get((member.key, rule), [])
    if awards and limits.cooldown and now - awards[-1][0] < limits.cooldown:
        return 0
    paired = book.pairs.get((giver, member.key)) if giver and rule == "answer" else None
    if paired is not None and now - paired < config.pair_cooldown:
        return 0
    if question and len(book.receivers.get(question, ())) >= config.max_receivers:
        return 0
    points = round(base * multiplier(ctx.ruleset, member, ctx.role_of(member.key)))
    if limits.daily_cap is not None:
        day, clock = ctx.day, ctx.community.clock
        today = sum(p for when, p in awards if clock.day_of(when) == day)
        if today + points > limits.daily_cap:
            return 0
    full_ref = ref or ref_of(by=giver, q=question)
    book.earn(ctx, member, rule, points, key, full_ref)
    return points
