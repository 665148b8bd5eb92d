"""Choosing a locale: the first candidate we have a catalog for, matched by language, script
and region.

Candidates come in the order of the chain: the member's choice, the community's setting,
the platform's hint (Telegram `language_code` such as `zh-hans`, `zh-TW` or `pt`), the default.
A candidate is completed with CLDR's likely subtags (Babel) before it is compared, so `zh-TW`
and `zh-HK` mean Traditional Chinese (`zh_Hant`), `zh-CN` and bare `zh` Simplified (`zh_Hans`),
and bare `pt` Brazilian Portuguese (`pt_BR`). A language with no catalog matches nothing, and
the chain goes on to the next candidate, down to the community's default.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from .catalogs import SOURCE_LOCALE, available_locales


class Subtags(NamedTuple):
    language: str
    script: str | None
    territory: str | None


@cache
def subtags(identifier: str) -> Subtags | None:
    """Language, script and region, the missing ones filled in as CLDR finds likely."""
    try:
        locale = Locale.parse(identifier.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    likely = get_global("likely_subtags")
    keys = [f"{locale.language}_{locale.script}" if locale.script else None,
            f"{locale.language}_{locale.territory}" if locale.territory else None,
            locale.language]  # fmt: skip
    full = next((likely[key] for key in keys if key and key in likely), None)
    filled = Locale.parse(full) if full else None
    return Subtags(
        locale.language,
        locale.script or (filled.script if filled else None),
        locale.territory or (filled.territory if filled else None),
    )


def best_match(identifier: str, available: Iterable[str]) -> str | None:
    """Of the `available` catalogs, the one serving `identifier`: the same language, then the
    same script, then the same region (or the language's usual region); None for a language
    none of them has. A Traditional Chinese reader with only a Simplified catalog gets that one:
    the same language in another script reads better than another language."""
    wanted = subtags(identifier)
    if wanted is None:
        return None
    usual = subtags(wanted.language)
    ranked = []
    for candidate in available:
        have = subtags(candidate)
        if have is None or have.language != wanted.language:
            continue
        score = (
            have.script == wanted.script,
            have.territory == wanted.territory,
            usual is not None and have.territory == usual.territory,
        )
        ranked.append((score, candidate))
    if not ranked:
        return None
    best = max(score for score, _ in ranked)
    return min(candidate for score, candidate in ranked if score == best)


@cache
def match(identifier: str) -> str | None:
    """The available locale serving `identifier`, or None."""
    return best_match(identifier, available_locales())


def choose(candidates: Iterable[str | None], default: str = SOURCE_LOCALE) -> str:
    for candidate in candidates:
        if candidate:
            found = match(candidate)
            if found:
                return found
    return match(default) or SOURCE_LOCALE
