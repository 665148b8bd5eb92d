"""Lottery / giveaway: entry rules, then a draw anyone can verify (see draw.py).

Launch publishes the commitment to a secret; the deadline freezes the entrants and publishes
their digest and the seed source; `draw_delay` later the draw reveals the secret and names
the winners; `/reroll NAME` replaces a winner by the next entrant in the same order.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime
from typing import Any

from ..actions import Priority
from ..durations import parse_duration
from ..engine import Context, MemberState
from ..i18n import localized
from ..points import display_name
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import TN, Mention, T, Text, listed
from .confirmations import (
    UNCONFIRMED,
    Confirmation,
    confirm_gathered,
    enter,
    named_list,
    window_ended,
)
from .draw import VERSION, commitment_of, entrants_digest
from .drawing import ERASED, draw_next, name_of, order_of, replaced_by_next, standing
from .entry_rules import entry_refusal
from .kinds import Kind, arm, join_button, kind
from .lottery_texts import announcement
from .spec import LotterySpec
from .store import FAILED, GONE, SUCCEEDED, Campaign, Entry, save_entry

ENTERED, FORFEITED = "entered", "forfeited"
# why an entrant left the list before the draw, besides a member status (left, banned)
LINKED = "second account of one entrant"
# the list's publication and the draw keep their moment: ahead of replies and entry
# confirmations queued for the group, which a busy giveaway can hold for minutes
PUBLISHED = Priority.MODERATION


def in_the_draw(campaign: Campaign, names: list[str]):
    """The entries a window gathered: `Ann is …`, `Ann, Bo, and Cy are …`, `Ann, Bo, Cy, and 56
    others are …` (`Ann、Bo和Cy已参加…`)."""
    total = campaign.count(ENTERED)
    if len(names) == 1:
        return TN(
            "{name} is in the draw for {title} ({n} entrant).",
            "{name} is in the draw for {title} ({n} entrants).",
            total,
            name=names[0],
            title=campaign.title,
        )
    return TN(
        "{names} are in the draw for {title} ({n} entrant).",
        "{names} are in the draw for {title} ({n} entrants).",
        total,
        names=named_list(names),
        title=campaign.title,
    )


CONFIRMED = Confirmation(ENTERED, in_the_draw)


def _prize(prize: str | dict[str, str] | None) -> Any:
    """The prize as each chat reads it: one text for all, or the chat's own of a table by locale."""
    return localized(prize) if isinstance(prize, dict) and prize else prize


