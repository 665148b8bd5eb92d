"""The activity recorder: per chat and community day, messages, distinct speakers, joins,
leaves and the member count the platform reports.

The hot path stays cheap: counters are tallied in memory and written once per key per batch
(`UnitOfWork.tally`); a speaker is written once a day (the slice remembers who was); the
platform is asked for the member count once per chat a day, in `prepare`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from loguru import logger

from ..adapter_queries import MemberQueries, Readership
from ..commands import is_command_text
from ..days import CommunityClock
from ..engine import Component, Context, Slice, Writes, component
from ..events import Event, LeaveReason, MemberJoined, MemberLeft, MessageReceived
from ..refs import Ref
from ..storage.models import MemberSample, SpeakerDay
from .tables import (
    ACTIVITY_TALLY,
    MOVE_INSERT,
    SAMPLE_INSERT,
    SPEAKER_INSERT,
    MoveRow,
    SampleRow,
    SpeakerRow,
)

ASK_TIMEOUT = 3.0  # seconds the platform gets to tell a member count
RETRY_AFTER = timedelta(minutes=10)  # after a failed count, before asking that chat again


@dataclass(frozen=True, slots=True)
class Sample:
    members: int | None
    readership: Readership | None = None

    def before(self, event: Event) -> Sample:
        """The count as it stood before `event`: the platform answers with its current count,
        which holds a joiner already and no longer the member who left. The day's count is
        its membership at the start, before its first event."""
        change = MEMBERS_CHANGE.get(type(event), 0)
        if self.members is None or not change:
            return self
        return Sample(max(0, self.members - change), self.readership)


MEMBERS_CHANGE: dict[type[Event], int] = {MemberJoined: 1, MemberLeft: -1}


@dataclass(slots=True)
class Recent:
    """What was already written for the current days: speakers and member samples."""

    speakers: set[tuple[str, date, str]] = field(default_factory=set)
    sampled: set[tuple[str, date]] = field(default_factory=set)
    fetched: dict[tuple[str, date], Sample] = field(default_factory=dict)  # prepare -> handle
    retry_at: dict[str, datetime] = field(default_factory=dict)  # after a failed count
    day: date | None = None
    bounds: tuple[datetime, datetime, date] | None = None  # the current day's start and end

    def day_of(self, clock: CommunityClock, moment: datetime) -> date:
        """The community day of `moment`; two comparisons instead of a time-zone conversion
        while events stay within one day."""
        bounds = self.bounds
        if bounds is not None and bounds[0] <= moment < bounds[1]:
            return bounds[2]
        day = clock.day_of(moment)
        start, end = clock.day_start(day), clock.day_start(day + timedelta(days=1))
        # In UTC, like event times: aware datetimes with one tzinfo compare without offsets.
        self.bounds = (start.astimezone(UTC), end.astimezone(UTC), day)
        return day

    def spoke(self, writes: Writes, community: str, chat: str, day: date, member: str) -> None:
        """`member` spoke in `chat` on `day`: a row the first time that day."""
        seen = (chat, day, member)
        if seen not in self.speakers:
            self.speakers.add(seen)
            writes.write(SPEAKER_INSERT, SpeakerRow(community, chat, day, member))

    def sample(self, writes: Writes, community: str, chat: str, day: date, at: datetime) -> None:
        """Write the member count fetched for `chat` on `day`, if there is one (once a day)."""
        sample = self.fetched.pop((chat, day), None)
        if sample is None:
            return
        self.sampled.add((chat, day))
        readers = sample.readership
        row = SampleRow(
            community, chat, day, sample.members,
            readers.readers if readers else None, readers.muted if readers else None, at,
        )  # fmt: skip
        writes.write(SAMPLE_INSERT, row)

    def roll(self, day: date) -> None:
        """Forget days before yesterday, so the sets stay small."""
        if self.day == day:
            return
        self.day = day
        keep = day - timedelta(days=1)
        self.speakers = {s for s in self.speakers if s[1] >= keep}
        self.sampled = {s for s in self.sampled if s[1] >= keep}


class RecentActivity(Slice[Recent]):
    name = "metrics_recent"

    @classmethod
    async def load(cls, community: str, database: Any) -> Recent:
        recent = Recent()
        latest = await SpeakerDay.filter(community=community).order_by("-day").first()
        if latest is not None:
            rows = await SpeakerDay.filter(
                community=community, day__gte=latest.day - timedelta(days=1)
            ).values_list("chat", "day", "member")
            recent.speakers = set(rows)
        latest_sample = await MemberSample.filter(community=community).order_by("-day").first()
        if latest_sample is not None:
            rows = await MemberSample.filter(
                community=community, day__gte=latest_sample.day - timedelta(days=1)
            ).values_list("chat", "day")
            recent.sampled = set(rows)
        return recent


async def read_sample(asked: MemberQueries | None, chat: Ref) -> Sample | None:
    """The platform's member count (and readers, where reported); None inside the sample for
    what the platform does not say, None for the sample when asking failed (ask again later)."""
    if asked is None:
        return None
    try:
        async with asyncio.timeout(ASK_TIMEOUT):  # the batch waits for this: keep it short
            members = await asked.member_count(chat)
            readership = await asked.readership(chat)
    except Exception as exc:  # a count is not worth failing an event for
        logger.info("{}: member count not available now ({!r})", chat, exc)
        return None
    return Sample(members, readership)


@component
class ActivityRecorder(Component):
    name = "recorder"
    order = 1
    after = ("membership",)  # and before anything that may stop the pipeline
    events = (MessageReceived, MemberJoined, MemberLeft)
    slices = (RecentActivity,)

    async def prepare(self, event: Event, ctx: Context) -> None:
        chat = event.chat
        if chat is None or getattr(event, "private", False):
            return
        recent: Recent = ctx.slice(RecentActivity)
        slot = (chat, recent.day_of(ctx.community.clock, event.time))
        if slot in recent.sampled or slot in recent.fetched:
            return
        if event.time < recent.retry_at.get(chat, event.time):
            return
        sample = await read_sample(ctx.queries(chat.platform), chat)
        if sample is None:
            recent.retry_at[chat] = event.time + RETRY_AFTER
        else:
            recent.fetched[slot] = sample.before(event)

    def handle(self, event: Event, ctx: Context) -> None:
        chat = event.chat
        if chat is None or getattr(event, "private", False):
            return
        recent: Recent = ctx.slice(RecentActivity)
        day = recent.day_of(ctx.community.clock, event.time)
        recent.roll(day)
        community = ctx.community.name
        recent.sample(ctx, community, chat, day, ctx.now)
        key = (community, chat, day)
        if isinstance(event, MessageReceived):
            ctx.uow.tally(ACTIVITY_TALLY, key, (1, 0, 0, 0))
            # a channel or the group itself is no speaker; a command (/join, /give) is no
            # speaking, as for an invitee's must_speak
            if event.sender_chat is None and not is_command_text(event.text):
                recent.spoke(ctx, community, chat, day, ctx.community.member_key(event.sender))
        elif isinstance(event, MemberJoined):
            if event.is_bot:
                return
            ctx.uow.tally(ACTIVITY_TALLY, key, (0, 1, 0, 0))
            self._move(ctx, chat, event.member, "join")
        elif isinstance(event, MemberLeft):
            if event.is_bot:  # its join was not counted: neither is its leaving
                return
            voluntary = event.reason is LeaveReason.LEFT
            ctx.uow.tally(ACTIVITY_TALLY, key, (0, 0, 1, 0) if voluntary else (0, 0, 0, 1))
            self._move(ctx, chat, event.member, "leave" if voluntary else "removal")

    def _move(self, ctx: Context, chat: Ref, member: Ref, kind: str) -> None:
        event = ctx.event
        ctx.write(
            MOVE_INSERT,
            MoveRow(
                event.key,
                ctx.community.name,
                chat,
                ctx.community.member_key(member),
                kind,
                event.time,
            ),
        )
