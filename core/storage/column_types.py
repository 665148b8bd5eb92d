"""Column types by kind and width, to tell an older column that is merely narrower (a shorter
VARCHAR, a smaller integer: widened in place) from one of another kind (TEXT where a number
is expected: no safe conversion)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# type name, as the models or the database spell it -> (kind, width); a width of None is
# read from the parentheses (VARCHAR(64)).
_TYPES: dict[str, tuple[str, float | None]] = {
    "VARCHAR": ("text", None),
    "CHARACTER VARYING": ("text", None),
    "CHAR": ("text", None),
    "CHARACTER": ("text", None),
    "TEXT": ("text", math.inf),
    "SMALLINT": ("integer", 2),
    "INT": ("integer", 4),
    "INTEGER": ("integer", 4),
    "SERIAL": ("integer", 4),
    "BIGINT": ("integer", 8),
    "BIGSERIAL": ("integer", 8),
    "REAL": ("float", 4),
    "DOUBLE PRECISION": ("float", 8),
    "DECIMAL": ("decimal", 0),
    "NUMERIC": ("decimal", 0),
    "DATE": ("date", 0),
    "TIMESTAMP": ("timestamp", 0),
    "TIMESTAMPTZ": ("timestamp", 0),
    "TIMESTAMP WITH TIME ZONE": ("timestamp", 0),
    "JSON": ("json", 0),
    "JSONB": ("json", 0),
    "BOOL": ("boolean", 0),
    "BOOLEAN": ("boolean", 0),
}
_SPELLING = re.compile(r"^\s*([A-Za-z ]+?)\s*(?:\((\d+)[^)]*\))?\s*$")


@dataclass(frozen=True, slots=True)
class ColumnType:
    kind: str
    width: float  # characters or bytes; 0 where a kind has one width

    @classmethod
    def parse(cls, spelling: str) -> ColumnType:
        match = _SPELLING.match(spelling)
        name = match.group(1).upper() if match else spelling.upper()
        kind, width = _TYPES.get(name, (name, 0))
        if width is None:
            width = int(match.group(2)) if match and match.group(2) else math.inf
        return cls(kind, width)


def comparison(live: str, expected: str) -> str:
    """ "same" (or wider than needed), "narrower" (widen it in place) or "other" (another
    kind: no safe conversion)."""
    have, want = ColumnType.parse(live), ColumnType.parse(expected)
    if have.kind != want.kind:
        return "other"
    return "narrower" if have.width < want.width else "same"
