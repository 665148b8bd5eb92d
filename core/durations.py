"""Durations as operators write them: `30s`, `10m`, `2h`, `3d`, `1w`, or combined `1h30m`."""

from __future__ import annotations

import re
from datetime import timedelta

_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d+)([smhdw])")
_WHOLE = re.compile(r"(?:\d+[smhdw])+")
DURATION = _WHOLE  # a word that is a duration, lower-cased (`2d`, `1h30m`)
# longer than any restriction means; also keeps `99999999999d` inside what timedelta holds
MAX_DURATION = timedelta(days=3650)


def parse_duration(text: str) -> timedelta:
    """Parse `10m`, `2h`, `3d`, `1h30m`; raises ValueError naming the accepted forms, or for
    more than MAX_DURATION."""
    compact = text.strip().lower().replace(" ", "")
    if not _WHOLE.fullmatch(compact):
        raise not_a_duration(text)
    seconds = sum(int(n) * _UNIT_SECONDS[unit] for n, unit in _PART.findall(compact))
    if seconds > MAX_DURATION.total_seconds():
        raise ValueError(f"{text!r} is longer than {MAX_DURATION.days} days")
    return timedelta(seconds=seconds)


def not_a_duration(given: object) -> ValueError:
    """The one error every malformed duration gets, a bare number (`10`: seconds? minutes?)
    as well as a misspelt unit."""
    return ValueError(
        f"{given!r} is not a duration (expected a number and a unit s, m, h, d or w, "
        "e.g. '10m', '2h', '3d')"
    )


def format_duration(delta: timedelta) -> str:
    """The shortest exact form, e.g. `1h30m`."""
    seconds = int(delta.total_seconds())
    if seconds <= 0:
        return "0s"
    parts = []
    for unit, size in sorted(_UNIT_SECONDS.items(), key=lambda item: -item[1]):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)
