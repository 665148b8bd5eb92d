"""The name an erased member's kept rows go by: `forgotten:` and 16 random hex digits, drawn
afresh for each account at each erasure. Random, not derived from the account, so nobody who
knows an id can find its rows, and a member who came back and is forgotten again gets a new
alias instead of colliding with the rows renamed the first time. A replayed erasure draws
again harmlessly: its rows commit with the event's key, all or nothing."""

from __future__ import annotations

import secrets

PREFIX = "forgotten:"


def new_alias() -> str:
    return f"{PREFIX}{secrets.token_hex(8)}"


def is_forgotten(member: str) -> bool:
    """Whether `member` is an erased member's alias (kept rows, no person behind them)."""
    return member.startswith(PREFIX)
