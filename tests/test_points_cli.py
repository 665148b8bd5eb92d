"""`groupops points`: an operator reads balances and a member's ledger from the command line,
and hears of a balance that is not its ledger's sum."""

from __future__ import annotations

import asyncio
import json

from test_delivery_outbox import groupops
from test_points_identity import ROOM, code_in, two_platforms

from groupops.core.storage.models import Member


def _file_or_url(url: str) -> str:
    """SQLite's file as a plain path, as `simulate --db FILE` made it; other URLs as given."""
    return url.removeprefix("sqlite://").partition("?")[0] if url.startswith("sqlite") else url


async def test_a_ledger_with_nobody_in_it_says_so(harness_factory, tmp_path):
    """It said "club: the 0 highest balances"."""
    h = await harness_factory()
    await h.world.say(h.chat, h.user("ann"), "hello")
    await h.settle()
    code, table, err = await groupops("points", "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    assert table.splitlines() == [
        "club: no member holds points yet",
        "every balance is the sum of its ledger entries",
    ]


async def test_the_top_balances_and_one_members_ledger(harness_factory, tmp_path):
    h = await harness_factory()
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, bob, "签到")
    await h.world.say(h.chat, boss, "/give @ann 5 wrote the FAQ")
    await h.settle()

    (code, table, err), (_, listed, _), (_, own, _) = await asyncio.gather(
        groupops("points", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--json", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--member", "Ann", "--db", _file_or_url(h.db_url), cwd=tmp_path),
    )
    assert code == 0, err
    lines = table.splitlines()
    assert lines[0] == "club: the 2 highest balances"
    assert lines[1].split() == ["1.", "6", "Ann", ann]
    assert lines[2].split() == ["2.", "1", "Bob", bob]
    assert lines[-1] == "every balance is the sum of its ledger entries"
    data = json.loads(listed)
    assert [(row["member"], row["balance"]) for row in data["standings"]] == [(ann, 6), (bob, 1)]
    assert data["disagreements"] == {}
    head, count, *entries = own.splitlines()
    assert head == f"Ann ({ann}): balance 6"
    assert count == "latest 2 ledger entries:"
    assert [line.split()[3:5] for line in entries] == [["+5", "give"], ["+1", "checkin"]]


async def test_a_balance_that_is_not_its_ledgers_sum_is_reported(harness_factory, tmp_path):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "签到")
    await h.settle()
    await Member.filter(key=ann).update(balance=40)  # as a hand edit of the table would
    code, out, _ = await groupops("points", "--db", h.db_url, cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[-1] == f"DIFFERS: {ann} has a balance of 40 but ledger entries of 1"
    # one member's listing said "balance 40" and exit 0
    (code, out, _), (json_code, listed, _) = await asyncio.gather(
        groupops("points", "--member", "Ann", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--member", "Ann", "--json", "--db", h.db_url, cwd=tmp_path),
    )
    assert code == 1 and json_code == 1
    assert out.splitlines()[:2] == [
        f"Ann ({ann}): balance 40",
        f"DIFFERS: {ann} has a balance of 40 but ledger entries of 1",
    ]
    data = json.loads(listed)
    assert (data["balance"], data["ledger_sum"], data["status"]) == (40, 1, "member")


async def test_a_name_no_member_has_is_one_line_naming_it(harness_factory, tmp_path):
    h = await harness_factory()
    await h.world.say(h.chat, h.user("ann"), "签到")
    await h.world.say(h.chat, bob := h.user("bob"), "hello")
    await h.settle()
    (code, _, err), (other, _, said), (_, quiet, _), empty = await asyncio.gather(
        groupops("points", "--member", "@nobody", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--community", "elsewhere", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--member", "bob", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--member", " ", "--db", h.db_url, cwd=tmp_path),
    )
    # an empty name matched every member ("2 members have that name … give one")
    assert empty == (2, "", "--member: is empty: give an account, @handle or name\n")
    assert (code, err.strip()) == (
        2,
        "--member: '@nobody': no member of club has that name or @handle",
    )
    assert other == 2
    assert said.strip() == "--community: 'elsewhere' has no members here (known: club)"
    assert quiet.splitlines() == [f"Bob ({bob}): balance 0", "no ledger entries"]


async def test_a_linked_accounts_name_finds_its_member(harness_factory, tmp_path):
    h, wx, adapter, ann, ann_wx = await two_platforms(harness_factory)
    try:
        await h.world.say(h.chat, ann, "签到")
        await wx.say(ROOM, ann_wx, "签到")
        await h.world.say(h.chat, ann, "/link")
        await h.settle()
        await wx.say(ROOM, ann_wx, f"/link {code_in(h.world.private_texts(ann)[-1])}")
        await h.world.say(h.chat, ann, "/link confirm")
        await wx.say(ROOM, ann_wx, "hello")  # her WeChat name kept on its own record
        await h.settle()
    finally:
        await adapter.stop()
    (code, out, err), (_, table, _) = await asyncio.gather(
        groupops("points", "--member", "Ann W", "--db", h.db_url, cwd=tmp_path),
        groupops("points", "--db", h.db_url, cwd=tmp_path),
    )
    assert code == 0, err
    assert out.splitlines()[0] == f"Ann ({ann}): balance 2"  # her person, not the WeChat record
    lines = table.splitlines()[1:]  # one line for her; the moves between records balance out
    assert [lines[0].split(), lines[1:]] == [
        ["1.", "2", "Ann", ann],
        ["every balance is the sum of its ledger entries"],
    ]
