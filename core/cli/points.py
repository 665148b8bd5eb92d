"""`groupops points`: the highest balances, checked against the ledger; `--member NAME`: one
member's balance and latest ledger entries. Reads only; a running bot may keep going.
Exit code 1 when a balance is not its ledger's sum (a fault to report)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from typing import Any

import click

from ..counted import counted
from ..points import ledger_report as ledger
from ..settings import Settings
from .common import EXIT_SETTINGS, chosen_community, db_option, fail, settings_option, with_database

MOST = 1000  # --top and --limit at most: a larger listing is an export's job


@click.command()
@click.option("--community", default=None, help="The community (default: the only one).")
@click.option(
    "--member", default=None, help="One member: an account (telegram:user:42), @handle or name."
)
@click.option("--top", type=click.IntRange(1, MOST), default=20, show_default=True,
              help="How many of the highest balances to list.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, MOST), default=20, show_default=True,
              help="With --member: how many of their latest ledger entries to list.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@db_option()
@settings_option
def points(
    community: str | None,
    member: str | None,
    top: int,
    limit: int,
    as_json: bool,
    db_url: str | None,
    settings_path: Path | None,
) -> None:
    """Balances and the points ledger: the top members, or one member's entries."""
    if member is not None and not member.strip():  # `--member "$NAME"` with it unset
        fail("--member: is empty: give an account, @handle or name", EXIT_SETTINGS)

    async def read(settings: Settings) -> tuple[str, int]:
        name = chosen_community(await ledger.communities(), community, "members")
        if member is not None:
            links = settings.communities.get(name)
            linked = {
                str(account): str(group[0])
                for group in (links.linked_accounts if links is not None else [])
                for account in group[1:]
            }
            return await _member(name, member, linked, limit, as_json)
        return await _standings(name, top, as_json)

    text, code = with_database(settings_path, db_url, read)
    click.echo(text)
    raise SystemExit(code)


async def _standings(community: str, top: int, as_json: bool) -> tuple[str, int]:
    rows = await ledger.standings(community, top)
    wrong = await ledger.disagreements(community)
    code = 1 if wrong else 0
    if as_json:
        data: dict[str, Any] = {
            "community": community,
            "standings": [ledger.as_json(row) for row in rows],
            "disagreements": {k: {"balance": b, "ledger": s} for k, (b, s) in wrong.items()},
        }
        return json.dumps(data, ensure_ascii=False, indent=2), code
    lines = [
        f"{community}: the {counted(len(rows), 'highest balance')}"
        if rows
        else f"{community}: no member holds points yet"
    ]
    lines += [
        f"{r.rank:>4}. {r.balance:>10,}  {_who(r.name, r.handle)}  {r.member}"
        + ("" if r.status == "member" else f"  ({r.status})")
        for r in rows
    ]
    if not wrong:
        lines.append("every balance is the sum of its ledger entries")
    for key, (balance, total) in wrong.items():
        lines.append(f"DIFFERS: {key} has a balance of {balance:,} but ledger entries of {total:,}")
    return "\n".join(lines), code


async def _member(
    community: str, given: str, linked: Mapping[str, str], limit: int, as_json: bool
) -> tuple[str, int]:
    try:
        found = await ledger.find_member(community, given, linked)
    except ledger.UnknownMember as exc:
        fail(f"--member: {exc}", EXIT_SETTINGS)
    rows = await ledger.entries(community, found.key, limit)
    wrong = await ledger.disagreements(community, found.key)
    code = 1 if wrong else 0
    if as_json:
        data = {
            "community": community,
            "member": found.key,
            "name": found.name,
            "status": found.status,
            "balance": int(found.balance),
            "ledger_sum": wrong[found.key][1] if wrong else int(found.balance),
            "entries": [ledger.as_json(row) for row in rows],
        }
        return json.dumps(data, ensure_ascii=False, indent=2), code
    head = f"{_who(found.name, found.handle)} ({found.key}): balance {int(found.balance):,}"
    if found.status != "member":  # left or banned: their balance stays, as the ledger
        head += f" ({found.status})"
    lines = [head]
    for key, (balance, total) in wrong.items():
        lines.append(f"DIFFERS: {key} has a balance of {balance:,} but ledger entries of {total:,}")
    if not rows:
        return "\n".join([*lines, "no ledger entries"]), code
    lines.append(f"latest {counted(len(rows), 'ledger entry', 'ledger entries')}:")
    lines += [
        f"  {r.created_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC  {r.delta:>+8,}  "
        + f"{r.reason:<12} {r.key}"
        + (f"  ({r.ref})" if r.ref else "")
        for r in rows
    ]
    return "\n".join(lines), code


def _who(name: str, handle: str) -> str:
    return f"{name or '?'}" + (f" @{handle}" if handle else "")
