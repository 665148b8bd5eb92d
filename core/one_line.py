"""A member's name as one line: what a platform lets a name hold is not what a chat text can.

A name with a line break (`Evil\n2. Adm · 999`) would start a line of its own in a
leaderboard or a report, and could fake one; control characters (tabs, escapes) have no job in
a name either. Each run of them becomes one space. Invisible and bidi characters are dropped
where values are inserted (i18n/direction.py `defused`).
"""

from __future__ import annotations

import re

# C0 and C1 controls (newline, tab, escape, NEL), and the line and paragraph separators
BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(name: str) -> str:
    if name.isprintable():
        return name  # the common case: nothing to fold
    return BREAKS.sub(" ", name).strip()
