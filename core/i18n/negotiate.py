"""Choosing a locale: the first candidate we have a catalog for, matched by language and script.

Candidates come in the order of the chain: the member's choice, the community's setting,
the platform's hint (Telegram `language_code` such as `zh-hans` or `en-US`), the default.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError

from .catalogs import SOURCE_LOCALE, available_locales


@cache
def _parse(identifier: str) -> Locale | None:
    try:
        return Locale.parse(identifier.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@cache
def _script(locale: Locale) -> str | None:
    if locale.script:
        return locale.script
    likely = _parse(f"{locale.language}_{locale.territory}") if locale.territory else None
    from babel.core import get_global

    subtags = get_global("likely_subtags")
    key = str(likely or locale.language)
    full = subtags.get(key) or subtags.get(locale.language)
    return Locale.parse(full).script if full else None


@cache
def match(identifier: str) -> str | None:
    """The available locale serving `identifier`, or None."""
    wanted = _parse(identifier)
    if wanted is None:
        return None
    same_language = [a for a in available_locales() if a.split("_")[0] == wanted.language]
    if not same_language:
        return None
    if len(same_language) == 1:
        return same_language[0]
    script = _script(wanted)
    for candidate in same_language:
        have = _parse(candidate)
        if have is not None and _script(have) == script:
            return candidate
    return same_language[0]


def choose(candidates: Iterable[str | None], default: str = SOURCE_LOCALE) -> str:
    for candidate in candidates:
        if candidate:
            found = match(candidate)
            if found:
                return found
    return match(default) or SOURCE_LOCALE
