"""The console's form to start a campaign: one form per campaign kind, its fields read from
the kind's spec (the same model as the settings file and `/campaign new`), so a new kind or
option appears without touching the page. Field names are the option keys of `/campaign new`;
what is typed is read by `campaigns.start.read_options`, as in the chat."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from typing import Any

from pydantic import BaseModel

from ..campaigns.spec import SPECS
from ..points import TIER_LABELS
from ..segments import I18nText, T

KIND_NAMES = {
    "lottery": T("Giveaway (a verifiable draw)"),
    "groupbuy": T("Group buy"),
    "challenge": T("Check-in challenge"),
    "referral": T("Referral drive"),
    "multiplier": T("Points multiplier"),
}
# what each option means, beside its key; (kind, key) where a key means different things
OPTION_NAMES: dict[str | tuple[str, str], I18nText] = {
    "title": T("Title in the announcements (default: the name)"),
    "starts": T("Starts (default: now)"),
    "ends": T("Ends"),
    "prize": T("Prize"),
    "winners": T("Winners"),
    "min_tier": T("Lowest tier that may enter"),
    "min_points": T("Points needed to enter"),
    "joined_before": T("Only members who joined before"),
    "draw_delay": T("Time between closing the entries and the draw"),
    "confirm_window": T("Entries within this time of a confirmation are confirmed together"),
    "product": T("Product"),
    "price": T("Price"),
    "currency": T("Currency"),
    "tiers": T("Group size:percent off, e.g. 3:20,5:30"),
    ("groupbuy", "confirm_window"): T(
        "Joins within this time of a confirmation are confirmed together"
    ),
    "days": T("Check-in days in a row to complete it"),
    ("challenge", "points"): T("Points for completing it"),
    "coupon": T("Coupon sent to each who completes it"),
    "goal": T("Confirmed invites for the gift"),
    "gift": T("Gift"),
    ("referral", "points"): T("Bonus points per confirmed invite"),
    "stay_days": T("Days an invitee must stay"),
    "must_speak": T("The invitee must say something"),
    "factor": T("Points multiplied by"),
    "reasons": T("What earns the bonus"),
}
# the words a choice's values are said in, by option key: the tiers as /tier says them
CHOICE_NAMES: dict[str, dict[str, I18nText]] = {"min_tier": TIER_LABELS}
MOMENT_HINT = T("YYYY-MM-DD HH:MM, or a time after the start such as 3d")
FIRST = ("title", "starts", "ends")  # every kind's own options follow these
SKIPPED = ("kind",)


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    input: str  # text, number, date, choice
    label: I18nText | str = ""  # what the option means
    choices: tuple[tuple[str, I18nText | str], ...] = ()  # (value, label) for a choice
    hint: I18nText | str = ""  # the placeholder: the default, or how to write it
    required: bool = False


@dataclass(frozen=True, slots=True)
class KindForm:
    kind: str
    label: I18nText | str
    fields: tuple[Field, ...]


def _bare(annotation: Any) -> Any:
    """`X | None` as X (an empty field is None, as the default)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return annotation


def _shown(value: Any) -> str:
    if value is None or value == "" or value == ():
        return ""
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 1440}d" if minutes % 1440 == 0 else f"{minutes}m"
    if isinstance(value, tuple):  # a list option: comma-separated, a model's fields by ':'
        return ",".join(_shown(v) for v in value)
    if isinstance(value, BaseModel):  # a group buy's tier as `/campaign new` reads it: 3:20
        return ":".join(_shown(v) for v in value.model_dump().values())
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _field(key: str, info: Any) -> Field:
    kind = _bare(info.annotation)
    default = None if info.is_required() else info.get_default(call_default_factory=True)
    required = info.is_required()
    if key in ("starts", "ends"):
        return Field(key, "text", hint=MOMENT_HINT)
    if kind is bool:
        choices = (("true", T("yes")), ("false", T("no")))
        return Field(key, "choice", choices=choices, hint=_shown(default).lower())
    if typing.get_origin(kind) is typing.Literal:
        names = CHOICE_NAMES.get(key, {})
        values = tuple((str(v), names.get(str(v), str(v))) for v in typing.get_args(kind))
        return Field(key, "choice", choices=(("", "–"), *values), hint=_shown(default))
    if kind is int:
        return Field(key, "number", hint=_shown(default), required=required)
    if kind is date:
        return Field(key, "date", required=required)
    return Field(key, "text", hint=_shown(default), required=required)


def _label(kind: str, key: str) -> I18nText | str:
    return OPTION_NAMES.get((kind, key)) or OPTION_NAMES.get(key) or ""


def kind_forms() -> list[KindForm]:
    """A form for every registered campaign kind, in the order of KIND_NAMES, then the rest."""
    order = [k for k in KIND_NAMES if k in SPECS] + sorted(set(SPECS) - set(KIND_NAMES))
    forms = []
    for kind in order:
        fields = SPECS[kind].model_fields
        keys = [k for k in FIRST if k in fields]
        keys += [k for k in fields if k not in FIRST and k not in SKIPPED]
        named = [replace(_field(k, fields[k]), label=_label(kind, k)) for k in keys]
        forms.append(KindForm(kind, KIND_NAMES.get(kind, kind), tuple(named)))
    return forms
