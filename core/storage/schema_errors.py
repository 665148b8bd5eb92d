"""The database cannot be used as it is: unreachable, or made by another release."""

from __future__ import annotations

from ..errors import EXIT_SCHEMA, StartupError
from ..redaction import redact_url


class DatabaseError(StartupError):
    """The database at `database.url` cannot be opened or reached."""

    def __init__(
        self, problem: str, source: str = "database.url", *, away: str | None = None
    ) -> None:
        super().__init__(source, problem, away=away)


OLDER_SCHEMA = "the database schema is older than this release: run groupops migrate"


class SchemaBehind(DatabaseError):
    """The database lacks tables or columns of this release (made by an earlier one)."""

    exit_code = EXIT_SCHEMA

    def __init__(self, url: str, source: str = "database.url") -> None:
        named = "" if source == "database.url" else f" --db {redact_url(url)}"
        super().__init__(OLDER_SCHEMA + named, source)


def newer_schema(unknown: list[str]) -> str:
    more = f" and {len(unknown) - 1} more" if len(unknown) > 1 else ""
    return (
        f"the database was made by a newer release of groupops ({unknown[0]}{more} unknown "
        "here): run that release, or restore the backup taken before upgrading to it"
    )


class SchemaAhead(DatabaseError):
    """The database has columns no model of this release has: a newer release made them, and
    this one would write rows that release's constraints refuse, or misread them."""

    exit_code = EXIT_SCHEMA

    def __init__(self, unknown: list[str], source: str = "database.url") -> None:
        super().__init__(newer_schema(unknown), source)
