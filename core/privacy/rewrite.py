"""Replacing an account where it is part of a longer text: a ledger entry's idempotency key
(`checkin:club:telegram:user:201:2026-12-06`), its reference (`by=telegram:user:100`), a
coupon's cause, an audit entry's JSON detail, a scheduled job's payload.

Only a whole reference is replaced, never a prefix: `telegram:user:10` must not rewrite
`telegram:user:100`. A reference is delimited by the text's ends, `:`, `=` and `;` (keys and
`ref_of` references) or `"` (JSON). SQL has no such replace, so the text is wrapped in a `:`
and a `;`, each bounded form is replaced in turn (REPLACE, in SQLite and PostgreSQL alike),
and the wrapping is cut off again.
"""

from __future__ import annotations

from typing import Any

from ..storage.statements import Sql

BEFORE = (":", "=", '"')
AFTER = (":", ";", '"')


def _replaced(column: str) -> str:
    text = f"':' || {column} || ';'"
    for _ in range(len(BEFORE) * len(AFTER)):
        text = f"REPLACE({text}, ?, ?)"
    return text


def _pairs(account: str, alias: str) -> tuple[str, ...]:
    return tuple(
        part
        for before in BEFORE
        for after in AFTER
        for part in (f"{before}{account}{after}", f"{before}{alias}{after}")
    )


def rewrite(table: str, column: str, only: str = "") -> Sql[Any]:
    """The statement rewriting `column` of a community's rows that mention an account (of
    those rows, `only` the ones matching that SQL condition)."""
    replaced = _replaced(column)
    condition = f" AND {only}" if only else ""
    return Sql(
        f"UPDATE {table} SET {column} = SUBSTR({replaced}, 2, LENGTH({replaced}) - 2)"
        f" WHERE community = ? AND {column} LIKE ?{condition}"
    )


def rewritten(community: str, account: str, alias: str) -> tuple[str, ...]:
    """`rewrite`'s parameters: the replacements (twice: the text and its length), then the
    community and a pattern selecting the rows that may mention the account (`_` and `%` in
    it match more, never less: REPLACE only changes exact mentions)."""
    pairs = _pairs(account, alias)
    return (*pairs, *pairs, community, f"%{account}%")
