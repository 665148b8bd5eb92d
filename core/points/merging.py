"""Two accounts of one person becoming one record: what the other account holds on its own
(its balance, its standing warnings) moves to the member it now counts for.

Used by a confirmed `/link` and by `linked_accounts` in the settings. Moving is idempotent by
what it moves: a record that holds nothing more moves nothing, so links read from the settings
at every start are merged once. The account's own row stays behind, empty (its messages and
join dates are history); rankings fold its earned points into the member's (standings.py)."""

from __future__ import annotations

from typing import NamedTuple

from ..engine import Context
from ..engine.state import LINKED
from ..moderation import Moderation, ModerationState
from ..storage.statements import sql
from .checkin import note_unlinked, take_back_second_checkins
from .ledger import award


class WarningsMoved(NamedTuple):
    member: str
    community: str
    account: str


# standing warnings only: a cleared one stays where it was given (undoing its clearing there
# finds it by id, wherever it is)
WARNINGS_MOVE = sql(
    "UPDATE warnings SET member = ? WHERE community = ? AND member = ? AND cleared_at IS NULL",
    WarningsMoved,
)


def merge_records(ctx: Context, account: str, member: str, cause: str) -> tuple[int, int]:
    """Move `account`'s own balance and standing warnings to `member`; returns (points,
    warnings) moved. `cause` makes the pair of ledger entries' keys unique to this merge."""
    if account == member:
        return 0, 0
    points = 0
    own = ctx.community.members.get(account)
    if own is not None and own.status != LINKED:  # counted, listed and swept as the member
        own.status = LINKED
        ctx.touch(own)
    if own is not None:
        take_back_second_checkins(ctx, own, member)
    if own is not None and own.balance != 0:
        points = own.balance
        base = f"link:{ctx.community.name}:{account}:{cause}"
        award(ctx, own, -points, "link", f"{base}:out", f"to={member}")
        award(ctx, ctx.member(member), points, "link", f"{base}:in", f"from={account}")
    state: ModerationState | None = ctx.community.slices.get(Moderation)
    if state is None:
        return points, 0
    held = state.warnings.pop(account, [])
    standing = [w for w in held if w.cleared_at is None]
    if len(standing) < len(held):
        state.warnings[account] = [w for w in held if w.cleared_at is not None]
    if standing:
        merged = [*state.warnings.get(member, ()), *standing]
        state.warnings[member] = sorted(merged, key=lambda w: w.created_at)
        ctx.write(WARNINGS_MOVE, WarningsMoved(member, ctx.community.name, account))
    return points, len(standing)


def unmerged(ctx: Context, account: str, member: str) -> None:
    """`account` unlinked from `member`: its own record, which held only its name, is a
    member's again at once (counted, ranked, swept), not at its next message."""
    note_unlinked(ctx, account, member)
    own = ctx.community.members.get(account)
    if own is not None and own.status == LINKED:
        own.status = "member"
        ctx.touch(own)
