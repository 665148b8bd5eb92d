"""A spam review is decided once, whichever way comes first: the Ban / Not spam buttons under
it in the admin chat, /spam or /notspam with its id or in reply, or the console's queue.

The verdict claims the review inside the event's transaction: it closes the review entry,
records `reviewed` and writes the claim's key (`reviewed:{entry}`) as a processed-event key,
which the database takes once (an undo from the console claims its entry the same way).
Memory keeps who decided each review, so a second verdict in the same batch (or the one built
while the first commits) is turned down at once; one from another worker is refused by the
database, decided again after the reload, and then finds the review closed. A later verdict
does nothing but tell its moderator who decided.
"""

from __future__ import annotations

import json

from ..codec import dumps
from ..engine import Context
from ..engine.tables import ProcessedRow
from ..refs import Ref
from ..segments import I18nText, T
from ..storage.models import AuditEntry
from ..storage.statements import insert
from .learning import REVIEWABLE
from .modlog import AUDIT_UNDONE, AuditUndone
from .recall import RECALLED
from .state import Moderation

UNKNOWN = ""  # closed, but by no verdict on record (an older release): nobody to name


# no ON CONFLICT: a second claim of one review makes the database refuse its event
CLAIM_INSERT = insert("processed_events", ProcessedRow)


async def review_for(ctx: Context, chat: str, message: str) -> AuditEntry | None:
    """The review of message `message` in `chat` (of the reviewable past), if it had one."""
    rows = await (
        AuditEntry.filter(community=ctx.community.name, action="review", chat=chat,
                          created_at__gte=ctx.now - REVIEWABLE)
        .order_by("-created_at").limit(RECALLED)
    )  # fmt: skip
    return next((r for r in rows if str(_detail(r).get("message")) == message), None)


async def recall_decision(
    ctx: Context, review: AuditEntry, verdicts: tuple[str, ...] = ("reviewed",)
) -> None:
    """Put who decided `review` (committed before) into memory, for `claim` to find; the
    decision is the first of its audit entries named in `verdicts` (a member report's
    `report.ban`, `report.dismiss`, ... name theirs)."""
    if review.undone_at is None:
        return
    verdict = (
        await AuditEntry.filter(community=review.community, action__in=verdicts,
                                evidence=review.id, outcome="done")
        .order_by("created_at").first()
    )  # fmt: skip
    ctx.slice(Moderation).learning.decided.setdefault(
        review.id, verdict.actor if verdict is not None else UNKNOWN
    )


def decided_by(ctx: Context, review: AuditEntry) -> str | None:
    """Who decided `review` already (UNKNOWN: someone unrecorded); None while it is open."""
    decided = ctx.slice(Moderation).learning.decided
    if review.id in decided:
        return decided[review.id]
    return UNKNOWN if review.undone_at is not None else None


def close_once(ctx: Context, entry: AuditEntry, actor: str, claim: str) -> bool:
    """Close `entry` (a review decided, an action undone) for `actor`, unless it is closed
    already: in memory (this batch, or the one committing) or in the database. The claim's
    key (`{claim}:{entry}`) is written with the event, so the database takes it once."""
    closed = ctx.slice(Moderation).learning.decided
    if entry.id in closed or entry.undone_at is not None:
        return False
    closed[entry.id] = str(actor)
    ctx.write(CLAIM_INSERT, ProcessedRow(f"{claim}:{entry.id}", "ok", ctx.now))
    ctx.write(AUDIT_UNDONE, AuditUndone(ctx.now, entry.id))
    return True


def first_decision(ctx: Context, entry: AuditEntry, actor: str, claim: str) -> str | None:
    """Claim `entry` for `actor`'s decision: None when it is the first (closed with the
    event, see `close_once`), else who decided it before (UNKNOWN: someone unrecorded)."""
    before = decided_by(ctx, entry)
    if before is not None or not close_once(ctx, entry, actor, claim):
        return before if before is not None else UNKNOWN
    return None


def claim(ctx: Context, review: AuditEntry, actor: str, verdict: str) -> str | None:
    """Decide `review` for `actor`: None when this verdict is the first (the review closed,
    off the queue, and `reviewed` recorded with the event), else who decided it before."""
    before = first_decision(ctx, review, actor, "reviewed")
    if before is not None:
        return before
    ctx.audit("reviewed", target=review.target, actor=str(actor), rule=review.rule,
              evidence=review.id, outcome="done", chat=review.chat,
              detail={"entry": review.id, "verdict": verdict})  # fmt: skip
    return None


def already(ctx: Context, review: AuditEntry, by: str, actor: str, verdict: str) -> I18nText:
    """A verdict that came too late: recorded as refused, and what its moderator is told."""
    said = (
        T("That review was already decided by {name}.", name=named(ctx, by))
        if by
        else T("That review was already decided.")
    )
    ctx.audit("reviewed", target=review.target, actor=str(actor), rule=review.rule,
              evidence=review.id, outcome="refused", chat=review.chat,
              detail={"entry": review.id, "verdict": verdict, "by": by,
                      "reason": json.loads(dumps(said))})  # fmt: skip
    return said


def named(ctx: Context, actor: str) -> str:
    """A member's name where the bot knows them, else the actor as recorded."""
    if ":" not in actor:
        return actor  # operator, system
    member = ctx.peek_member(Ref(actor))
    return (member.name if member else "") or actor


def _detail(entry: AuditEntry) -> dict:
    try:
        return dict(json.loads(entry.detail or "{}"))
    except (ValueError, TypeError):
        return {}
