"""A detector's evidence: English text where it is kept (the audit log, logs, `groupops
moderate`), and its catalog form for the notices admins read in their community's language.

`Evidence` is a `str`, so everything that stores or prints evidence keeps working; a notice
asks `said_of` for a segment instead, and a plain string (an operator's blocklist name and
quote, a command's reason) is shown as it is.
"""

from __future__ import annotations

from ..i18n.render import render_text
from ..segments import I18nText, Segment, Text


class Evidence(str):
    """Evidence text (English) that also carries what it says, for rendering elsewhere."""

    said: I18nText

    def __new__(cls, said: I18nText) -> Evidence:
        made = super().__new__(cls, render_text(said, "en"))
        made.said = said
        return made


def said_of(evidence: str, limit: int = 200) -> Segment:
    """What a notice shows of `evidence`: its catalog form, or the text itself cut to `limit`."""
    if isinstance(evidence, Evidence):
        return evidence.said
    return Text(evidence[:limit])
