"""The community's language for `groupops init`: one of the catalogs groupops ships, given as
a code (`es`, `es_MX`, `pt`), or as the menu names it (`Español`); offered by default in the
language the operator's own environment names (LC_ALL, LC_MESSAGES, LANG), else English."""

from __future__ import annotations

import os
from collections.abc import Mapping

from babel import Locale

from ..errors import GroupopsError
from ..i18n import SOURCE_LOCALE, available_locales, locale_name, match
from ..moderation import STARTER_LANGUAGES

ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")  # the order gettext reads them in


class UnknownLanguage(GroupopsError):
    """A language groupops has no catalog for."""


def environment_locale(environ: Mapping[str, str] = os.environ) -> str:
    """The shipped catalog the environment's language finds (`es_MX.UTF-8` finds es), or en."""
    given = next((environ[name] for name in ENVIRONMENT if environ.get(name)), "")
    code = given.split(".")[0].split("@")[0]
    return (match(code) if code else None) or SOURCE_LOCALE


def menu() -> str:
    """The shipped languages, each with its own name: `es Español, ru Русский, …`."""
    return ", ".join(f"{code} {locale_name(code)}" for code in available_locales())


def chosen_locale(answer: str) -> str:
    """The catalog an operator's answer names, by code or by the menu's name."""
    answer = answer.strip()
    by_name = {locale_name(code).casefold(): code for code in available_locales()}
    found = by_name.get(answer.casefold()) or (match(answer) if answer else None)
    if found is None:
        raise UnknownLanguage(
            f"{answer!r} is not a language groupops speaks (one of: "
            f"{', '.join(available_locales())})"
        )
    return found


def spam_samples_note(locale: str) -> str:
    """A line for the settings file where the spam classifier's starter samples are in other
    languages than the community's: out of the box it knows little of its spam."""
    language = Locale.parse(locale).language
    if language in STARTER_LANGUAGES:
        return ""
    name = Locale.parse(language).get_language_name("en")
    return f"# {name} is not among them: it knows little {name} spam until admins teach it.\n"
