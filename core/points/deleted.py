"""Points a message earned, taken back when moderation deletes it: a clean message edited
into spam had its speaking point kept, since only a message caught as it arrives is stopped
before it earns (`earning.py`). An award the chat was told of (an answer, a share) is told taken
back, and its notice is not sent if it still waits in the chat's queue."""

from __future__ import annotations

from ..engine import Context
from ..refs import Ref
from ..segments import I18nText
from .ledger import ref_of, reverse
from .limits import MESSAGE_RULES, EarnState, message_award_key, post_key
from .notices import announce_taken_back

REASON = "revoke"  # the earning undone, as for a refunded order's points
ANNOUNCED = ("answer", "share")  # the rules whose awards the chat is told of


def take_back(ctx: Context, chat: str, message_id: str, why: I18nText | None = None) -> int:
    """Reverse what the message earned its author (speaking, an answer, a share), at most
    once; returns the points taken back (0 where the points feature is not in the pipeline,
    or the award is older than the earning book remembers). `why`: the reason moderation
    removes the message, said with each announced award taken back."""
    book = ctx.community.slices.get(EarnState)
    if book is None:
        return 0
    taken = 0
    for rule in MESSAGE_RULES:
        key = message_award_key(rule, ctx.community.name, chat, message_id)
        found = book.by_message.get(key)
        if found is None:
            continue
        del book.by_message[key]
        member, points = found
        reverse(
            ctx, ctx.member(member), points, key, REASON, ref_of(deleted=post_key(chat, message_id))
        )
        taken += points
        notice = book.notices.pop(key, None)
        if notice is not None:
            ctx.withdraw(notice)  # "earned", still waiting: never sent
        if why is not None and rule in ANNOUNCED:
            announce_taken_back(ctx, member, rule, points, Ref(chat), why)
    return taken
