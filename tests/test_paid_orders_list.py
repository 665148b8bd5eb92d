"""`groupops orders` lists a community's orders for the operator, in their language: a Stars
payment held for the admins (one no plan accounted for) says so and why, as the admin chat was
told, and the listing counts the held ones on the report's own line; a payment that bought its
plan reads as an order."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest
from click.testing import CliRunner
from support.databases import migrated_sqlite
from support.fake_telegram import payments
from support.telegram_harness import TelegramHarness
from test_paid_held import CHARGE
from test_paid_telegram import ANN, BOB, BOUGHT, PLANS, _paid, buy, invoiced

from groupops.core.cli import main
from groupops.core.storage.database import open_database
from groupops.core.storage.models import AuditEntry, Order

SETTINGS = """\
[default.rulesets.main]
timezone = "Asia/Shanghai"
[default.communities.club]
ruleset = "main"
title = "Test Club"
chats = ["telegram:-1001234567890"]
"""


async def held_and_bought(db_url: str) -> None:
    """Ann pays 1 Star for the 500-Star plan (held for the admins); Bob buys it."""
    h = await TelegramHarness.open("aiogram", db_url, PLANS)
    try:
        h.world.group(-1009876543210, "VIP Club")
        h.clock.set(BOUGHT)
        await invoiced(h)
        _paid(h, 1, "@club|paid|basic")
        payments.ledger(h.world).stars[ANN] = 1
        await h.settle()
        h.member(BOB, "Bob", language="zh-hans")  # buy() checks the invoice is in Chinese
        h.world.private(BOB)
        await buy(h, BOB, "Bob")
    finally:
        await h.close()


@pytest.fixture
def listing(tmp_path, db_url):
    """`groupops orders …` on a database where Ann's payment was held and Bob's bought."""
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    db = db_url
    asyncio.run(held_and_bought(db))

    def run(*args: str):
        return CliRunner().invoke(main, ["orders", *args, "--settings", str(settings), "--db", db])

    return run


def test_a_held_payment_is_listed_as_held_and_why(listing):
    result = listing()
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Orders of Test Club, newest first:"
    bobs = [line for line in lines if f"telegram:user:{BOB}" in line]
    assert len(bobs) == 1 and bobs[0].endswith("500 XTR  stars  basic"), lines
    assert f"2026-03-03 02:30  {CHARGE}  Ann (telegram:user:{ANN})  1 XTR  stars  held for the " \
        "admins (not an order): 1 XTR paid, the plan costs 500 XTR" in lines  # fmt: skip
    assert lines[-1] == "Payments held for the admins (not orders): 1"


def test_the_listing_speaks_the_operators_language(listing):
    result = listing("list", "--locale", "ru")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Заказы Test Club, сначала новые:"
    held = [line for line in lines if CHARGE in line]
    assert held[0].endswith(
        "ожидает решения админов (не заказ): оплачено 1 XTR, план стоит 500 XTR"
    ), held
    assert lines[-1] == "Платежи, ожидающие решения админов (не заказы): 1"


async def held_before_reasons_were_kept(db_url: str) -> None:
    """A database of an earlier release: its held payment's audit entry has the reason only
    as English evidence."""
    database = await open_database(db_url)
    try:
        await Order.create(community="club", member="telegram:user:42", amount=Decimal(500),
                           currency="XTR", reference="ch_old", source="stars",
                           created_at=BOUGHT)  # fmt: skip
        await AuditEntry.create(
            id="e#a0", community="club", actor="system", action="paid.unmatched",
            target="telegram:user:42", evidence="no plan 'gold'", outcome="done",
            detail=json.dumps({"charge": "ch_old"}), created_at=BOUGHT,
        )  # fmt: skip
    finally:
        await database.close()


def test_a_payment_held_by_an_earlier_release_says_why_as_it_was_logged(tmp_path):
    db = asyncio.run(migrated_sqlite(tmp_path / "old.db"))
    asyncio.run(held_before_reasons_were_kept(db))
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    settings = ["--settings", str(tmp_path / "settings.toml"), "--db", db]
    result = CliRunner().invoke(main, ["orders", *settings])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == (
        "2026-03-03 02:30  ch_old  telegram:user:42  500 XTR  stars  held for the admins "
        "(not an order): no plan 'gold'"
    )
    unknown = CliRunner().invoke(main, ["orders", "list", "--community", "clb", *settings])
    assert unknown.exit_code == 2
    assert "--community: 'clb' has no orders here (known: club)" in unknown.output
