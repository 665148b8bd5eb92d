"""`groupops verify-draw`: recompute a published giveaway draw.

From a record file (what the operator published) or straight from the database by campaign
name; `--export` writes the record for others to check. Exit 0: every claim holds; 1: a claim
does not hold (the output says which); 2: no record could be read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..campaigns.draw import V1, DrawRecord, verify
from ..campaigns.draw_report import announced, notes
from ..storage.database import open_database
from ..storage.models import Campaign
from ..textfile import read_text
from .common import EXIT_SETTINGS, base_dir, fail, load, run_async, settings_option

EXIT_MISMATCH = 1


def record_from_state(community: str, name: str, config: dict, state: dict) -> DrawRecord:
    if "secret" not in state or state.get("drawn") is None:
        raise ValueError(f"giveaway {name!r} of {community!r} has not been drawn yet")
    return DrawRecord(
        community=community,
        campaign=name,
        entrants=state["entrants"],
        digest=state["digest"],
        commitment=state["commitment"],
        secret=state["secret"],
        winners=config["winners"],
        drawn=state["drawn"],
        version=state.get("version", V1),  # launched before the names were bound: v1
        removed=state.get("removed", []),
        # replaced before the reason was kept: who, at least
        replaced=state.get("replaced")
        or [{"member": m, "reason": "", "by": "", "at": ""} for m in state.get("forfeited", ())],
    )


def _no_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each said once: with a key twice, a reader would see one
    value and the check another (json keeps the last)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {key!r} is in the record twice")
        found[key] = value
    return found


async def _from_database(url: str, base: Path, community: str | None, name: str) -> DrawRecord:
    database = await open_database(url, base_dir=base, existing=True)
    try:
        rows = Campaign.filter(name=name, kind="lottery")
        if community:
            rows = rows.filter(community=community)
        found = await rows.all()
    finally:
        await database.close()
    if len(found) != 1:
        where = f" in community {community!r}" if community else ""
        problem = "no giveaway" if not found else "several giveaways (pass --community)"
        raise ValueError(f"{problem} named {name!r}{where}")
    row = found[0]
    return record_from_state(row.community, row.name, json.loads(row.config), json.loads(row.state))


@click.command("verify-draw")
@click.argument("record_file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--campaign", default=None, help="Read the draw of this giveaway from the database.")
@click.option("--community", default=None, help="The giveaway's community (if names clash).")
@click.option(
    "--export",
    "export_path",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the draw record here (JSON) for others to verify.",
)
@settings_option
def verify_draw(
    record_file: Path | None,
    campaign: str | None,
    community: str | None,
    export_path: Path | None,
    settings_path: Path | None,
) -> None:
    """Recompute a giveaway draw: entrant digest, secret commitment and winner order."""
    if (record_file is None) == (campaign is None):
        fail("give a draw record file or --campaign NAME (one of them)", EXIT_SETTINGS)
    try:
        if record_file is not None:
            text = read_text(record_file).text  # saved by Notepad: with a BOM, or as UTF-16
            record = DrawRecord.from_mapping(json.loads(text, object_pairs_hook=_no_twice))
        else:
            settings, path = load(settings_path, required=False, quiet=True)
            record = run_async(
                _from_database(settings.database.url, base_dir(path), community, str(campaign))
            )
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        fail(f"cannot read the draw: {exc}", EXIT_SETTINGS)
    if export_path is not None:
        export_path.write_text(record.to_json() + "\n", "utf-8")
    click.echo(f"draw {record.community}/{record.campaign} ({record.version})")
    checks = verify(record)
    for check in checks:
        click.echo(f"  {'ok ' if check.ok else 'BAD'}  {check.name:<11} {check.detail}")
    for line in notes(record):
        click.echo(f"       {line}")
    if not all(check.ok for check in checks):
        failed = ", ".join(check.name for check in checks if not check.ok)
        click.echo(f"MISMATCH: {failed} do not match the record")
        raise SystemExit(EXIT_MISMATCH)
    click.echo("VERIFIED: the published winners follow from the entrants and the secret")
    if record.replaced is None and len(record.drawn) > record.winners:
        click.echo("WARNING: the record does not say which drawn entrants were replaced, or why")
    # names are not part of the sums: the announcements bind the record to its giveaway
    click.echo(f"compare each figure with what was announced in {record.community}'s chat:")
    for when, figure in announced(record):
        click.echo(f"  {when:<20} {figure}")
    click.echo("  a figure that differs means this record is not the draw that was announced")
