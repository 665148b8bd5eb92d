"""A giveaway's launch announcement: with its close where it has one, or saying an admin ends
it (`/campaign new lottery NAME` without `ends`); with a Join button where the platform has
buttons, typed `/join` where it has none (Matrix, WeChat)."""

from __future__ import annotations

from typing import Any

from ..segments import TN, I18nText


def announcement(has_end: bool, winners: int, facts: dict[str, Any]) -> tuple[I18nText, I18nText]:
    """The words where Join is pressed, and where it is typed."""
    if has_end:
        pressed = TN(
            "Giveaway {title}: {prize}, {winners} winner, entries close {ends}. "
            "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 "
            "is {commitment}.",
            "Giveaway {title}: {prize}, {winners} winners, entries close {ends}. "
            "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 "
            "is {commitment}.",
            winners,
            **facts,
        )
        typed = TN(
            "Giveaway {title}: {prize}, {winners} winner, entries close {ends}. "
            "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
            "Giveaway {title}: {prize}, {winners} winners, entries close {ends}. "
            "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
            winners,
            **facts,
        )
        return pressed, typed
    pressed = TN(
        "Giveaway {title}: {prize}, {winners} winner; entries close when an admin ends it. "
        "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 is "
        "{commitment}.",
        "Giveaway {title}: {prize}, {winners} winners; entries close when an admin ends it. "
        "Send /join {name} or press Join. Fairness: the draw uses a secret whose SHA-256 is "
        "{commitment}.",
        winners,
        **facts,
    )
    typed = TN(
        "Giveaway {title}: {prize}, {winners} winner; entries close when an admin ends it. "
        "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
        "Giveaway {title}: {prize}, {winners} winners; entries close when an admin ends it. "
        "Send /join {name}. Fairness: the draw uses a secret whose SHA-256 is {commitment}.",
        winners,
        **facts,
    )
    return pressed, typed