@kind
class Lottery(Kind):
    kind = "lottery"
    spec = LotterySpec
    joinable = True

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        secret = secrets.token_hex(16)
        campaign.state.update(secret=secret, commitment=commitment_of(secret), version=VERSION)
        rules = campaign.config
        facts = dict(
            title=campaign.title,
            prize=_prize(rules.get("prize")) or campaign.title,
            winners=rules["winners"],
            ends=campaign.ends_at,
            name=campaign.name,
            commitment=campaign.state["commitment"],
        )
        pressed, typed = announcement(campaign.ends_at is not None, rules["winners"], facts)
        for chat in ctx.community.settings.chats:
            text = pressed if ctx.offers_buttons(chat.platform) else typed
            ctx.send(text, chat=chat, buttons=join_button(campaign))

    def join(self, ctx: Context, campaign: Campaign, member: MemberState, name: str) -> None:
        name = name or display_name(ctx, member.key)
        entry = campaign.entries.get(member.key)
        if entry is not None and entry.data.get(UNCONFIRMED):
            return  # pressed twice inside a window: the one confirmation at its end tells them
        if entry is not None:
            ctx.reply(
                T(
                    "{name}, you are already in the draw for {title}.",
                    name=name,
                    title=campaign.title,
                )
            )
            return
        refusal = entry_refusal(ctx, campaign, member)
        if refusal is not None:
            ctx.reply(refusal)
            return
        enter(ctx, campaign, Entry(member.key, ENTERED, ctx.now), name, in_the_draw)

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        """Entries close: freeze and publish the entrant list digest and the seed source."""
        # one banned or gone since entering is left out of the list published (and drawn), and
        # their entry says so
        # (an erased member's entry, under their alias, likewise)
        members = ctx.community.members
        people: set[str] = set()  # one ticket a person: accounts linked since entering share one
        removed: list[dict[str, str]] = []  # published with the draw: who left the list, why, when
        for key, entry in sorted(campaign.entries.items(), key=lambda item: item[1].created_at):
            gone = key in members and members[key].status in GONE
            person = ctx.community.member_key(key)
            why = (
                members[key].status if gone
                else ERASED if is_forgotten(key)
                else LINKED if person in people
                else None
            )  # fmt: skip
            if entry.status == ENTERED and why is not None:
                save_entry(ctx, campaign, replace(entry, status=FORFEITED))
                at = (gone and members[key].left_at) or ctx.now
                removed.append({"member": key, "reason": why, "at": at.isoformat()})
            elif entry.status == ENTERED:
                people.add(person)
        campaign.state["removed"] = removed
        # the entries still gathered are told before the list they are in is published
        confirm_gathered(ctx, campaign, CONFIRMED, priority=PUBLISHED)
        entrants = sorted(m for m, e in campaign.entries.items() if e.status == ENTERED)
        if not entrants:
            campaign.status = FAILED
            self._broadcast(
                ctx,
                T(
                    "Giveaway {title} closed with no entrants; nothing is drawn.",
                    title=campaign.title,
                ),
                PUBLISHED,
            )
            return
        digest = entrants_digest(entrants)
        draw_at = ctx.now + parse_duration(campaign.config.get("draw_delay") or "10m")
        campaign.state.update(entrants=entrants, digest=digest, draw_at=draw_at.isoformat())
        self._broadcast(
            ctx,
            TN(
                "Entries for {title} are closed: {n} entrant, list SHA-256 {digest}. The draw "
                "at {when} is seeded by this list and the secret committed at launch "
                "({commitment}); groupops verify-draw recomputes it.",
                "Entries for {title} are closed: {n} entrants, list SHA-256 {digest}. The draw "
                "at {when} is seeded by this list and the secret committed at launch "
                "({commitment}); groupops verify-draw recomputes it.",
                len(entrants),
                title=campaign.title,
                digest=digest,
                when=draw_at,
                commitment=campaign.state["commitment"],
            ),
            PUBLISHED,
        )
        arm(ctx, campaign, "draw", draw_at)

    def job(self, ctx: Context, campaign: Campaign, step: str, payload: dict[str, Any]) -> None:
        if step == "confirm":
            window_ended(ctx, campaign, CONFIRMED)
            return
        if step != "draw" or campaign.state.get("drawn") is not None:
            return
        state = campaign.state
        order = order_of(ctx, campaign)
        state["drawn"] = []
        while len(standing(state)) < campaign.config["winners"] and draw_next(ctx, campaign, order):
            pass
        campaign.status = SUCCEEDED
        winners = listed([Mention(Ref(m), name_of(ctx, m)) for m in standing(state)])
        self._broadcast(
            ctx,
            (
                TN(
                    "Winner of {title}:",
                    "Winners of {title}:",
                    len(standing(state)),
                    title=campaign.title,
                ),
                Text(" "),
                winners,
                Text("\n"),  # the names end the line: the secret is a sentence of its own
                T("Secret: {secret}. Check it with groupops verify-draw.", secret=state["secret"]),
            ),
            PUBLISHED,
        )

    def reroll(self, ctx: Context, campaign: Campaign, loser: str, reason: str, by: str) -> None:
        """Replace winner `loser` by the next entrant in the same order; the chat is told who
        was replaced and why, and the record keeps it."""
        state = campaign.state
        drawn: list[str] | None = state.get("drawn")
        if drawn is None or loser not in drawn or loser in state.get("forfeited", ()):
            ctx.reply(T("{member} is not a current winner of {title}.", member=loser,
                        title=campaign.title))  # fmt: skip
            return
        self._broadcast(ctx, replaced_by_next(ctx, campaign, loser, reason, by))

    def entries_stay_open(self, ctx: Context, campaign: Campaign):
        # the close announced at launch is part of what was committed: the secret is known to
        # the operator, so entries stopped at a moment of their choosing would pick the winner
        if campaign.state.get("concluded_at") or campaign.ends_at is None:
            return None
        return T(
            "{title} is a giveaway: its entries close at {ends} as announced, not earlier, "
            "since the moment they close decides the draw. /campaign close {name} cancels it "
            "with nothing drawn.",
            title=campaign.title,
            ends=campaign.ends_at,
            name=campaign.name,
        )

    def refusal(self, ctx: Context, campaign: Campaign, verb: str):
        # once the list is published the operator, who knows the secret, knows the winners:
        # a cancel in the minutes before the draw would be a veto on them
        draw_at = campaign.state.get("draw_at")
        if verb != "close" or draw_at is None or campaign.state.get("drawn") is not None:
            return super().refusal(ctx, campaign, verb)
        return T(
            "Entries for {title} are closed and its draw at {when} follows from the published "
            "list and the secret committed at launch: it can no longer be cancelled.",
            title=campaign.title,
            when=datetime.fromisoformat(draw_at),
        )

    def cancelled(self, ctx: Context, campaign: Campaign) -> bool:
        if campaign.state.get("drawn") is not None:
            return False
        # entrants hear it where it was announced
        text = T("Giveaway {title} is cancelled: nothing will be drawn.", title=campaign.title)
        return self.announce_close(ctx, campaign, text)

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        entered = member.key in campaign.entries
        return TN(
            "{title}: {n} entrant; you are {state}.",
            "{title}: {n} entrants; you are {state}.",
            campaign.count(ENTERED),
            title=campaign.title,
            state=T("in the draw") if entered else T("not in the draw"),
        )

    def _broadcast(self, ctx: Context, content, priority: Priority | None = None) -> None:
        for chat in ctx.community.settings.chats:
            ctx.send(content, chat=chat, priority=priority)
