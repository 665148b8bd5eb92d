"""What the console shows in place of stored shorthand: a ledger entry's reference
(`by=operator;why=…`) as labelled parts, and the settings' summary in the reader's language."""

from __future__ import annotations

from typing import Any

from ..money import money
from ..points.ledger import parse_ref
from ..segments import TN, I18nText, T
from ..words import word_of

REF_PARTS: dict[str, I18nText] = {  # a reference's keys (points.ledger.ref_of), as labels
    "by": T("By"),
    "why": T("Reason"),
    "q": T("Question"),
    "msg": T("Message"),
    "event": T("Event"),
    "invitee": T("Invited"),
    "order": T("Order"),
    "amount": T("Amount"),
}


def about(ref: str) -> list[tuple[I18nText | None, I18nText | str]]:
    """A ledger reference as (label, value) pairs; a part without a label is shown as stored."""
    parts = parse_ref(ref or "")
    if not parts:
        return [(None, ref)] if ref else []
    shown: list[tuple[I18nText | None, I18nText | str]] = []
    for key, value in parts.items():
        if key == "by":
            shown.append((REF_PARTS[key], word_of("actor", value)))
        elif key == "amount":  # "750.00 XTR" as entries written before kept it: 750 XTR
            figure, _, currency = value.partition(" ")
            shown.append((REF_PARTS[key], money(figure, currency) if currency else value))
        elif key in REF_PARTS:
            shown.append((REF_PARTS[key], value))
        else:
            shown.append((None, f"{key}={value}"))
    return shown


def summary(settings: Any) -> I18nText:
    """How many rulesets, communities and chats, and on which platforms (`groupops check`)."""
    chats = [chat for c in settings.communities.values() for chat in c.chats]
    return T(
        "{rulesets}, {communities}, {chats} on {platforms}",
        rulesets=TN("{n} ruleset", "{n} rulesets", len(settings.rulesets)),
        communities=TN("{n} community", "{n} communities", len(settings.communities)),
        chats=TN("{n} chat", "{n} chats", len(chats)),
        platforms=tuple(sorted({chat.platform for chat in chats})),
    )
