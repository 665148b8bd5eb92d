"""`groupops orders import FILE.csv`: orders recorded once by reference, bad rows named."""

from __future__ import annotations

import asyncio

from click.testing import CliRunner

from groupops.core.cli import main
from groupops.core.storage.database import open_database
from groupops.core.storage.models import Order

SETTINGS = """
[default.database]
url = "sqlite://orders.db"
[default.rulesets.shop]
timezone = "Asia/Shanghai"
[default.communities.club]
ruleset = "shop"
chats = ["local:main"]
"""
CSV = """member,amount,currency,reference,created_at
local:user:ann,99.00,CNY,A-1,2026-03-02T10:00:00+08:00
local:user:ann,19.90,,A-2,
local:user:bob,5,usd,B-1,2026-03-03T09:00:00+00:00
"""


async def stored(path) -> list[tuple]:
    database = await open_database(f"sqlite://{path}")
    try:
        rows = (
            await Order.all()
            .order_by("reference")
            .values_list("member", "amount", "currency", "reference", "source")
        )
        return [(m, str(a), c, r, s) for m, a, c, r, s in rows]
    finally:
        await database.close()


def test_import_records_orders_once_and_names_bad_rows(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS)
    first, bad = tmp_path / "march.csv", tmp_path / "bad.csv"
    first.write_text(CSV)
    bad.write_text("member,amount,reference\nlocal:user:ann,ten,A-9\n")
    runner = CliRunner()
    args = ["orders", "import", "--settings", str(settings)]
    once = runner.invoke(main, [*args, str(first)])
    twice = runner.invoke(main, [*args, str(first)])
    wrong = runner.invoke(main, [*args, str(bad)])
    assert (once.exit_code, once.output) == (0, "march.csv: 3 orders recorded, 0 already known\n")
    assert (twice.exit_code, twice.output) == (0, "march.csv: 0 orders recorded, 3 already known\n")
    assert wrong.exit_code == 2
    assert "bad.csv line 2: amount 'ten' is not a number (expected e.g. 99.00)" in wrong.output
    assert asyncio.run(stored(tmp_path / "orders.db")) == [
        ("local:user:ann", "99.00", "CNY", "A-1", "import"),
        ("local:user:ann", "19.90", "CNY", "A-2", "import"),
        ("local:user:bob", "5.00", "USD", "B-1", "import"),
    ]
