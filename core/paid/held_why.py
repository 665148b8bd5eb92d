"""Why a Stars payment was held (core/paid/unmatched.py): a kind and its values, said in the
reader's language wherever it is shown (the admin chat, `groupops orders`). The audit log's
`paid.unmatched` entry keeps them in its detail, so the listing says the reason again later."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n.placeholders import placeholders
from ..i18n.render import render_text
from ..segments import I18nText, T

# kind -> the sentence (its values are strings: they go through the audit log's JSON)
SAID: dict[str, I18nText] = {
    "community": T("its invoice names community {community}, not in the settings"),
    "no_community": T("its invoice names no community"),
    "plan": T("no plan {plan}"),
    "no_plan": T("no plan named in its payload"),
    "currency": T("paid in {currency}, the plan is sold in {sold}"),
    "not_in_stars": T("the plan is not sold in {sold}"),
    "amount": T("{paid} {sold} paid, the plan costs {price} {sold}"),
}
# in the audit entry's detail: {"why": {"kind": …, values}}, apart from the charge, amount and
# currency that /log reads there
DETAIL_KEY = "why"


@dataclass(frozen=True, slots=True)
class HeldWhy:
    kind: str
    values: Mapping[str, str] = field(default_factory=dict)

    def said(self) -> I18nText:
        return I18nText(SAID[self.kind].msgid, dict(self.values))

    def english(self) -> str:
        """As the log and the audit entry's evidence keep it."""
        return render_text(self.said(), "en")

    def detail(self) -> dict[str, dict[str, str]]:
        return {DETAIL_KEY: {"kind": self.kind, **self.values}}


def why_of(detail: Mapping[str, Any], evidence: str) -> I18nText | str:
    """The reason an audit entry of a held payment gives: said again from its kind, or, for an
    entry written before kinds were kept, its evidence as it was written (in English)."""
    why = detail.get(DETAIL_KEY)
    kind = why.get("kind") if isinstance(why, dict) else None
    if not isinstance(why, dict) or not isinstance(kind, str) or kind not in SAID:
        return evidence
    names = placeholders(SAID[kind].msgid)
    return HeldWhy(kind, {k: str(why.get(k, "")) for k in names}).said()
