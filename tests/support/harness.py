"""The real engine on a real database with the local adapter and a hand-driven clock.

h = await Harness.open({"rulesets": {...}}, db_url)
await h.world.join(h.chat, h.user("ann"))
assert h.world.texts(h.chat) == ["Welcome …"]
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.capabilities import Capability
from groupops.core.clock import ManualClock
from groupops.core.engine import Engine
from groupops.core.refs import Ref
from groupops.core.settings import Settings, validate_settings
from groupops.core.storage.database import Database, open_database

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 17:00 in Asia/Shanghai

BASE_SETTINGS: dict[str, Any] = {
    # the second and third platforms of multi-platform tests, played by local adapters
    "platforms": {"wx": {"adapter": "local"}, "mx": {"adapter": "local"}},
    "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
    "communities": {"club": {"ruleset": "main", "chats": ["local:main"], "title": "Test Club"}},
}


def merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


class Harness:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        world: LocalWorld,
        adapter: LocalAdapter,
        clock: ManualClock,
        db_url: str,
    ) -> None:
        self.settings, self.database, self.world, self.adapter = settings, database, world, adapter
        self.clock, self.db_url = clock, db_url
        self.engine = Engine(settings, database, [adapter], clock)
        self.chat = Ref("local:main")

    @classmethod
    async def open(
        cls,
        extra: dict,
        db_url: str,
        *,
        start: datetime = START,
        capabilities: Iterable[Capability] | None = None,
        platform: str = "local",
        world: LocalWorld | None = None,
        run: bool = True,
    ) -> Harness:
        raw = merge(BASE_SETTINGS, extra)
        settings = validate_settings(raw, "test settings")
        clock = ManualClock(start)
        world = world or LocalWorld(platform, clock)
        for community in settings.communities.values():
            for chat in community.chats:
                if chat.platform == world.platform and chat not in world.chats:
                    world.chat(chat.local_id)
        adapter = LocalAdapter(world, capabilities=capabilities)
        database = await open_database(db_url)
        harness = cls(settings, database, world, adapter, clock, db_url)
        if run:
            await harness.engine.start(scheduler=False)
        return harness

    def user(
        self, name: str, *, admin: bool = False, owner: bool = False, chat: Ref | None = None
    ) -> Ref:
        """A member of the chat; `admin`: a platform admin, `owner`: the group's owner (who
        alone, with deputies, may change settings)."""
        ref = self.world.user(name, name.capitalize())
        status = "owner" if owner else "admin" if admin else "member"
        self.world.add_member(chat or self.chat, ref, status)
        return ref

    async def settle(self) -> None:
        """Every submitted event committed and every action delivered and recorded."""
        await self.engine.drain(timeout=10)

    async def committed(self) -> None:
        """Every submitted event committed; actions failing meanwhile are left to their retries
        (`settle` would wait its whole timeout for them)."""
        await self.engine.drain(timeout=0)

    async def run_due(self, *prefixes: str) -> int:
        """Fire every due job; returns how many of those named with `prefixes` fired (other
        features' jobs share the clock)."""
        from groupops.core.storage.models import ScheduledJob

        now = self.clock.now()
        due = await ScheduledJob.filter(status="pending", due_at__lte=now).values_list("id", "job")
        ours = [id_ for id_, job in due if job.startswith(prefixes)]
        await self.engine.scheduler.run_due()
        return await ScheduledJob.filter(id__in=ours).exclude(status="skipped").count()

    async def balance(self, user: Ref, community: str = "club") -> int:
        from groupops.core.storage.models import Member

        row = await Member.get_or_none(community=community, key=user)
        return row.balance if row else 0

    async def rows(self, model: Any, **filters: Any) -> int:
        return await model.filter(**filters).count()

    async def start_with(self, adapter: LocalAdapter) -> Harness:
        """Start the engine (opened with `run=False`) on `adapter` instead: a platform that
        fails, stalls or answers late in the way a test needs."""
        self.adapter = adapter
        self.engine = Engine(self.settings, self.database, [adapter], self.clock)
        await self.engine.start(scheduler=False)
        return self

    async def restart(self, **options: Any) -> Harness:
        """Stop the engine and start a new one on the same database and world (a redeploy)."""
        await self.engine.stop()
        adapters = list(self.engine.adapters.values())  # every platform attached so far
        self.engine = Engine(self.settings, self.database, adapters, self.clock, **options)
        await self.engine.start(scheduler=False)
        return self

    async def close(self) -> None:
        await self.engine.stop(drain_timeout=5)
        await self.database.close()
