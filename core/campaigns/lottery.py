"""Lottery / giveaway: entry rules, then a draw anyone can verify (see draw.py).

Launch publishes the commitment to a secret; the deadline freezes the entrants and publishes
their digest and the seed source; `draw_delay` later the draw reveals the secret and names
the winners; `/reroll NAME` replaces a winner by the next entrant in the same order.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Any

from ..durations import parse_duration
from ..engine import Context, MemberState
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import TN, Mention, T, Text
from .draw import V1, VERSION, commitment_of, draw_order, entrants_digest, seed_of
from .kinds import Kind, arm, join_button, kind
from .spec import TIERS, LotterySpec
from .store import FAILED, GONE, SUCCEEDED, Campaign, Entry, save_entry

ENTERED, FORFEITED = "entered", "forfeited"


def _refusal(ctx: Context, campaign: Campaign, member: MemberState):
    """Why `member` may not enter, or None."""
    if member.status in GONE:  # from a private chat: a banned account's entry
        return T("This draw is for members of the group.")
    rules = campaign.config
    if rules.get("min_tier") and (
        member.tier not in TIERS or TIERS.index(member.tier) < TIERS.index(rules["min_tier"])
    ):
        return T("This draw is for members of tier {tier} and above.", tier=rules["min_tier"])
    if member.balance < rules.get("min_points", 0):
        return TN(
            "This draw needs at least {n} point.",
            "This draw needs at least {n} points.",
            rules["min_points"],
        )
    before = rules.get("joined_before")
    if before:
        joined = member.joined_at and ctx.community.clock.day_of(member.joined_at).isoformat()
        if not joined or joined >= before:
            return T("This draw is for members who joined before {day}.", day=before)
    return None


def _order(ctx: Context, campaign: Campaign) -> list[str]:
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


def _draw_next(campaign: Campaign, order: list[str]) -> str | None:
    """The next entrant in the drawing order who can win, or None when nobody is left. An
    erased member drawn on the way is recorded as drawn and forfeited at once: the record
    keeps the order `groupops verify-draw` recomputes, and nobody wins under an alias."""
    drawn: list[str] = campaign.state["drawn"]
    while len(drawn) < len(order):
        nxt = order[len(drawn)]
        drawn.append(nxt)
        if not _erased(campaign, nxt):
            return nxt
        campaign.state.setdefault("forfeited", []).append(nxt)
    return None


def _standing(state: dict[str, Any]) -> list[str]:
    """The winners drawn and not forfeited."""
    forfeited = set(state.get("forfeited", ()))
    return [member for member in state["drawn"] if member not in forfeited]


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
            prize=rules.get("prize") or campaign.title,
            winners=rules["winners"],
            ends=campaign.ends_at,
            name=campaign.name,
            commitment=campaign.state["commitment"],
        )
        pressed = TN(
            "Giveaway {title}: {prize}, {winners} winner, entries close {ends}. "
            "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 "
            "is {commitment}.",
            "Giveaway {title}: {prize}, {winners} winners, entries close {ends}. "
            "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 "
            "is {commitment}.",
            rules["winners"],
            **facts,
        )
        typed = TN(  # where the platform has no buttons (Matrix, WeChat)
            "Giveaway {title}: {prize}, {winners} winner, entries close {ends}. "
            "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
            "Giveaway {title}: {prize}, {winners} winners, entries close {ends}. "
            "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
            rules["winners"],
            **facts,
        )
        for chat in ctx.community.settings.chats:
            text = pressed if ctx.offers_buttons(chat.platform) else typed
            ctx.send(text, chat=chat, buttons=join_button(campaign))

    def join(self, ctx: Context, campaign: Campaign, member: MemberState, name: str) -> None:
        name = name or member.name
        if member.key in campaign.entries:
            ctx.reply(
                T(
                    "{name}, you are already in the draw for {title}.",
                    name=name,
                    title=campaign.title,
                )
            )
            return
        refusal = _refusal(ctx, campaign, member)
        if refusal is not None:
            ctx.reply(refusal)
            return
        save_entry(ctx, campaign, Entry(member.key, ENTERED, ctx.now))
        ctx.reply(
            TN(
                "{name} is in the draw for {title} ({n} entrant).",
                "{name} is in the draw for {title} ({n} entrants).",
                campaign.count(ENTERED),
                name=name,
                title=campaign.title,
            )
        )

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        """Entries close: freeze and publish the entrant list digest and the seed source."""
        # one banned or gone since entering is left out of the list published (and drawn), and
        # their entry says so
        # (an erased member's entry, under their alias, likewise)
        members = ctx.community.members
        people: set[str] = set()  # one ticket a person: accounts linked since entering share one
        for key, entry in sorted(campaign.entries.items(), key=lambda item: item[1].created_at):
            gone = key in members and members[key].status in GONE
            person = ctx.community.member_key(key)
            twice = person in people
            if entry.status == ENTERED and (gone or is_forgotten(key) or twice):
                save_entry(ctx, campaign, replace(entry, status=FORFEITED))
            elif entry.status == ENTERED:
                people.add(person)
        entrants = sorted(m for m, e in campaign.entries.items() if e.status == ENTERED)
        if not entrants:
            campaign.status = FAILED
            self._broadcast(
                ctx,
                T(
                    "Giveaway {title} closed with no entrants; nothing is drawn.",
                    title=campaign.title,
                ),
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
        )
        arm(ctx, campaign, "draw", draw_at)

    def job(self, ctx: Context, campaign: Campaign, step: str, payload: dict[str, Any]) -> None:
        if step != "draw" or campaign.state.get("drawn") is not None:
            return
        state = campaign.state
        order = _order(ctx, campaign)
        state["drawn"] = []
        while len(_standing(state)) < campaign.config["winners"] and _draw_next(campaign, order):
            pass
        campaign.status = SUCCEEDED
        winners: list = []
        for index, member in enumerate(_standing(state)):
            winners += [Text(", ")] if index else []
            winners.append(
                Mention(Ref(member), ctx.community.members.get(member, MemberState(member)).name)
            )
        self._broadcast(
            ctx,
            (
                T("Winners of {title}:", title=campaign.title),
                Text(" "),
                *winners,
                Text("\n"),  # the names end the line: the secret is a sentence of its own
                T("Secret: {secret}. Check it with groupops verify-draw.", secret=state["secret"]),
            ),
        )

    def reroll(self, ctx: Context, campaign: Campaign, loser: str) -> None:
        """Replace winner `loser` by the next entrant in the same order."""
        state = campaign.state
        drawn: list[str] | None = state.get("drawn")
        forfeited = state.setdefault("forfeited", [])
        if drawn is None or loser not in drawn or loser in forfeited:
            ctx.reply(
                T(
                    "{member} is not a current winner of {title}.",
                    member=loser,
                    title=campaign.title,
                )
            )
            return
        order = _order(ctx, campaign)
        forfeited.append(loser)
        nxt = _draw_next(campaign, order)
        if nxt is None:
            ctx.reply(T("Nobody is left to draw in {title}.", title=campaign.title))
            return
        name = ctx.community.members.get(nxt, MemberState(nxt)).name
        self._broadcast(
            ctx,
            (
                T("Reroll for {title}: the next in the draw order is", title=campaign.title),
                Text(" "),
                Mention(Ref(nxt), name),
            ),
        )

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        entered = member.key in campaign.entries
        return TN(
            "{title}: {n} entrant; you are {state}.",
            "{title}: {n} entrants; you are {state}.",
            campaign.count(ENTERED),
            title=campaign.title,
            state=T("in the draw") if entered else T("not in the draw"),
        )

    def _broadcast(self, ctx: Context, content) -> None:
        for chat in ctx.community.settings.chats:
            ctx.send(content, chat=chat)
