"""Playing a chat history through the real engine on the local adapter, hour by hour on a
hand-driven clock, the way `groupops simulate` plays its people; the summary is the
simulator's (the same sections: moderation, points, KPIs, campaigns) plus who was warned or
removed. A member the ruleset removed says nothing more: the rest of their history is skipped."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from groupops.adapters.local import LocalAdapter, LocalWorld

from ..clock import ManualClock
from ..engine import Engine
from ..events import Event, LeaveReason
from ..refs import Ref
from ..settings import Settings
from ..settings.schema import CommunitySettings
from ..simulate.runner import COMMUNITY, present_count
from ..simulate.summary import build_summary
from ..sink import CallbackSink
from ..storage.models import AuditEntry
from .history import Actor, History, Item

if TYPE_CHECKING:
    from ..simulate.runner import Simulation

HOUR = timedelta(hours=1)
MIDNIGHT = time(0, 0)
REMOVALS = ("kick", "ban")


@dataclass(frozen=True, slots=True)
class Span:
    """What the simulator's summary reads as its options."""

    days: int
    members: int
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Person:
    ref: Ref
    name: str


class Replay:
    def __init__(self, history: History, settings: Settings, ruleset: str) -> None:
        self.history, self.ruleset_name = history, ruleset
        self.clock_zone = settings.rulesets[ruleset].clock
        items = history.items
        first, last = items[0].time, items[-1].time
        self.start = self.clock_zone.at(self.clock_zone.local(first).date(), MIDNIGHT)
        days = max(1, (last - self.start).days + 1)
        self.clock = ManualClock(self.start)
        self.world = LocalWorld("local", self.clock)
        self.chat = self.world.chat("replay", history.title).ref
        community = CommunitySettings(ruleset=ruleset, chats=(self.chat,), title=history.title)
        self.settings = settings.model_copy(
            update={"communities": {COMMUNITY: community}, "platforms": {}}
        )
        self.refs: dict[str, Ref] = {}
        self.people: list[Person] = []
        self.message_ids: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.skipped = 0  # items of members the ruleset had removed
        earlier = _present_at_start(items)
        self.options = Span(days=days, members=len(earlier))
        for item in items:  # members from before the export count from the first day
            if item.user in earlier and item.user not in self.refs:
                self.world.add_member(self.chat, self._ref(item))
        self.engine: Engine | None = None

    @property
    def population(self) -> Replay:
        return self  # the summary's campaign section reads `population.people`

    # --- members --------------------------------------------------------------------------------

    def _ref(self, item: Item | Actor) -> Ref:
        ref = self.refs.get(item.user)
        if ref is None:
            ref = self.refs[item.user] = self.world.user(f"m{len(self.refs) + 1}", item.name)
            self.people.append(Person(ref, item.name))
        return ref

    def _present(self, ref: Ref) -> bool:
        return self.world.chats[self.chat].present(ref)

    def _event(self, item: Item) -> Event | None:
        ref = self._ref(item)
        actor = self._ref(item.actor) if item.actor else None
        if item.kind == "join":
            if self._present(ref):
                return None
            return self.world.join_event(self.chat, ref, inviter=actor)  # invited: credited
        if not self._present(ref):
            self.skipped += 1
            return None
        if item.kind == "leave":  # removed by an admin: a removal, not a leave
            reason = LeaveReason.KICKED if actor else LeaveReason.LEFT
            return self.world.leave_event(self.chat, ref, reason, actor=actor)
        event = self.world.message_event(
            self.chat, ref, item.text, reply_to=self.message_ids.get(item.reply_to),
            media=item.media, forwarded=item.forwarded,
        )  # fmt: skip
        if item.message_id:
            self.message_ids[item.message_id] = event.message_id
        return event

    # --- the run --------------------------------------------------------------------------------

    async def run(self) -> dict[str, Any]:
        from ..storage.database import open_database

        with tempfile.TemporaryDirectory(prefix="groupops-replay-") as scratch:
            database = await open_database(f"sqlite://{Path(scratch) / 'replay.db'}")
            adapter = LocalAdapter(self.world)
            self.engine = engine = Engine(self.settings, database, [adapter], self.clock)
            try:
                await engine.start(adapters=False, scheduler=False)
                # the platform's word on the ruleset's removals comes back, as on a real one:
                # without it the metrics counted no removal however many were made
                await adapter.start(CallbackSink(lambda event: engine.submit(self._told(event))))
                await self._play(engine)
                # a replay stands in for the simulation: same world, chat and ruleset fields
                as_simulation = cast("Simulation", self)
                summary = await build_summary(as_simulation, engine)
                summary["members"] = present_count(as_simulation)
                summary["replay"] = await self._verdicts()
                return summary
            finally:
                await engine.stop()
                await database.close()

    def _told(self, event: Event) -> Event:
        self.counts[event.kind] += 1
        return event

    async def _play(self, engine: Engine) -> None:
        """Each item committed and its actions delivered before the next: a spammer removed
        after their third message does not post a fourth."""
        end = self.start + timedelta(days=self.options.days)
        hour_end = self.start + HOUR
        for item in self.history.items:
            while item.time >= hour_end:
                await self._tick(engine, hour_end)
                hour_end += HOUR
            self.clock.set(max(item.time, self.clock.now()))
            event = self._event(item)
            if event is not None:
                self.counts[event.kind] += 1
                await engine.submit(event)
                await engine.drain()
        while hour_end <= end:
            await self._tick(engine, hour_end)
            hour_end += HOUR

    async def _tick(self, engine: Engine, until: datetime) -> None:
        """The hour is over: scheduled work (posts, sweeps, deadlines) runs."""
        self.clock.set(until)
        await engine.scheduler.run_due()
        await engine.drain()

    async def _verdicts(self) -> dict[str, Any]:
        """Per member, the ladder's steps in order; who was removed, and by which rule."""
        # by display name, as an operator reads it; people who share one (three raiders all
        # called "Lisa") are told apart by their id, not merged into one member
        shared = Counter(p.name for p in self.people)
        exported = {ref: user for user, ref in self.refs.items()}  # the export's own ids
        names = {
            p.ref: p.name if shared[p.name] == 1 else f"{p.name} ({exported[p.ref]})"
            for p in self.people
        }
        rows = await AuditEntry.filter(community=COMMUNITY, actor="system").order_by(
            "created_at", "id"
        )
        steps: dict[str, list[str]] = {}
        removed: dict[str, str] = {}
        for row in rows:
            name = names.get(Ref(row.target), row.target) if row.target else ""
            if not name:
                continue
            steps.setdefault(name, []).append(
                f"{row.action} ({row.rule})" if row.rule else row.action
            )
            if row.action in REMOVALS:
                removed.setdefault(name, row.rule or row.action)
        return {
            "source": self.history.source,
            "title": self.history.title,
            "items": len(self.history.items),
            "skipped_after_removal": self.skipped,
            "removed": dict(sorted(removed.items())),
            "steps": dict(sorted(steps.items())),
        }


def _present_at_start(items: list[Item]) -> set[str]:
    first: dict[str, str] = {}
    for item in items:
        first.setdefault(item.user, item.kind)
    return {user for user, kind in first.items() if kind != "join"}


async def replay(history: History, settings: Settings, ruleset: str) -> dict[str, Any]:
    return await Replay(history, settings, ruleset).run()
