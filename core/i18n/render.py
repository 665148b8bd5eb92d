"""Rendering i18n segments for one destination: catalog lookup, plurals, and parameters
formatted by Babel for the locale and the community's time zone.

A parameter may be a member's `Mention`: the sentence is then cut where its placeholder stands
and the mention put there, so a translation places the name where its grammar wants it
(`{member}, вас заблоковано`, not a name glued before the sentence)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    format_timedelta,
    get_datetime_format,
)
from babel.lists import format_list
from babel.numbers import format_decimal
from loguru import logger

from ..days import Month, zone
from ..segments import I18nText, Mention, Message, Segment, Text
from .catalogs import SOURCE_LOCALE, translations
from .direction import Isolated, Marks, defused, isolate, marks_for
from .duration_forms import in_sentence
from .negotiate import match
from .paragraphs import paragraphs_marked
from .placeholders import BadFormat, placeholders

# Sentences ending in these run on without a space (Chinese, Japanese): the space a message
# puts between its sentences goes after one of them (and after a full-width colon, as a name
# set before a sentence is: `安娜：来自…的警告`).
FULL_WIDTH_ENDS = ("。", "！", "？", "：")


# where a mention's placeholder stood in a filled template: NUL never comes from a catalog, and
# the key between the marks must be one of the sentence's own mentions
MENTION_MARK = "\x00"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=8192)
def _number(value: int | float, locale: str) -> str:
    return format_decimal(value, locale=locale)


# the units a duration is said in, largest first (a week is the largest an operator writes)
Unit = Literal["week", "day", "hour", "minute", "second"]
DURATION_UNITS: tuple[tuple[Unit, int], ...] = (
    ("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1),
)  # fmt: skip


def format_duration_words(delta: timedelta, locale: str) -> str:
    """A duration exactly, in words: `1h30m` is "1 hour and 30 minutes" ("1 час и 30 минут"),
    where Babel's own rounding would say "2 hours"; weeks only for whole weeks; each unit
    as a sentence says it, where that differs from Babel's (core/i18n/duration_forms.py)."""
    seconds = max(int(delta.total_seconds()), 0)
    parts = []
    for unit, size in DURATION_UNITS:
        if unit == "week" and seconds % size:  # 11 days, not "1 week and 4 days" to add up
            continue
        count, seconds = divmod(seconds, size)
        if count:  # in this unit only (no threshold): 23 hours stay 23 hours, not "1 day"
            part = timedelta(seconds=count * size)
            said = format_timedelta(part, unit, threshold=float("inf"), locale=locale)
            parts.append(in_sentence(said, locale))
    if not parts:
        return format_timedelta(timedelta(0), "second", threshold=float("inf"), locale=locale)
    return format_list(parts, locale=locale)


