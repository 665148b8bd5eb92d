"""A chat's join waves: the first join opens a wave, every join in the `coalesce` after it
falls in it, and the wave's job, due at its end, welcomes them all at once.

Each wave is its own job (payload: chat and start), and a job welcomes its own wave only.
The waves still open are read back from their jobs whenever the community's state is loaded
(a restart, another worker taking the community over, a reload after a failed commit), so a
join after that goes into the wave already open rather than into a second, overlapping one.
Who joined is kept in memory from the first join this state saw; who joined a wave before
that is read from the members' join times. So a newcomer is neither skipped nor welcomed
twice however often the memory is lost, and waves whose jobs fire late together (the
database away) each name their own newcomers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..engine import Context, Slice, schedule
from ..joins import held
from ..refs import Ref
from ..storage.models import ScheduledJob

WAVE_JOB = "welcome.wave"
OPEN_JOB = ("pending", "queued")  # not fired yet (queued: on a cluster's stream)


@dataclass(slots=True)
class Wave:
    chat: str
    since: datetime  # the first join's time: its job's `since`
    due: datetime  # when its job fires; a join at this moment opens the next wave
    newcomers: dict[str, str] = field(default_factory=dict)  # member key -> name, seen here


@dataclass(slots=True)
class Waves:
    open: dict[tuple[str, datetime], Wave] = field(default_factory=dict)  # by (chat, since)
    # The first join this state saw: the joins before it are known from the members' rows.
    seen_from: datetime | None = None

    def add(self, ctx: Context, chat: Ref, member: Ref, name: str, coalesce: timedelta) -> None:
        """`member` joined now: into the chat's open wave, else into a new one (and its job)."""
        if self.seen_from is None:
            self.seen_from = ctx.now
        current = [w for w in self.open.values() if w.chat == chat and w.since <= ctx.now < w.due]
        if current:
            wave = max(current, key=lambda w: w.since)
        else:
            wave = Wave(str(chat), ctx.now, ctx.now + coalesce)
            self.open[(wave.chat, wave.since)] = wave
            schedule(ctx, WAVE_JOB, wave.due, {"chat": wave.chat, "since": ctx.now.isoformat()})
        wave.newcomers[ctx.community.member_key(member)] = name

    def take(self, ctx: Context, chat: str, since: datetime, due: datetime) -> list[str]:
        """The names the wave of (`chat`, `since`) welcomes, forgetting it: those who joined
        in it before this state's memory began, then those seen since, each once; a newcomer
        removed meanwhile (a spammer's first message) is not welcomed by name."""
        wave = self.open.pop((chat, since), None)
        seen = wave.newcomers if wave is not None else {}
        until = due if self.seen_from is None else min(due, self.seen_from)
        members = ctx.community.members
        unseen = sorted(
            (m.joined_at, m.key, m.name or Ref(m.key).local_id)
            for m in (members.values() if since <= until else ())  # else all seen here
            if m.joined_at is not None
            and m.join_seen
            and since <= m.joined_at <= until
            and m.joined_at < due
            and not held(ctx, Ref(chat), Ref(m.key))  # greeted once they pass the captcha
        )
        # one let in by the captcha later is in the wave of that moment, not of the join
        later = {key for other in self.open.values() for key in other.newcomers}
        before = {key: name for _, key, name in unseen if key not in seen and key not in later}
        names = before | seen
        return [
            name
            for key, name in names.items()
            if key not in members or members[key].status == "member"
        ]


class WelcomeWaves(Slice[Waves]):
    name = "welcome_waves"

    @classmethod
    async def load(cls, community: str, database: Any) -> Waves:
        waves = Waves()
        rows = await ScheduledJob.filter(
            community=community, job=WAVE_JOB, status__in=OPEN_JOB
        ).values_list("payload", "due_at")
        for payload, due in rows:
            fields = json.loads(payload or "{}")
            since = datetime.fromisoformat(str(fields.get("since")))
            chat = str(fields.get("chat", ""))
            waves.open[(chat, since)] = Wave(chat, since, due)
        return waves
