"""What a database URL may look like, said the same way wherever one is read (the settings'
`database.url`, a command's `--db`)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..redaction import redact_url

SCHEMES = ("sqlite", "postgres", "asyncpg", "postgresql")
FORMS = "sqlite://groupops.db (beside the settings), sqlite:///abs/path.db or postgres://HOST/DB"


def url_problem(url: str) -> str | None:
    """Why `url` is no database URL groupops opens; None if it is one."""
    scheme, found, _ = url.partition("://")
    if not found:
        return f"{redact_url(url)!r} is not a database URL (expected {FORMS})"
    if scheme not in SCHEMES:
        return f"database scheme {scheme!r} is not supported (expected {FORMS})"
    if scheme == "sqlite" and not url.partition("://")[2].partition("?")[0]:
        return f"{url!r} names no file (expected {FORMS})"
    if scheme != "sqlite" and re.search(r"[?&]sslmode=", url):
        # Tortoise hands query keys to asyncpg, which has no sslmode, and reads its `ssl`
        # as a yes or no
        return "sslmode is libpq's and is not read here: write ssl=true to require TLS"
    if scheme != "sqlite":
        try:
            _ = urlsplit(url).port  # a password's / # ? @ splits the URL early: a "port" of letters
        except ValueError:
            return (
                f"{redact_url(url)}: the port is not a number (percent-encode / # ? @ in the "
                "password: %2F %23 %3F %40)"
            )
    return None