def format_value(value: Any, locale: str, timezone: str) -> Any:
    if isinstance(value, Isolated):  # isolated by its maker on purpose: kept
        return str(value)
    if isinstance(value, str):
        return defused(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return _number(value, locale)
    if isinstance(value, Decimal):
        return format_decimal(value, locale=locale)
    if isinstance(value, datetime):
        return _moment(value, locale, timezone)
    if isinstance(value, Month):
        return format_skeleton("yMMMM", value, locale=locale)
    if isinstance(value, date):
        return format_date(value, "medium", locale=locale)
    if isinstance(value, timedelta):
        return format_duration_words(value, locale)
    if isinstance(value, I18nText):
        return render_text(value, locale, timezone)
    if isinstance(value, Mention):  # in a sentence inside another: the name, as said
        return defused(value.name or value.user.local_id)
    if isinstance(value, (tuple, list)):  # several values: "a, b and c" in the reader's way
        return format_list([str(format_value(v, locale, timezone)) for v in value], locale=locale)
    return value


def _moment(value: datetime, locale: str, timezone: str) -> str:
    """A date and a time of day without seconds (a deadline read "Mar 2, 2026, 5:30:00 PM"):
    the locale's medium date and short time, joined as the locale joins them."""
    tz = zone(timezone or "UTC")
    local = value.astimezone(tz) if value.tzinfo is not None else value.replace(tzinfo=tz)
    joined = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return joined.replace("{0}", format_time(local, "short", tzinfo=tz, locale=locale)).replace(
        "{1}", format_date(local, "medium", locale=locale)
    )


def pick_variant(variants: Mapping[str, str], locale: str) -> str | None:
    """The operator's text for `locale`; else one in the same language (a Simplified
    `zh_Hans` text for a `zh_Hant` reader rather than the first, often English, one)."""
    served: dict[str, str] = {}
    for loc, text in variants.items():
        served.setdefault(match(loc) or loc, text)  # the first text written for a locale wins
    if locale in served:
        return served[locale]
    language = locale.split("_")[0]
    return next((text for loc, text in served.items() if loc.split("_")[0] == language), None)


@lru_cache(maxsize=4096)
def _template(locale: str, msgid: str, plural: str | None, n: int | None) -> tuple[str, str]:
    """The text to fill and the locale it is in: a message the catalog has not translated yet
    (a language being added, a catalog behind the code) is English, and so are its values."""
    if plural and n is not None:
        said = translations(locale).ngettext(msgid, plural, n)
        english = msgid if n == 1 else plural
    else:
        said, english = translations(locale).gettext(msgid), msgid
    if said == english and _worded(english) and not _in_catalog(locale, msgid, plural):
        return english, SOURCE_LOCALE
    if said == english or _fillable(said, msgid, plural):
        return said, locale
    # `{nom}` for `{name}`, or braces str.format cannot read: members would see them as
    # written, so they read the English until the catalog is mended (`i18n.py check` names it)
    logger.warning("the {} translation of {!r} has placeholders the message has not; sent in "
                   "English", locale, msgid)  # fmt: skip
    return english, SOURCE_LOCALE


def _worded(template: str) -> bool:
    """Whether `template` has words of its own: one of values alone (`{members}`, a list of
    mentions) is no language's and says them in the reader's."""
    return any(c.isalpha() for c in PLACEHOLDER.sub("", template))


def _in_catalog(locale: str, msgid: str, plural: str | None) -> bool:
    """Whether `locale`'s catalog translates the message (one translated as its English, such
    as `{community}: {label}`, is)."""
    catalog = getattr(translations(locale), "_catalog", {})  # gettext's compiled entries
    return bool(catalog.get((msgid, 0) if plural else msgid))


def _fillable(translation: str, msgid: str, plural: str | None) -> bool:
    """Whether every placeholder of `translation` is one of the message's."""
    try:
        return placeholders(translation) <= placeholders(msgid) | placeholders(plural or "")
    except BadFormat:
        return False


def template_of(segment: I18nText, locale: str) -> str:
    """The text to fill for `locale`: the operator's variant, or the catalog's translation."""
    return _served(segment, locale)[0]


def _served(segment: I18nText, locale: str) -> tuple[str, str]:
    """The text to fill and the locale its values are said in."""
    params = segment.params
    variants = params.get("_variants") if params else None
    if isinstance(variants, Mapping):
        return pick_variant(variants, locale) or segment.msgid, locale
    return _template(locale, segment.msgid, segment.plural, segment.n)


def render_text(segment: I18nText, locale: str, timezone: str = "UTC") -> str:
    params = segment.params
    # an English sentence says its values in English: not `muted for 1 時間`
    template, locale = _served(segment, locale)
    marks = marks_for(locale)
    if marks is not None:  # right to left: values isolated, commands kept left to right
        template = isolate(template, marks)
    if "{" not in template:
        return template
    values = _KeepMissing()
    for k, v in (params or {}).items():
        if k != "_variants":  # strings need no formatting: the common case stays cheap
            values[k] = defused(v) if v.__class__ is str else format_value(v, locale, timezone)
    try:
        return template.format_map(values)
    except (ValueError, IndexError, AttributeError):
        return template  # an operator's template with stray braces is shown as written


def with_mentions(segment: I18nText, locale: str, timezone: str = "UTC") -> Message:
    """A sentence whose parameters name members: its text cut where each mention's
    placeholder stands, the mention put there (a right-to-left sentence opening with one
    starts with its paragraph mark, as a message opening with a mention does)."""
    mentions: dict[str, Mention] = {}
    marked: dict[str, Any] = {}
    for k, v in segment.params.items():
        if isinstance(v, Mention):
            mentions[k] = v
            marked[k] = Isolated(f"{MENTION_MARK}{k}{MENTION_MARK}")
        elif _mentions_only(v):  # several members: a list joined the reader's way
            mentions |= {f"{k}.{i}": m for i, m in enumerate(v)}
            marked[k] = tuple(
                Isolated(f"{MENTION_MARK}{k}.{i}{MENTION_MARK}") for i in range(len(v))
            )
    text = render_text(I18nText(segment.msgid, {**segment.params, **marked},
                                segment.plural, segment.n), locale, timezone)  # fmt: skip
    pieces = re.split(f"{MENTION_MARK}({'|'.join(map(re.escape, mentions))}){MENTION_MARK}", text)
    out: list[Segment] = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(_rendered(mentions[piece], locale, timezone))
        elif piece:
            out.append(Text(piece))
    marks = marks_for(locale)
    # opens with a mention (isolated, as values are); a name said as text needs no mark: it
    # reads as the plain value did
    opens = len(pieces) > 1 and not mentions[pieces[1]].named
    if marks is not None and opens and not pieces[0].strip(marks.open + marks.close):
        out.insert(0, Text(marks.paragraph))
    return tuple(out)


def _mentions_only(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, Mention) for v in value)


