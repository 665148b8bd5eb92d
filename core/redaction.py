"""Keeps secrets out of logs and error messages.

Every value stored under a secret key in settings is registered here; so is anything shaped
like a Telegram bot token, whether or not it came from settings (a library may log a URL).
"""

from __future__ import annotations

import re

MASK = "***"
_TOKEN_SHAPES = re.compile(
    r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}"  # Telegram bot token, also inside .../bot<token>/
    r"|(?<=://)[^/\s:@]+:[^/\s@]+(?=@)"  # user:password@ in URLs
)
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def register(*values: str) -> None:
    """Treat these strings as secrets from now on (values under 6 characters are ignored:
    masking them would garble ordinary text)."""
    global _pattern
    _secrets.update(v for v in values if v and len(v) >= 6)
    if _secrets:
        alternatives = sorted(_secrets, key=len, reverse=True)
        _pattern = re.compile("|".join(re.escape(v) for v in alternatives))


def redact(text: str) -> str:
    if _pattern is not None:
        text = _pattern.sub(MASK, text)
    return _TOKEN_SHAPES.sub(MASK, text)
