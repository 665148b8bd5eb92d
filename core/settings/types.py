"""Annotated value types for settings: each validator says what it expected."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Annotated, Any

from babel import Locale, UnknownLocaleError
from pydantic import BeforeValidator, PlainSerializer, PlainValidator

from ..days import zone
from ..durations import format_duration, not_a_duration, parse_duration
from ..refs import Ref


def _timezone(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected an IANA time zone name such as 'Asia/Shanghai'")
    try:
        zone(value)
    except (KeyError, ValueError):
        raise ValueError(
            f"{value!r} is not a known time zone (expected an IANA name such as "
            "'Asia/Shanghai' or 'UTC')"
        ) from None
    return value


def _locale(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a locale identifier such as 'en' or 'zh_Hans'")
    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        raise ValueError(
            f"{value!r} is not a known locale (expected an identifier such as 'en' or 'zh_Hans')"
        ) from None


def _clock_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(
            f"{value!r} is not a time of day (expected 'HH:MM', e.g. '04:00')"
        ) from None


def _duration(value: Any) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if (value == 0 and type(value) is int) or (isinstance(value, str) and value.strip() == "0"):
        return timedelta(0)  # zero needs no unit, quoted or not
    if not isinstance(value, str):
        # a bare 10 passed as seconds where a playbook's "mute 10" means minutes
        raise not_a_duration(value)
    return parse_duration(value)


def _ref(value: Any) -> Ref:
    if not isinstance(value, str):
        raise ValueError(f"expected a reference such as 'telegram:-100123', got {value!r}")
    return Ref(value)


def _chat_ref(value: Any) -> Ref:
    ref = _ref(value)
    if ref.kind != "chat":
        raise ValueError(
            f"{value!r} is a user reference, expected a chat such as 'telegram:-100123'"
        )
    return ref


def _user_ref(value: Any) -> Ref:
    ref = _ref(value)
    if ref.kind != "user":
        raise ValueError(f"{value!r} is not a user reference (expected e.g. 'telegram:user:42')")
    return ref


TimeZoneName = Annotated[str, BeforeValidator(_timezone)]
LocaleName = Annotated[str, BeforeValidator(_locale)]
ClockTime = Annotated[
    time, BeforeValidator(_clock_time), PlainSerializer(lambda t: t.strftime("%H:%M"))
]
Duration = Annotated[timedelta, BeforeValidator(_duration), PlainSerializer(format_duration)]


def _cron(value: Any) -> str:
    from croniter import CroniterBadDateError, croniter  # only a ruleset with a schedule

    # five fields: croniter reads a sixth as seconds (a post due every second of its minute)
    if not isinstance(value, str) or len(value.split()) != 5 or not croniter.is_valid(value):
        raise ValueError(
            f"{value!r} is not a cron schedule (expected 'minute hour day month weekday', "
            "e.g. '0 8 * * *' for 08:00 daily or '0 20 * * mon' for Mondays at 20:00)"
        )
    try:
        croniter(value).get_next()
    except CroniterBadDateError:  # "0 8 31 2 *": valid fields, a day that never comes
        raise ValueError(f"{value!r} never falls due (no such date)") from None
    return value


# minute hour day month weekday, in the community's clock
Cron = Annotated[str, BeforeValidator(_cron)]
ChatRef = Annotated[
    Ref, PlainValidator(_chat_ref, json_schema_input_type=str), PlainSerializer(str)
]
UserRef = Annotated[
    Ref, PlainValidator(_user_ref, json_schema_input_type=str), PlainSerializer(str)
]


def _localized(value: Any) -> Any:
    """One text, or a table of locale -> text: a wrong shape named, down to the entry."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        raise ValueError(
            'expected a text, or a table of texts by locale such as { en = "Hi", zh_Hans = "你好" }'
        )
    if not value:
        raise ValueError('an empty table: give at least one text, such as { en = "Hi" }')
    for key, text in value.items():
        if not isinstance(text, str):
            raise ValueError(f"{key}: expected a text, got {text!r}")
    return {_locale(k): v for k, v in value.items()}


LocalizedText = Annotated[str | dict[str, str], BeforeValidator(_localized)]


def _percent(value: Any) -> float:
    """A share: 0.15 or "15%"."""
    given = value
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            value = float(value.strip()[:-1]) / 100
        except ValueError:
            raise ValueError(
                f"{given!r} is not a percentage (expected e.g. '15%' or 0.15)"
            ) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{given!r} is not a percentage (expected e.g. '15%' or 0.15)")
    if not 0 <= value <= 1:
        raise ValueError(f"{given!r} is outside 0-100% (expected e.g. '15%' or 0.15)")
    return float(value)


Percent = Annotated[float, BeforeValidator(_percent)]
