"""`groupops orders` (or `groupops orders list`): a community's latest orders, newest first, in
the operator's language, each with what became of it: counted, refunded, or held for the
admins (a Stars payment no plan accounted for) and why, as the admin chat was told. The held
ones are no orders in the report; the listing ends with the report's own line counting them.
Reads only; a running bot may keep going."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..days import zone
from ..i18n import choose
from ..i18n.render import render_text
from ..money import amount_text
from ..paid.order_list import ListedOrder, list_orders, order_communities
from ..segments import I18nText, T
from ..settings import Settings
from .common import (
    catalog_locale,
    chosen_community,
    db_option,
    settings_option,
    with_database,
)

MOST = 1000  # --limit at most: a larger listing is an export's job
# the report's own line: a held payment reads the same in both
HELD_LINE = T("Payments held for the admins (not orders): {held}")


def listing_options(command: Callable[..., None]) -> Callable[..., None]:
    """The listing's options: `orders list` takes them, and so does `orders` alone."""
    for option in reversed((
        click.option("--community", default=None, help="The community (default: the only one)."),
        click.option("--limit", type=click.IntRange(1, MOST), default=50, show_default=True,
                     help="How many of the latest orders to list."),
        click.option("--locale", default=None, callback=catalog_locale,
                     help="The language to list in (default: the community's)."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table."),
        db_option(),
        settings_option,
    )):  # fmt: skip
        command = option(command)
    return command


@click.command("list")
@listing_options
def list_command(
    community: str | None,
    limit: int,
    locale: str | None,
    as_json: bool,
    db_url: str | None,
    settings_path: Path | None,
) -> None:
    """List the latest orders: counted, refunded, or held for the admins and why."""

    async def read(settings: Settings) -> str:
        name = chosen_community(await order_communities(), community, "orders")
        said_in, timezone = _reader(settings, name, locale)
        listed = await list_orders(name, limit)
        if as_json:
            return json.dumps([_as_dict(o, said_in, timezone) for o in listed], indent=2)
        title = settings.communities[name].title_in(said_in) if name in settings.communities else ""
        return "\n".join(_text(listed, title or name, said_in, timezone))

    click.echo(with_database(settings_path, db_url, read))


def _reader(settings: Settings, community: str, given: str | None) -> tuple[str, str]:
    """The language and time zone to list in: --locale, else the community's, as the report."""
    config = settings.communities.get(community)
    if config is None:  # a database read without its settings
        return choose((given,), settings.i18n.default_locale), "UTC"
    ruleset = settings.rulesets[config.ruleset]
    said_in = choose((given, config.locale, ruleset.locale), settings.i18n.default_locale)
    return said_in, settings.clock_of(community).timezone


def _text(listed: list[ListedOrder], title: str, locale: str, timezone: str) -> list[str]:
    def said(text: I18nText) -> str:
        return render_text(text, locale, timezone)

    if not listed:
        return [said(T("No orders are recorded for {community}.", community=title))]
    lines = [said(T("Orders of {community}, newest first:", community=title))]
    for order in listed:
        status = order.said_status()
        cells = [
            _when(order, timezone),
            order.reference,
            f"{order.name} ({order.member})" if order.name else order.member,
            f"{amount_text(order.amount, order.currency)} {order.currency}",
            order.source,
            order.plan,
            said(status) if status else "",
        ]
        lines.append("  ".join(c for c in cells if c))
    held = sum(o.status == "held" for o in listed)
    if held:
        lines.append(said(I18nText(HELD_LINE.msgid, {"held": held})))
    return lines


def _when(order: ListedOrder, timezone: str) -> str:
    return order.created_at.astimezone(zone(timezone)).strftime("%Y-%m-%d %H:%M")


def _as_dict(order: ListedOrder, locale: str, timezone: str) -> dict[str, Any]:
    status = order.said_status()
    why = order.why
    return {
        "created_at": order.created_at.isoformat(),
        "reference": order.reference,
        "member": order.member,
        "name": order.name,
        "amount": amount_text(order.amount, order.currency),
        "currency": order.currency,
        "source": order.source,
        "plan": order.plan or None,
        "status": order.status,
        "why": (render_text(why, locale, timezone) if isinstance(why, I18nText) else why) or None,
        "said": render_text(status, locale, timezone) if status else "",
    }
