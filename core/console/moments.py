"""Moments on the console, said as the page's locale writes a date and a time of day (Babel's
medium date and short time: `2026年3月2日 17:30`, `Mar 2, 2026, 5:30 PM`), on the community's
clock. Where the communities a page may list keep different clocks, each moment carries its
zone's offset: a list ordered newest first would otherwise seem out of order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from babel.dates import format_date, get_timezone_gmt

from ..days import CommunityClock, zone
from ..i18n.render import format_value


def said(
    moment: datetime, locale: str, timezone: str, *, day: bool = False, zoned: bool = False
) -> str:
    """`moment` on the clock of `timezone`; `day`: its date alone; `zoned`: with the offset."""
    local = moment.astimezone(zone(timezone))
    text = (
        format_date(local.date(), "medium", locale=locale)
        if day
        else str(format_value(moment, locale, timezone))
    )
    if zoned and not day:
        text += " " + str(get_timezone_gmt(local, locale=locale))
    return text


def mixed(clocks: Iterable[CommunityClock]) -> bool:
    """Whether the clocks keep more than one time zone."""
    return len({clock.timezone for clock in clocks}) > 1
