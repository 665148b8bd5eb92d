"""What `groupops check` says of a language setting groupops has no catalog for: a locale
Babel knows (so the settings are valid) that no catalog serves, such as `fr` or `ja`, sends its
groups every reply in English, with nothing said. Matched as the bot matches it at run time
(`pt` is served by pt_BR, `zh_CN` by zh_Hans)."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import SettingsProblem
from ..i18n import available_locales, match
from ..i18n.catalogs import untranslated
from ..settings.schema import Settings


def _locales(settings: Settings, env: str) -> Iterator[tuple[str, str]]:
    """(the key as written in the file, its locale) of every language setting."""
    yield f"{env}.i18n.default_locale", settings.i18n.default_locale
    for name, ruleset in settings.rulesets.items():
        if ruleset.locale:
            yield f"{env}.rulesets.{name}.locale", ruleset.locale
    for name, community in settings.communities.items():
        if community.locale:
            yield f"{env}.communities.{name}.locale", community.locale
        for chat, locale in community.chat_locales.items():
            yield f'{env}.communities.{name}.chat_locales."{chat}"', locale


def locale_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    offered = ", ".join(available_locales())
    problems = []
    for key, locale in _locales(settings, env):
        served = match(locale)
        if served is None:
            problems.append(SettingsProblem(
                key,
                f"{locale!r}: groupops has no catalog in that language, so its groups read "
                f"English (catalogs: {offered}; docs/languages.md tells how to add one)",
            ))  # fmt: skip
            continue
        english, total = untranslated(served)
        if english:  # a catalog being translated: what it lacks is sent in English
            problems.append(SettingsProblem(
                key,
                f"{locale!r}: the {served} catalog leaves {english} of {total} messages "
                "untranslated, which its groups read in English (python scripts/i18n.py "
                "check lists them)",
            ))  # fmt: skip
    return problems
