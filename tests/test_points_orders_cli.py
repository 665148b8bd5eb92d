"""`groupops orders import FILE.csv`: orders recorded once by reference, bad rows named."""

from __future__ import annotations

import asyncio

import pytest
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
    huge = tmp_path / "huge.csv"  # more than orders.amount holds (PostgreSQL refused it)
    huge.write_text("member,amount,reference\nlocal:user:ann,123456789012345.99,A-10\n")
    runner = CliRunner()
    args = ["orders", "import", "--settings", str(settings)]
    once = runner.invoke(main, [*args, str(first)])
    twice = runner.invoke(main, [*args, str(first)])
    wrong = runner.invoke(main, [*args, str(bad)])
    assert (once.exit_code, once.output) == (0, "march.csv: 3 orders recorded, 0 already known\n")
    assert (twice.exit_code, twice.output) == (0, "march.csv: 0 orders recorded, 3 already known\n")
    assert wrong.exit_code == 2
    assert "bad.csv line 2: amount 'ten' is not a number (expected e.g. 99.00)" in wrong.output
    too_large = runner.invoke(main, [*args, str(huge)])
    assert too_large.exit_code == 2
    assert (
        "huge.csv line 2: amount '123456789012345.99' is too large (at most 999999999999.99)"
    ) in too_large.output
    assert asyncio.run(stored(tmp_path / "orders.db")) == [
        ("local:user:ann", "99.00", "CNY", "A-1", "import"),
        ("local:user:ann", "19.90", "CNY", "A-2", "import"),
        ("local:user:bob", "5.00", "USD", "B-1", "import"),
    ]


GBK_CSV = "member,amount,currency,reference\r\nwechat:user:张三,88.00,CNY,订单-1\r\n"


def _import(tmp_path, name: str, data: bytes, *extra: str):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS)
    file = tmp_path / name
    file.write_bytes(data)
    args = ["orders", "import", "--settings", str(settings), *extra, str(file)]
    return CliRunner().invoke(main, args)


def test_a_csv_saved_by_excel_on_chinese_windows_is_read_as_gbk(tmp_path):
    result = _import(tmp_path, "excel.csv", GBK_CSV.encode("gbk"))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (result.exit_code, result.output) == (
        0,
        "excel.csv: 1 order recorded, 0 already known (read as gb18030)\n",
    )
    assert asyncio.run(stored(tmp_path / "orders.db")) == [
        ("wechat:user:张三", "88.00", "CNY", "订单-1", "import"),
    ]


def test_encoding_can_be_named_and_an_unknown_one_is_refused(tmp_path):
    big5 = "member,amount,currency,reference\nwechat:user:張三,88.00,CNY,訂單-1\n"
    named = _import(tmp_path, "big5.csv", big5.encode("big5"), "--encoding", "big5")
    assert named.exit_code == 0, named.output
    unknown = _import(tmp_path, "x.csv", GBK_CSV.encode(), "--encoding", "klingon")
    assert unknown.exit_code == 2
    assert unknown.output == (
        "--encoding: 'klingon' is not a known encoding (e.g. utf-8, gbk, gb18030)\n"
    )
    assert asyncio.run(stored(tmp_path / "orders.db")) == [
        ("wechat:user:張三", "88.00", "CNY", "訂單-1", "import"),
    ]


def test_undecodable_bytes_and_short_rows_name_the_line_and_import_nothing(tmp_path):
    good = b"local:user:ann,1,CNY,R-1\n"
    garbled = _import(tmp_path, "bad.csv", b"member,amount,currency,reference\n" + good
                      + b"local:user:bob,2,CNY,\xff\xfe\n")  # fmt: skip
    assert garbled.exit_code == 2
    assert garbled.output.count("\n") == 1
    assert "bad.csv line 3: bytes ff fe 0a are not utf-8-sig or gb18030 text" in garbled.output
    assert "pass --encoding" in garbled.output
    short = _import(tmp_path, "short.csv", b"member,amount,reference\n" + good[:-5] + b"\n"
                    + b"local:user:bob,2\n")  # fmt: skip
    assert short.exit_code == 2
    assert short.output == (
        f"{tmp_path / 'short.csv'} line 3: reference is empty (expected the shop's own order id)\n"
    )
    assert asyncio.run(stored(tmp_path / "orders.db")) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # the column was dropped: the order stored as CNY
            "member,amount,reference,curency\nlocal:user:ann,10,A-1,USD\n",
            "bad.csv: unknown column 'curency' (did you mean 'currency'?) (known: member, "
            "amount, reference, currency, created_at, community, coupon, plan)",
        ),
        (
            "member,amount,reference\nlocal:user:ann,10,A-1,extra\n",
            "bad.csv line 2: more cells than the header names",
        ),
        (  # the rest of the file had become one cell
            'member,amount,reference\nlocal:user:ann,10,A-1\nlocal:user:bob,"10,B-1\n',
            "bad.csv line 3: not valid CSV (unexpected end of data)",
        ),
        (  # ended in decimal.InvalidOperation's traceback; exponents are not written amounts
            "member,amount,reference\nlocal:user:ann,1e9999,A-1\n",
            "bad.csv line 2: amount '1e9999' is not a number (expected e.g. 99.00)",
        ),
        (  # stored as 0.00
            "member,amount,reference\nlocal:user:ann,0.001,A-1\n",
            "bad.csv line 2: amount '0.001' has more than two decimal places",
        ),
    ],
)
def test_a_bad_file_is_refused_whole_with_its_line(tmp_path, text, said):
    result = _import(tmp_path, "bad.csv", text.encode())
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"{tmp_path}/{said}"
    database = tmp_path / "orders.db"
    assert not database.exists() or asyncio.run(stored(database)) == []


@pytest.mark.parametrize(
    ("amount", "problem"),
    [
        ("1e3", "amount '1e3' is not a number (expected e.g. 99.00)"),
        ("0", "amount '0' must be more than zero"),
        ("0.00", "amount '0.00' must be more than zero"),
    ],
)
def test_import_refuses_exponents_and_zero_amounts(tmp_path, amount, problem):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS)
    rows = tmp_path / "rows.csv"
    rows.write_text(f"member,amount,reference\nlocal:user:ann,5,A-1\nlocal:user:ann,{amount},A-2\n")
    done = CliRunner().invoke(main, ["orders", "import", "--settings", str(settings), str(rows)])
    assert done.exit_code == 2
    assert f"rows.csv line 3: {problem}" in done.output
    assert asyncio.run(stored(tmp_path / "orders.db")) == []
