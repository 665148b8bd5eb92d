"""`groupops orders import FILE.csv`: record purchases from a shop's export (`groupops
orders` lists the latest: order_list.py).

Columns (a header row names them): member, amount, reference, and optionally currency
(default CNY), created_at (ISO 8601 with offset; default now), community (default: the
only community, or --community), coupon (a coupon code the order used: redeemed once; an
unknown, used, expired or someone else's code stops the import) and plan (a paid plan of the
community's ruleset: the running engine starts or extends the member's membership from the
order's created_at, once; an order whose period has ended is history, revenue only; an
amount below the plan's price, or in a currency it is not sold in, stops the import;
docs/membership.md). A created_at in the future (beyond CLOCK_SKEW) and a fractional XTR
amount stop it too.
Orders already recorded (same reference) are skipped.
The file may be UTF-8 or, as Excel saves it on Chinese Windows, GBK (`core/textfile.py`);
`--encoding` names another. A bad line stops the import before anything is recorded.
"""

from __future__ import annotations

import csv
import difflib
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from ..counted import counted
from ..points.coupons import COUPON_REDEEM, coupon_problems, redeem_row
from ..points.orders import OrderError, OrderInput, record_orders
from ..storage.database import open_database
from ..textfile import UndecodableFile, read_text
from .common import base_dir, fail, load, run_async, settings_option
from .order_list import list_command, listing_options

REQUIRED = ("member", "amount", "reference")
COLUMNS = (*REQUIRED, "currency", "created_at", "community", "coupon", "plan")
CLOCK_SKEW = timedelta(minutes=5)  # a shop's clock a little ahead is not a future order


@click.group(invoke_without_command=True)
@listing_options
@click.pass_context
def orders(ctx: click.Context, **listing: Any) -> None:
    """Orders (purchases) used by consumption tiers and the conversion KPI."""
    if ctx.invoked_subcommand is None:  # `groupops orders`: the latest, as `orders list`
        ctx.invoke(list_command, **listing)


orders.add_command(list_command)


@orders.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--community", default=None, help="Community for rows without one.")
@click.option("--encoding", default=None, help="The file's encoding (default: UTF-8 or GBK).")
@settings_option
def import_orders(
    file: Path, community: str | None, encoding: str | None, settings_path: Path | None
) -> None:
    """Import orders from FILE (CSV); duplicates by reference are ignored."""
    settings, path = load(settings_path, required=False, quiet=True)
    names = sorted(settings.communities)
    default = community or (names[0] if len(names) == 1 else None)
    if community is not None and community not in settings.communities:
        fail(f"--community: {community!r} is not a community (known: {', '.join(names)})", 2)
    try:
        decoded = read_text(file, encoding)
    except UndecodableFile as exc:
        fail(str(exc), 2)
    parsed: list[OrderInput] = []
    past: set[tuple[str, str]] = set()  # (community, reference): a membership already over
    now = datetime.now(UTC)
    coupons: list[tuple[int, str, OrderInput]] = []  # line, code, the order that used it
    # strict: an unterminated quote is an error, not the rest of the file in one cell
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""), strict=True)
    try:
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
        if missing:
            fail(f"{file}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED)})", 2)
        unknown = [c for c in reader.fieldnames or () if c not in COLUMNS]
        if unknown:  # a misspelt optional column would be dropped: "curency" stored as CNY
            fail(f"{file}: {unknown_columns(unknown)} (known: {', '.join(COLUMNS)})", 2)
        for row in reader:
            line = reader.line_num
            if None in row:
                fail(f"{file} line {line}: more cells than the header names", 2)
            cell = {key: (value or "").strip() for key, value in row.items() if key}
            name = cell.get("community") or default
            if name is None or name not in settings.communities:
                fail(f"{file} line {line}: community {name!r} is unknown; pass --community", 2)
            plan = (cell.get("plan") or "").lower()
            plans = settings.rulesets[settings.communities[name].ruleset].paid.plans
            if plan and plan not in plans:
                known = ", ".join(plans) or "none"
                fail(
                    f"{file} line {line}: plan {plan!r} is not a plan of {name} (known: {known})", 2
                )
            try:
                parsed.append(
                    OrderInput.parse(
                        name, cell["member"], cell["amount"], cell.get("currency") or "CNY",
                        cell["reference"], cell.get("created_at") or None, "import", plan,
                    )
                )  # fmt: skip
            except OrderError as exc:
                fail(f"{file} line {line}: {exc}", 2)
            if plan and (short := plans[plan].shortfall(parsed[-1].amount, parsed[-1].currency)):
                # the Stars path would hold such a payment; a file can be put right first
                fail(f"{file} line {line}: does not pay for plan {plan!r}: {short}", 2)
            if parsed[-1].created_at > now + CLOCK_SKEW:  # it would start now, count this month
                fail(f"{file} line {line}: created_at {cell['created_at']!r} is in the future "
                     f"(more than {CLOCK_SKEW.seconds // 60} minutes ahead of now)", 2)  # fmt: skip
            if plan and plans[plan].over(parsed[-1].created_at, now):
                past.add((name, parsed[-1].reference))
            if cell.get("coupon"):
                coupons.append((line, cell["coupon"], parsed[-1]))
    except csv.Error as exc:
        # line_num counts the lines of the rows read whole: the bad one starts after them
        fail(f"{file} line {reader.line_num + 1}: not valid CSV ({exc})", 2)

    async def go() -> tuple[int, int] | list[str]:
        from ..storage.models import Order

        database = await open_database(settings.database.url, base_dir=base_dir(path))
        try:
            for name in {order.community for _, _, order in coupons}:
                wanted = [(line, code, o.member, o.created_at, f"order:{o.reference}")
                          for line, code, o in coupons if o.community == name]  # fmt: skip
                problems = await coupon_problems(name, wanted)
                if problems:
                    return problems
            known = {
                (o.community, o.reference)
                for o in await Order.filter(reference__in=[r for _, r in past]).only(
                    "community", "reference"
                )
            }
            added = await record_orders(database, parsed)
            if coupons:
                rows = [redeem_row(o.community, code, f"order:{o.reference}", o.created_at)
                        for _, code, o in coupons]  # fmt: skip
                async with database.transaction() as conn:
                    await database.write(conn, [(COUPON_REDEEM, rows)])
            return added, len(past - known)
        finally:
            await database.close()

    done = run_async(go())
    if isinstance(done, list):
        fail(f"{file}: " + "; ".join(done), 2)
    added, ended = done
    read_as = "" if decoded.encoding.startswith("utf-8") else f" (read as {decoded.encoding})"
    history = (
        f"; {counted(ended, 'membership')} already over (recorded for revenue and the figures: "
        "no membership starts, nobody is told)"
        if ended
        else ""
    )
    click.echo(
        f"{file.name}: {counted(added, 'order')} recorded, {len(parsed) - added} already "
        f"known{history}{read_as}"
    )


def unknown_columns(names: list[str]) -> str:
    """ "unknown column 'curency' (did you mean 'currency'?)", for each name."""
    said = []
    for name in names:
        close = difflib.get_close_matches(name, COLUMNS, n=1)
        said.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    return f"unknown column{'s' if len(names) > 1 else ''} " + ", ".join(said)
