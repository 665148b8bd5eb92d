"""A count with its noun, for the English the command line and logs print ("1 chat",
"2 chats", "1 community")."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """`n` and the noun for it: `many` where given, else `one` + "s"."""
    return f"{n} {one if n == 1 else many or one + 's'}"
