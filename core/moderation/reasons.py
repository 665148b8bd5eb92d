"""What members and admins are told each rule is about, translated: a detector's own
`reason`, or one of the rules no detector stands for."""

from __future__ import annotations

from ..segments import I18nText, T
from ..words import word_of
from .detector import DETECTORS

MANUAL = T("a moderator's decision")
OTHER_REASONS: dict[str, I18nText] = {"manual": MANUAL}


def reason_of(rule: str, note: str = "") -> I18nText:
    if note:
        return I18nText(note, {"_variants": {}})
    found = DETECTORS.get(rule)
    return found.reason if found is not None else OTHER_REASONS.get(rule, MANUAL)


def rule_said(rule: str) -> I18nText | None:
    """A stored rule as /log says it: a detector's reason, or the word for a rule no detector
    stands for (`manual`, `captcha`); None for another feature's own name, which the entry's
    action already says (`points given`), rather than the code."""
    found = DETECTORS.get(rule)
    if found is not None:
        return found.reason
    word = word_of("rule", rule)
    return word if isinstance(word, I18nText) else None
