"""Importing a shop's order history: an order whose period ended before the import is
revenue and figures only (no membership starts, nobody is told, removed or announced, and
the import says how many were so); a fractional Stars amount and an order dated in the future
stop the import, naming the line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from support.harness import START
from test_paid_orders import PAID, PLANS

from groupops.core.cli import main
from groupops.core.points.orders import OrderInput, record_orders
from groupops.core.storage.models import MembershipPeriod, Order, PaidMembership


async def test_an_order_already_over_is_history_not_a_membership(harness_factory):
    h = await harness_factory(PLANS)
    ann = h.user("ann", chat=PAID)  # a former customer, still in the paid chat
    paid_at = START - timedelta(days=45)  # a 30-day plan, over 15 days ago
    order = OrderInput.parse("club", ann, "99", "CNY", "OLD-1", paid_at, "import", "basic")
    assert await record_orders(h.database, [order]) == 1
    h.clock.advance(minutes=5)
    await h.run_due("paid.")
    h.clock.advance(minutes=5)
    await h.run_due("paid.")  # and whatever the first run armed
    await h.settle()
    assert h.world.private_texts(ann) == []  # not "Your Monthly membership has ended"
    assert h.world.texts(PAID) == []  # nothing announced
    assert [a for a in h.world.log if a[0] in ("kick", "ban", "unban", "send_private")] == []
    assert h.world.chats[PAID].present(ann)
    assert await PaidMembership.filter(member=ann).count() == 0
    period = await MembershipPeriod.get(reference="OLD-1")  # the revenue and the figures
    assert (period.status, period.starts_at, period.ends_at) == (
        "paid",
        paid_at,
        paid_at + timedelta(days=30),
    )
    h.clock.advance(minutes=5)
    await h.run_due("paid.orders")  # counted once
    await h.settle()
    assert await MembershipPeriod.filter(reference="OLD-1").count() == 1


SETTINGS = """
[default.database]
url = "sqlite://orders.db"
[default.rulesets.shop.paid.plans.monthly]
title = "Monthly"
price = 500
currency = "XTR"
period = "30d"
[default.communities.club]
ruleset = "shop"
chats = ["local:main"]
"""


def _import(tmp_path, rows: str):
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "orders.csv").write_text(
        "member,amount,currency,reference,created_at,plan\n" + rows, encoding="utf-8"
    )
    args = ["orders", "import", str(tmp_path / "orders.csv")]
    return CliRunner().invoke(main, [*args, "--settings", str(tmp_path / "settings.toml")])


def _ago(**delta) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat(timespec="seconds")


def test_the_import_says_how_many_orders_were_already_over(tmp_path):
    result = _import(
        tmp_path,
        f"local:user:ann,500,XTR,A-1,{_ago(days=90)},monthly\n"
        f"local:user:bob,500,XTR,B-1,{_ago(days=2)},monthly\n"
        f"local:user:cy,500,XTR,C-1,{_ago(days=31)},\n",  # no plan: an order, no membership
    )
    assert (result.exit_code, result.output) == (
        0,
        "orders.csv: 3 orders recorded, 0 already known; 1 membership already over "
        "(recorded for revenue and the figures: no membership starts, nobody is told)\n",
    )


def _stored(tmp_path) -> int:
    import asyncio

    from groupops.core.storage.database import open_database

    async def count() -> int:
        database = await open_database(f"sqlite://{tmp_path / 'orders.db'}")
        try:
            return await Order.all().count()
        finally:
            await database.close()

    return asyncio.run(count()) if (tmp_path / "orders.db").exists() else 0


def test_a_fractional_stars_amount_stops_the_import(tmp_path):
    result = _import(
        tmp_path,
        f"local:user:ann,500,XTR,A-1,{_ago(days=1)},monthly\n"
        f"local:user:bob,500.50,XTR,B-1,{_ago(days=1)},monthly\n",
    )
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        "orders.csv line 3: amount '500.50' in XTR must be a whole number of Stars"
    ), result.output
    assert _stored(tmp_path) == 0


def test_an_order_dated_in_the_future_stops_the_import(tmp_path):
    later = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    result = _import(
        tmp_path,
        f"local:user:ann,500,XTR,A-1,{_ago(minutes=3)},monthly\n"
        f"local:user:bob,500,XTR,B-1,{later.isoformat()},monthly\n",
    )
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        f"orders.csv line 3: created_at '{later.isoformat()}' is in the future (more than 5 "
        "minutes ahead of now)"
    ), result.output
    assert _stored(tmp_path) == 0
    skew = (datetime.now(UTC) + timedelta(minutes=2)).isoformat(timespec="seconds")
    result = _import(tmp_path, f"local:user:ann,500,XTR,A-1,{skew},monthly\n")  # a clock ahead
    assert result.exit_code == 0, result.output