def _expanded(segments: Message, locale: str, timezone: str) -> Message:
    """The segments with each sentence that names members cut around its mentions."""
    out: list[Segment] = []
    for s in segments:
        if isinstance(s, I18nText) and any(
            isinstance(v, Mention) or _mentions_only(v) for v in s.params.values()
        ):
            out += with_mentions(s, locale, timezone)
        else:
            out.append(s)
    return tuple(out)


def render(segments: Message, locale: str, timezone: str = "UTC") -> Message:
    if not any(isinstance(s, I18nText) for s in segments):  # the segments as written
        if not any(isinstance(s, Mention) for s in segments):  # (or a plain str: a title)
            return segments
        return tuple(_rendered(s, locale, timezone) for s in segments)
    marks = marks_for(locale)
    if marks is not None:  # a member named outside a sentence is isolated as inside one
        segments = _mentions_isolated(segments, marks)
    out = _joined(
        tuple(_rendered(s, locale, timezone) for s in _expanded(segments, locale, timezone))
    )
    if marks is not None:  # each line right to left, whatever it opens with
        out = paragraphs_marked(out, marks)
    return out


def _mentions_isolated(segments: Message, marks: Marks) -> Message:
    """Mentions set between sentences (a lottery's winners, a captcha's newcomer) between the
    isolate marks, so a Latin name next to a count or a comma keeps its place."""
    out: list[Segment] = []
    for s in segments:
        out += (Text(marks.open), s, Text(marks.close)) if isinstance(s, Mention) else (s,)
    return tuple(out)


def _rendered(segment: Segment, locale: str, timezone: str) -> Segment:
    if isinstance(segment, I18nText):
        return Text(render_text(segment, locale, timezone))
    if isinstance(segment, Mention) and segment.name != (name := defused(segment.name)):
        return replace(segment, name=name)  # a name as harmless as one inside a sentence
    return segment


def _joined(segments: Message) -> Message:
    """Without the spaces between sentences where the one before ends full width (`+1 积分。
    已连续签到`, as `+1 积分。已连续签到` is written)."""
    kept: list[Segment] = []
    for segment in segments:
        if (
            kept
            and isinstance(segment, Text)
            and segment.text
            and not segment.text.strip(" ")  # a line break stays
            and isinstance(kept[-1], Text)
            and kept[-1].text.endswith(FULL_WIDTH_ENDS)
        ):
            continue
        kept.append(segment)
    return tuple(kept) if len(kept) < len(segments) else segments


def localized(text: str | Mapping[str, str], /, **params: Any) -> I18nText:
    """An operator's text from a ruleset: one string, or one per locale ({en = …, zh_Hans = …})."""
    if isinstance(text, str):
        return I18nText(text, {**params, "_variants": {}})
    first = next(iter(text.values()), "")
    return I18nText(first, {**params, "_variants": dict(text)})
