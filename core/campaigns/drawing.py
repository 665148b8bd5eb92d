"""A giveaway's draw once its entries are closed: the drawing order, who is drawn next, and
who no longer wins (erased, or replaced by `/reroll`), kept in the campaign's state for the
record `groupops verify-draw` checks."""

from __future__ import annotations

from typing import Any

from ..engine import Context, MemberState
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import Mention, T, Text
from .draw import V1, draw_order, seed_of
from .store import Campaign

ERASED = "erased"  # why an entrant left the list, or a winner the draw: erased by /forgetme


def order_of(ctx: Context, campaign: Campaign) -> list[str]:
    """Every entrant in drawing order; a giveaway launched before the names were in the seed
    (no version in its state) is drawn as v1."""
    state = campaign.state
    seed = seed_of(state["digest"], state["secret"], state.get("version", V1),
                   ctx.community.name, campaign.name)  # fmt: skip
    return draw_order(state["entrants"], seed)


def _erased(campaign: Campaign, member: str) -> bool:
    """An entrant of the frozen list whose member was erased since: their entry went under
    an alias (entries are otherwise never removed)."""
    return member not in campaign.entries or is_forgotten(member)


def forfeit(ctx: Context, campaign: Campaign, member: str, reason: str, by: str = "") -> None:
    """A drawn entrant no longer wins; the record published says who, why, by whom and when."""
    campaign.state.setdefault("forfeited", []).append(member)
    replaced = {"member": member, "reason": reason, "by": by, "at": ctx.now.isoformat()}
    campaign.state.setdefault("replaced", []).append(replaced)


def draw_next(ctx: Context, campaign: Campaign, order: list[str]) -> str | None:
    """The next entrant in the drawing order who can win, or None when nobody is left. An
    erased member drawn on the way is recorded as drawn and forfeited at once: the record
    keeps the order `groupops verify-draw` recomputes, and nobody wins under an alias."""
    drawn: list[str] = campaign.state["drawn"]
    while len(drawn) < len(order):
        nxt = order[len(drawn)]
        drawn.append(nxt)
        if not _erased(campaign, nxt):
            return nxt
        forfeit(ctx, campaign, nxt, ERASED)
    return None


def name_of(ctx: Context, member: str) -> str:
    return ctx.community.members.get(member, MemberState(member)).name


def standing(state: dict[str, Any]) -> list[str]:
    """The winners drawn and not forfeited."""
    forfeited = set(state.get("forfeited", ()))
    return [member for member in state["drawn"] if member not in forfeited]


def replaced_by_next(ctx: Context, campaign: Campaign, loser: str, reason: str, by: str):
    """Winner `loser` forfeits (`/reroll`) and the next entrant in the order is drawn: what the
    chats are told."""
    order = order_of(ctx, campaign)
    forfeit(ctx, campaign, loser, reason, by)
    nxt = draw_next(ctx, campaign, order)
    replaced = name_of(ctx, loser)
    if nxt is None:
        return T(
            "Replacement in {title}: {member} no longer wins ({reason}); nobody is left to draw.",
            title=campaign.title,
            member=replaced,
            reason=reason,
        )
    said = T(
        "Replacement in {title}: {member} no longer wins ({reason}); the next in the draw order is",
        title=campaign.title,
        member=replaced,
        reason=reason,
    )
    return (said, Text(" "), Mention(Ref(nxt), name_of(ctx, nxt)))
