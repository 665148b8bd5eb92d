"""The outbox as an operator meets it: what was given up is listed and re-queued from the
command line, a crash resends no more than was in flight, and actions for a platform without
an adapter wait in the outbox without holding a drain or a shutdown."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys

from groupops.adapters.local import LocalAdapter
from groupops.core.actions import Kick
from groupops.core.codec import decode_action
from groupops.core.engine import Component, Context, Engine, component
from groupops.core.errors import TransientError
from groupops.core.events import Event, MessageReceived
from groupops.core.refs import Ref
from groupops.core.storage.models import OutboxItem

WECHAT_ROOM = Ref("wechat:room1@chatroom")


@component
class Errands(Component):
    """`kick me` asks for a kick; `both` also writes to a WeChat room; anything else: `ok`."""

    name = "test_errands"
    default = False
    events = (MessageReceived,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.text == "kick me":
            ctx.act(Kick(chat=event.chat, user=event.sender))
        elif event.text == "both":
            ctx.send("hello WeChat", chat=WECHAT_ROOM)
            ctx.reply("ok")
        else:
            ctx.reply("ok")


ERRANDS = {"rulesets": {"main": {"pipeline": ["test_errands"]}}}


class Unsteady(LocalAdapter):
    """Replies fail with a network error while `down`."""

    down = False

    async def reply(self, action):
        if self.down:
            raise TransientError("telegram: Bad Gateway")
        return await super().reply(action)


async def groupops(*args: str, cwd) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", *args,
        cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_given_up_and_stuck_actions_are_listed_and_retried(harness_factory, tmp_path):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(Unsteady(h.world))
    ann, bo = h.user("ann"), h.user("bo")
    h.world.chats[h.chat].bot_is_admin = False
    await h.world.say(h.chat, ann, "kick me")  # refused: the bot is not an admin
    await h.settle()
    h.adapter.down = True
    await h.world.say(h.chat, bo, "hello")  # fails again and again: stuck, not given up
    for _ in range(400):  # the failed attempt is noted on the pending row
        if await OutboxItem.filter(kind="reply").exclude(error="").exists():
            break
        await asyncio.sleep(0.05)

    # the two listings only read: side by side, each process's start-up overlaps the other's
    (code, out, _), (_, text, _) = await asyncio.gather(
        groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path),
        groupops("outbox", "--db", h.db_url, cwd=tmp_path),
    )
    assert code == 0
    listed = {row["kind"]: row for row in json.loads(out)}
    assert listed["kick"]["state"] == "failed"
    assert "not an admin" in listed["kick"]["error"]
    assert listed["reply"]["state"] == "retrying"
    assert listed["reply"]["error"] == "telegram: Bad Gateway"
    assert "1 failed, 1 stuck" in text and listed["kick"]["id"] in text

    h.world.chats[h.chat].bot_is_admin = True  # the operator fixed the rights
    h.adapter.down = False
    code, out, _ = await groupops(
        "outbox", "retry", listed["kick"]["id"], "--db", h.db_url, cwd=tmp_path
    )
    assert code == 0 and out.startswith("1 action re-queued")
    h.clock.advance(minutes=1)
    assert await h.engine.outbox.rescan(settled=True) == 1  # what the running bot does every 30 s
    await h.settle()
    assert not h.world.chats[h.chat].present(ann)
    assert h.world.texts(h.chat) == ["ok"]
    assert await OutboxItem.filter(status="sent").count() == 2
    (_, out, _), (code, said, err) = await asyncio.gather(
        groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path),
        groupops("outbox", "retry", "nope#0", "--db", h.db_url, cwd=tmp_path),
    )  # an unknown id changes nothing: the listing may run beside it
    assert json.loads(out) == []
    assert code == 1 and err == "nope#0: no such action in the outbox\n"
    assert said == ""  # not "0 actions re-queued; a running bot sends them …"


class Platform(LocalAdapter):
    """Counts what it receives; at the `kill_at`-th message the process "dies": nothing more
    reaches the platform and nothing more is written to the database."""

    def __init__(self, world, database, kill_at: int) -> None:
        super().__init__(world)
        self.database, self.kill_at = database, kill_at
        self.received: list[tuple[str, str]] = []
        self.gate = asyncio.Event()  # closed while the actions pile up in the outbox
        self.dead = asyncio.Event()
        self.buried = asyncio.Event()  # set at teardown: the frozen writes may go on

    async def reply(self, action):
        await self.gate.wait()
        if self.dead.is_set():
            await self.buried.wait()
            raise asyncio.CancelledError
        self.received.append((action.chat, action.reply_to))
        if len(self.received) == self.kill_at:
            self.dead.set()
            write = self.database.write

            async def frozen(*args, **kwargs):
                await self.buried.wait()
                return await write(*args, **kwargs)

            self.database.write = frozen
        return await super().reply(action)


def durable_rows(path: str) -> list[tuple[str, str]]:
    """(status, payload) of each outbox row as a new process would find them on disk."""
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT status, payload FROM outbox").fetchall()


async def test_a_crash_resends_at_most_the_actions_in_flight(harness_factory, sqlite_url):
    chats = [f"local:c{i}" for i in range(10)]
    slots = 4
    h = await harness_factory(
        {
            **ERRANDS,
            "engine": {"delivery_concurrency": slots},
            "communities": {"club": {"chats": ["local:main", *chats]}},
        },
        run=False,
    )
    if not h.db_url.startswith("sqlite"):
        return  # the disk is read with sqlite3: one dialect is enough for this bound
    platform = Platform(h.world, h.database, kill_at=100)
    h.engine = Engine(h.settings, h.database, [platform], h.clock)
    await h.engine.start(scheduler=False)
    users = [h.user(f"u{i}", chat=Ref(chat)) for i, chat in enumerate(chats)]
    for round_ in range(20):
        for user, chat in zip(users, chats, strict=True):
            await h.world.say(Ref(chat), user, f"hello {round_}")
    platform.gate.set()
    await platform.dead.wait()
    await asyncio.sleep(0.5)  # a write that had begun before the crash may still land
    rows = await asyncio.to_thread(durable_rows, h.db_url.removeprefix("sqlite://"))
    platform.buried.set()
    pending = set()
    for status, payload in rows:
        action = decode_action(payload)
        if status == "pending":
            pending.add((action.chat, action.reply_to))
    received = set(platform.received)
    assert len(rows) == 200 and len(received) == 100
    assert len(pending) + len(received) - len(received & pending) == 200  # nothing lost
    assert len(received & pending) <= slots  # what a restart sends a second time


async def test_a_platform_without_an_adapter_holds_neither_drain_nor_shutdown(harness_factory):
    h = await harness_factory(
        {**ERRANDS, "communities": {"club": {"chats": ["local:main", WECHAT_ROOM]}}}
    )
    await h.world.say(h.chat, h.user("ann"), "both")
    await h.settle()
    assert h.world.texts(h.chat) == ["ok"]
    assert h.engine.outbox.pending() == 0 and await h.engine.outbox.idle(0)
    assert h.engine.outbox.waiting() == {"wechat": 1}
    await asyncio.wait_for(h.engine.stop(drain_timeout=3600), 120)  # not an hour: at once
    (row,) = await OutboxItem.filter(chat=WECHAT_ROOM)
    assert row.status == "pending"  # kept for when a WeChat adapter is configured


async def test_outbox_in_a_folder_without_settings_or_database_says_so(tmp_path):
    code, out, err = await groupops("outbox", cwd=tmp_path)
    assert code == 2 and out == ""
    assert err == (
        f"no settings.toml and no database (groupops.db) in {tmp_path}: run in the "
        "deployment's folder, or pass --settings or --db\n"
    )  # not "no failed or stuck actions" from a database created empty for the asking
    assert list(tmp_path.iterdir()) == []


async def test_migrate_in_a_folder_without_settings_makes_no_database(tmp_path):
    """It made a stray groupops.db there, after which `outbox` and `points` read that empty
    database instead of saying the folder was wrong."""
    code, out, err = await groupops("migrate", cwd=tmp_path)
    assert code == 2 and out == ""
    assert err == (
        f"no settings.toml in {tmp_path}: run in the deployment's folder, or pass --settings, "
        "or --db with the database's URL\n"
    )
    assert list(tmp_path.iterdir()) == []
    code, out, err = await groupops("migrate", "--db", "sqlite://new.db", cwd=tmp_path)
    assert code == 0 and out.endswith("new.db: applied 0_init.py\n"), err
