"""Durations as a sentence uses them, where Babel's stand-alone form reads wrong.

- Arabic catalogs use a duration only after a preposition (`لمدة {duration}`, for; `خلال
  {wait}`, within), where a dual takes the genitive: `لمدة ساعتين`, not `لمدة ساعتان`. Counted
  forms (`3 أيام`, `11 يومًا`) read the same in every case, so only the duals change.
- Persian says one unit in words: `به مدت یک ساعت`, not `به مدت 1 ساعت`."""

from __future__ import annotations

# language -> a unit as Babel writes it -> as a sentence says it
SAID: dict[str, dict[str, str]] = {
    "ar": {
        "ثانيتان": "ثانيتين",
        "دقيقتان": "دقيقتين",
        "ساعتان": "ساعتين",
        "يومان": "يومين",
        "أسبوعان": "أسبوعين",
    },
    "fa": {
        "1 ثانیه": "یک ثانیه",
        "1 دقیقه": "یک دقیقه",
        "1 ساعت": "یک ساعت",
        "1 روز": "یک روز",
        "1 هفته": "یک هفته",
    },
}


def in_sentence(part: str, locale: str) -> str:
    """`part` (one unit of a duration, as Babel said it) as the locale's sentences say it."""
    forms = SAID.get(locale.split("_")[0])
    return forms.get(part, part) if forms else part
