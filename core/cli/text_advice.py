"""What `groupops check` says of an operator's texts written per language (a welcome, an
onboarding message, a calendar post: `{ en = …, de = … }`) that lack a language the groups
are set to speak: such a group reads another language's text (the first written, often
English), with nothing in the logs to say so. A text written once, for all, is not judged:
its language is the operator's choice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, RootModel
from pydantic.fields import FieldInfo

from ..errors import SettingsProblem
from ..settings.schema import Settings
from ..settings.types import LocalizedText

_LOCALIZED = get_args(LocalizedText)[1:]  # the validator that marks a text by locale


def _is_localized(annotation: Any) -> bool:
    """Whether a field's type is a `LocalizedText` (also inside `| None`)."""
    if get_origin(annotation) is Annotated and any(m in _LOCALIZED for m in get_args(annotation)):
        return True
    return any(_is_localized(arg) for arg in get_args(annotation))


def _declared(info: FieldInfo) -> bool:
    return any(m in _LOCALIZED for m in info.metadata) or _is_localized(info.annotation)


def _texts_by_locale(value: Any, where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Each text written per locale under `value`, with its key path."""
    if isinstance(value, RootModel):
        yield from _texts_by_locale(value.root, where)
    elif isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            if name not in value.model_fields_set:
                continue  # a default, not the operator's text (the built-in shop's titles)
            field = getattr(value, name)
            if isinstance(field, dict) and get_origin(info.annotation) is dict and _declared(info):
                # texts by name ([tiers.perk_names]): each a text or a table by locale
                for key, text in field.items():
                    if isinstance(text, dict):
                        yield f"{where}.{name}.{key}", text
            elif isinstance(field, dict) and _declared(info):
                yield f"{where}.{name}", field
            else:
                yield from _texts_by_locale(field, f"{where}.{name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts_by_locale(item, f"{where}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _texts_by_locale(item, f"{where}[{index}]")


def _spoken(settings: Settings, ruleset: str) -> set[str]:
    """The locales set for the groups that use `ruleset`: its own, and its communities' and
    their chats'."""
    spoken = {settings.rulesets[ruleset].locale}
    for community in settings.communities.values():
        if community.ruleset == ruleset:
            spoken |= {community.locale, *community.chat_locales.values()}
    return {locale for locale in spoken if locale}


def _language(locale: str) -> str:
    return locale.split("_")[0]


def text_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    found = []
    for name, ruleset in settings.rulesets.items():
        spoken = _spoken(settings, name)
        if not spoken:
            continue
        for path, texts in _texts_by_locale(ruleset, f"{env}.rulesets.{name}"):
            # a reader gets a text of the same language (zh_Hans for zh_Hant): only a
            # language with no text at all is missing
            written = {_language(locale) for locale in texts}
            missing = sorted(loc for loc in spoken if _language(loc) not in written)
            if missing:
                first = next(iter(texts))
                found.append(
                    SettingsProblem(
                        path,
                        f"no text for {', '.join(map(repr, missing))} (written: "
                        f"{', '.join(texts)}); those groups are sent the {first!r} one",
                    )
                )
    return found
