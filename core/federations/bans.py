"""Carrying out a federation ban and lifting it.

A ban is decided once (one `fban` audit entry, which `/undo` reverses) and carried out as a
`Ban` action in every chat of every community of the federation, for each of the target's
linked accounts on that account's platform. The actions go through the outbox with the
event, so a crash or an outage delays them but never loses them; each gets its own `ban`
audit entry that learns how the platform answered. The accounts and chats are kept in the
entry's detail, so undoing it unbans exactly where it banned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actions import Ban, Unban
from ..refs import Ref
from .store import (
    BAN_INSERT,
    BAN_LIFT,
    BANS_LIFT_BY_ENTRY,
    BanLifted,
    BanRow,
    BansLiftedByEntry,
    FederationView,
)

if TYPE_CHECKING:
    from ..engine import Context
    from ..storage.models import AuditEntry

RULE = "federation"


@dataclass(frozen=True, slots=True)
class Decision:
    """Who is banned, by whom, why and on what evidence."""

    target: Ref  # the account named by the command
    accounts: list[Ref]  # every linked account, the named one first
    actor: str
    reason: str
    evidence: str  # the text of the message the command answered


def chats_of(ctx: Context, view: FederationView, platform: str) -> list[Ref]:
    """Every chat on `platform` of the federation's communities known to these settings."""
    communities = ctx.settings.communities
    chats: list[Ref] = []
    for name in view.communities:
        community = communities.get(name)
        if community is not None:
            chats += [Ref(c) for c in community.chats if Ref(c).platform == platform]
    return chats


def ban(ctx: Context, view: FederationView, decision: Decision) -> tuple[str, int]:
    """Record the ban and queue it everywhere; returns the audit entry and the chat count."""
    targets = [
        (chat, account)
        for account in decision.accounts
        for chat in chats_of(ctx, view, account.platform)
    ]
    entry = ctx.audit(
        "fban", target=decision.target, actor=decision.actor, rule=RULE,
        evidence=decision.evidence or decision.reason, outcome="done",
        detail={"federation": view.id, "name": view.name, "reason": decision.reason,
                "evidence": decision.evidence, "accounts": decision.accounts,
                "bans": targets},
    )  # fmt: skip
    for number, account in enumerate(decision.accounts):
        ctx.write(
            BAN_INSERT,
            BanRow(f"{entry}/{number}", entry, view.id, account, decision.reason, decision.evidence,
             decision.actor, ctx.community.name, ctx.now, None),
        )  # fmt: skip
    for chat, account in targets:
        done = ctx.act(Ban(chat=chat, user=account))
        fallback = done is not None and done.kind != "ban"
        applied = ctx.audit(
            "ban", target=account, actor=decision.actor, rule=RULE, chat=chat,
            evidence=decision.reason, outcome="degraded" if fallback else "queued",
            detail={"federation": view.id, "entry": entry},
        )  # fmt: skip
        if done is not None:
            done.audit = applied  # learns whether the platform carried it out
    return entry, len({chat for chat, _ in targets})


def lift(ctx: Context, view: FederationView, accounts: list[Ref]) -> int:
    """Lift the accounts' bans and unban them in every chat of the federation."""
    count = 0
    for account in accounts:
        ctx.write(BAN_LIFT, BanLifted(ctx.now, view.id, account))
        for chat in chats_of(ctx, view, account.platform):
            ctx.act(Unban(chat=chat, user=account))
            count += 1
    return count


def undo_fban(ctx: Context, entry: AuditEntry) -> None:
    """`/undo` of an `fban` entry: lifted, and unbanned wherever it banned."""
    detail = json.loads(entry.detail or "{}")
    ctx.write(BANS_LIFT_BY_ENTRY, BansLiftedByEntry(ctx.now, entry.id))
    for chat, account in detail.get("bans", ()):
        ctx.act(Unban(chat=Ref(chat), user=Ref(account)))
