"""Typed state that owns its writes: a slice's change and its row are one call, rows are named
types checked against the models when the application starts, and a refused commit leaves
memory as the database has it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import pytest

from groupops.core.app import load_features
from groupops.core.points.checkin import CHECKIN_INSERT, CheckinDays, CheckinRow, Checkins
from groupops.core.privacy.erase import DELETED, PSEUDONYMISED
from groupops.core.storage.columns import RowMismatch, check_statements, model_columns
from groupops.core.storage.models import Checkin
from groupops.core.storage.statements import Insert, Upsert, declared, insert, sql, update


class Recorded:
    """A unit of work that keeps what was written, in order."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, tuple[Any, ...]]] = []

    def write(self, statement: Any, row: tuple[Any, ...]) -> None:
        self.rows.append((statement, row))


def test_a_checkin_changes_memory_and_queues_its_row_in_one_call():
    checkins = Checkins("club")
    writes = Recorded()
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    days = checkins.record(writes, "local:user:ann", date(2026, 3, 2), at)
    assert date(2026, 3, 2) in days and checkins["local:user:ann"] is days
    assert writes.rows == [
        (CHECKIN_INSERT, CheckinRow("club", "local:user:ann", date(2026, 3, 2), at))
    ]
    assert writes.rows[0][1].day == date(2026, 3, 2)  # a named row, still the tuple written


def test_every_declared_row_fits_its_model():
    load_features()
    assert CHECKIN_INSERT in declared()
    check_statements()  # what the application runs at start
    tables = model_columns()
    for statement in declared():
        if isinstance(statement, Insert):
            assert set(statement.columns) <= tables[statement.table]


class Misnamed(NamedTuple):
    community: str
    member: str
    date: date  # the model calls it `day`
    created_at: datetime


class Short(NamedTuple):
    community: str


def test_a_row_out_of_step_with_its_model_is_named_with_table_and_column():
    wrong = Insert("checkins", ("community", "member", "date", "created_at"), row=Misnamed)
    with pytest.raises(RowMismatch, match="Misnamed: table 'checkins' has no column 'date'"):
        check_statements([wrong])
    with pytest.raises(RowMismatch, match="no table 'checkin'"):
        check_statements([Insert("checkin", ("community",), row=Short)])
    hand_written = sql("DELETE FROM checkins WHERE community = ? AND member = ?", Short)
    with pytest.raises(RowMismatch, match="Short: 1 fields for 2 placeholders"):
        check_statements([hand_written])
    changes_more = Upsert(
        "checkins", ("community",), key=("community",), update=("day",), row=Short
    )
    with pytest.raises(RowMismatch, match="upsert changes 'day', not among its columns"):
        check_statements([changes_more])
    with pytest.raises(ValueError, match="must end with the key columns"):
        update("checkins", Short, key=("member",))
    assert insert("checkins", CheckinRow).columns == ("community", "member", "day", "created_at")


def test_what_forgetting_a_member_touches_is_in_the_models():
    tables = model_columns()
    for table, column in (*DELETED, *PSEUDONYMISED):
        assert column in tables.get(table, ()), f"{table}.{column}"


async def test_a_refused_commit_reloads_the_slice_and_the_checkin_counts_once(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    refusals = [RuntimeError("refused once")]

    async def refuse_once(conn: Any, communities: set[str]) -> None:
        if refusals:
            raise refusals.pop()

    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    before = h.engine.state.get("club")
    assert before is not None
    h.engine.commit_guards.append(refuse_once)
    await h.world.say(h.chat, ann, "签到")
    await h.settle()
    h.engine.commit_guards.remove(refuse_once)
    assert not refusals  # the first commit was refused
    after = h.engine.state.get("club")
    assert after is not None and after is not before  # reloaded from the database
    checkins = after.slices[CheckinDays]
    assert checkins is not before.slices[CheckinDays]
    day = after.clock.day_of(h.clock.now())
    assert day in checkins[ann] and checkins[ann].first == checkins[ann].last == day
    assert await h.rows(Checkin, community="club") == 1
    assert await h.balance(ann) == 1 == after.members[ann].balance
    assert h.world.texts(h.chat) == ["Ann checked in: +1 point. 1 day in a row, balance 1."]
