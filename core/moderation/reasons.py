"""What members and admins are told each rule is about, translated: a detector's own
`reason`, or one of the rules no detector stands for."""

from __future__ import annotations

from ..segments import I18nText, T
from .detector import DETECTORS

MANUAL = T("a moderator's decision")
OTHER_REASONS: dict[str, I18nText] = {"manual": MANUAL}


def reason_of(rule: str, note: str = "") -> I18nText:
    if note:
        return I18nText(note, {"_variants": {}})
    found = DETECTORS.get(rule)
    return found.reason if found is not None else OTHER_REASONS.get(rule, MANUAL)
