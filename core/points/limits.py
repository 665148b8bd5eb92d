"""Anti-farming bookkeeping for earning rules: cooldowns, daily caps, pair cooldowns and
receivers per question, rebuilt from the ledger's recent entries when a community loads."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..engine import Context, MemberState, Slice
from ..storage.models import LedgerEntry
from .config import PointsConfig
from .ledger import parse_ref, ref_of
from .perks import multiplier

LIMITED = ("answer", "share", "invite", "organize")
RECENT_POSTS = 5_000  # messages remembered per community for reactions and replies
LOOKBACK = timedelta(days=2)


@dataclass(slots=True)
class Post:
    """A recent message, remembered so a later reaction or reply can reward it."""

    sender: str  # member key
    length: int
    question: bool
    link: bool
    answers: str = ""  # the question post this one replies to
    reactors: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EarnBook:
    posts: OrderedDict[str, Post] = field(default_factory=OrderedDict)
    rewarded: set[str] = field(default_factory=set)  # ledger keys granted since load
    # (member, rule) -> recent awards (time, points): cooldowns and daily caps read these
    earned: dict[tuple[str, str], list[tuple[datetime, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    pairs: dict[tuple[str, str], datetime] = field(default_factory=dict)  # (giver, receiver)
    receivers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # question

    def remember(self, key: str, post: Post) -> None:
        self.posts[key] = post
        while len(self.posts) > RECENT_POSTS:
            self.posts.popitem(last=False)

    def note(self, member: str, rule: str, points: int, when: datetime, ref: str) -> None:
        awards = self.earned[(member, rule)]
        awards.append((when, points))
        if len(awards) > 64:  # older ones no longer bear on a day's cap or a cooldown
            del awards[: len(awards) - 64]
        parts = parse_ref(ref)
        if parts.get("by"):
            self.pairs[(parts["by"], member)] = when
        if parts.get("q"):
            self.receivers[parts["q"]].add(member)


class EarnState(Slice):
    name = "earning"

    @classmethod
    async def load(cls, community: str, database) -> EarnBook:
        book = EarnBook()
        latest = await LedgerEntry.filter(community=community).order_by("-created_at").first()
        if latest is None:
            return book
        rows = await LedgerEntry.filter(
            community=community, reason__in=LIMITED, created_at__gte=latest.created_at - LOOKBACK
        ).values_list("member", "reason", "delta", "created_at", "ref", "key")
        for member, reason, delta, when, ref, key in rows:
            book.note(member, reason, int(delta), when, ref)
            book.rewarded.add(key)
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
) -> int:
    """Award `rule`'s points to `member` unless a limit forbids it; returns the points given."""
    book: EarnBook = ctx.slice(EarnState)
    base = config.points_for(rule)
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
    points = round(base * multiplier(ctx.ruleset, member))
    if limits.daily_cap is not None:
        day, clock = ctx.day, ctx.community.clock
        today = sum(p for when, p in awards if clock.day_of(when) == day)
        if today + points > limits.daily_cap:
            return 0
    full_ref = ref or ref_of(by=giver, q=question)
    ctx.award(member, points, rule, key, full_ref)
    book.rewarded.add(key)
    book.note(member.key, rule, points, now, full_ref)
    return points
