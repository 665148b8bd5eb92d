"""The simulation: people from a seed, hour by hour through the local world and the engine."""

from __future__ import annotations

import heapq
import itertools
import random
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from groupops.adapters.local import LocalAdapter, LocalWorld

from ..clock import ManualClock
from ..engine import Engine
from ..events import Event
from ..refs import Ref
from ..settings import Settings
from ..settings.schema import CommunitySettings
from ..sink import CallbackSink
from ..storage.database import open_database
from .behaviours import BEHAVIOURS, Step
from .defaults import SIMULATED_COMMUNITY
from .population import Person, Population

COMMUNITY = SIMULATED_COMMUNITY
START_DAY = datetime(2026, 3, 2).date()  # a Monday; fixed so a seed always means the same run


@dataclass(frozen=True, slots=True)
class SimulationOptions:
    members: int = 200
    days: int = 7
    seed: int = 1
    ruleset: str | None = None
    db: Path | None = None  # default: a temporary file, removed afterwards
    join_waves: int = 0  # days starting with a wave of joins, most of them bots


class Simulation:
    join_rate = 0.025  # share of members joining per day
    leave_rate = 0.006  # share of ordinary members leaving per day
    spammer_share = 0.1  # of joiners

    def __init__(self, options: SimulationOptions, settings: Settings) -> None:
        self.options = options
        self.ruleset_name = options.ruleset or sorted(settings.rulesets)[0]
        ruleset = settings.rulesets[self.ruleset_name]
        self.clock_zone = ruleset.clock
        # From the start of a community day, so N days are N community days (reports, KPIs)
        self.start = ruleset.clock.day_start(START_DAY)
        self.clock = ManualClock(self.start)
        # keys named by the seed: one seed plays the same run (the captcha's questions derive
        # from join keys), and another seed's run in a kept database (`--db`) is not taken
        # for a replay of the first
        self.world = LocalWorld("local", self.clock, run=f"seed{options.seed}")
        self.chat = self.world.chat("sim", "Simulated community").ref
        from ..paid.simulation import paid_chats, with_paid_group

        settings = with_paid_group(settings, self.ruleset_name)  # a members' chat sold monthly
        paid = paid_chats(settings, self.ruleset_name)
        for chat in paid:
            self.world.chat(chat.local_id, "Members")
        community = CommunitySettings(
            ruleset=self.ruleset_name, chats=(self.chat, *paid), title="Simulated community"
        )
        self.settings = settings.model_copy(
            update={"communities": {COMMUNITY: community}, "platforms": {}}
        )
        if options.join_waves:
            from ..joins.simulation import with_join_defence

            self.settings = with_join_defence(self.settings, self.ruleset_name)
        self.rng = random.Random(options.seed)
        self.population = Population(self.rng, "local")
        for _ in range(options.members):
            self._enter(self.population.new_person())
        self.counts: Counter[str] = Counter()
        self._order = itertools.count()
        self._recent: list[str] = []
        self.join_keys: dict[str, str] = {}  # person -> the key of their last join
        self.engine: Engine | None = None

    # --- what people do (called when a step is played) ------------------------------------------

    def _enter(self, person: Person) -> None:
        self.world.user(person.ref.local_id, person.name)
        self.world.add_member(self.chat, person.ref)

    def next_order(self) -> int:
        return next(self._order)

    def local_hour(self, moment: datetime) -> int:
        return self.clock_zone.local(moment).hour

    def join(self, person: Person) -> Event:
        self.world.user(person.ref.local_id, person.name)
        event = self.world.join_event(self.chat, person.ref, inviter=person.inviter)
        self.join_keys[person.ref] = event.key
        return event

    def answer_captcha(self, person: Person) -> Event | None:
        from ..joins.simulation import solve

        return solve(self, person, self.join_keys[person.ref])

    def leave(self, person: Person) -> Event | None:
        if not self.world.chats[self.chat].present(person.ref):
            return None
        person.present = False
        return self.world.leave_event(self.chat, person.ref)

    def say(self, person: Person, text: str, *, reply: bool = False) -> Event | None:
        if not self.world.chats[self.chat].present(person.ref):
            return None
        reply_to = self.rng.choice(self._recent) if reply and self._recent else None
        event = self.world.message_event(
            self.chat, person.ref, text, reply_to=reply_to, language=person.language
        )
        self._recent = [*self._recent[-49:], event.message_id]
        return event

    # --- the run --------------------------------------------------------------------------------

    def _count(self, event: Event) -> Event:
        if event.chat not in (None, self.chat) and event.kind in ("member.joined", "member.left"):
            self.counts[f"paid_chat.{event.kind}"] += 1  # members moving into the members' chat
            return event
        self.counts[event.kind] += 1
        return event

    async def run(self, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="groupops-sim-") as scratch:
            path = self.options.db or Path(scratch) / "simulation.db"
            database = await open_database(f"sqlite://{Path(path).resolve()}")
            adapter = LocalAdapter(self.world)
            self.engine = engine = Engine(self.settings, database, [adapter], self.clock)
            try:
                await engine.start(adapters=False, scheduler=False)
                await adapter.start(CallbackSink(lambda event: engine.submit(self._count(event))))
                await self._play(engine, progress)
                from .summary import build_summary

                return await build_summary(self, engine)
            finally:
                await engine.stop()
                await database.close()

    async def _play(self, engine: Engine, progress: Callable[[int], None] | None) -> None:
        queue: list[Step] = []
        for hour_index in range(self.options.days * 24):
            hour = self.start + timedelta(hours=hour_index)
            end = hour + timedelta(hours=1)
            for _name, planner in BEHAVIOURS:
                for step in planner(self, hour, self.rng):
                    heapq.heappush(queue, step)
            pending = []
            while queue and queue[0].time < end:
                step = heapq.heappop(queue)
                self.clock.set(step.time)
                event = step.make()
                if event is not None:
                    pending.append(engine.submit_nowait(self._count(event)))
            self.clock.set(end)
            for outcome in pending:
                await outcome
            await engine.scheduler.run_due()
            await engine.drain()
            self._sync_presence()
            if progress:
                progress(1)

    def _sync_presence(self) -> None:
        chat = self.world.chats[self.chat]
        for person in self.population.people:
            person.present = chat.present(person.ref)


def present_count(sim: Simulation) -> int:
    chat = sim.world.chats[sim.chat]
    return sum(1 for user in chat.members if chat.present(Ref(user)))


async def run_simulation(
    options: SimulationOptions, settings: Settings, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    return await Simulation(options, settings).run(progress)
