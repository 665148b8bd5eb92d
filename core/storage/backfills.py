"""What a column added to an older database says of the rows it finds, where the model's
default alone would say something false about some of them.

`members.join_seen` (a join the platform reported, not a first message) defaults to false: a
member there before the bot is no newcomer. An earlier release recorded joins without saying
which they were, so false for every row would take the members who joined just before the
upgrade for old hands: their links would skip the newcomer rules and their invite codes be
refused as too late. Those whose first record is recent are taken as joins that release saw,
as it treated them itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True, slots=True)
class Backfill:
    statement: str  # {true} and {since} filled as the dialect writes them
    said: str  # appended to the change's line
    within: timedelta

    def sql(self, literal: Callable[[object, str], str], dialect: str) -> str:
        since = datetime.now(UTC) - self.within
        return self.statement.format(true=literal(True, dialect), since=literal(since, dialect))


BACKFILLS: dict[tuple[str, str], Backfill] = {
    ("members", "join_seen"): Backfill(
        'UPDATE "members" SET "join_seen" = {true} WHERE "joined_at" >= {since}',
        "; members who joined in the last 7 days: joins an earlier release saw, newcomers still",
        timedelta(days=7),
    ),
}
