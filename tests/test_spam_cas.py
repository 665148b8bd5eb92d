"""The CAS-style global ban list against a local fake list server: a listed account is banned
on joining, and a slow answer never holds a message back (it is used for the next one)."""

from __future__ import annotations

import asyncio

from aiohttp import web
from loguru import logger
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.moderation.cas import MAX_IN_FLIGHT, lookup_of
from groupops.core.storage.models import AuditEntry


class FakeCas:
    """Answers like cas.chat: {"ok": true} for listed ids; `held` ids wait for `release`."""

    def __init__(self, listed: set[str], held: set[str] = frozenset()) -> None:
        self.listed, self.held = listed, held
        self.release = asyncio.Event()
        self.asked: list[str] = []

    async def check(self, request: web.Request) -> web.Response:
        user = request.query["user_id"]
        self.asked.append(user)
        if user in self.held:
            await self.release.wait()
        if user in self.listed:
            return web.json_response({"ok": True, "result": {"offenses": 1}})
        return web.json_response({"ok": False, "description": "Record not found."})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/check", self.check)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/check?user_id={{id}}"


async def open_with(cas: FakeCas, sqlite_url: str, timeout: float = 0.2, **main) -> TelegramHarness:
    url = await cas.start()
    moderation = {"moderation": {"cas": {"enabled": True, "url": url, "timeout": timeout}}}
    extra = {"rulesets": {"main": moderation | main}}
    return await TelegramHarness.open("aiogram", sqlite_url, extra)


async def test_a_listed_account_is_banned_on_joining(sqlite_url):
    cas = FakeCas(listed={"66"})
    h = await open_with(cas, sqlite_url)
    try:
        h.world.user(66, "Spammer")
        h.world.user(42, "Ann")
        h.world.join(CHAT_ID, 66)
        h.world.join(CHAT_ID, 42)
        await h.settle()
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
        assert h.world.chats[CHAT_ID].members[42]["status"] == "member"
        assert await AuditEntry.filter(rule="cas", action="ban").count() == 1
        h.world.say(CHAT_ID, 42, "hello")  # her first message: the join's answer is reused
        await h.settle()
        assert sorted(cas.asked) == ["42", "66"]  # the list server was asked once for each
    finally:
        await h.close()
        await cas.runner.cleanup()


async def test_a_slow_answer_does_not_hold_the_message_and_catches_the_next(sqlite_url):
    cas = FakeCas(listed={"66"}, held={"66"})
    h = await open_with(cas, sqlite_url)
    try:
        h.member(66, "Spammer")
        first = h.world.say(CHAT_ID, 66, "hello there")
        await h.settle()  # handled while the list has not answered
        assert not h.world.chats[CHAT_ID].messages[first["message_id"]].get("deleted")
        cas.release.set()
        answers = lookup_of(h.engine).answers
        await h.fake.wait_until(lambda: any(key.endswith("|66") for key in answers))
        second = h.world.say(CHAT_ID, 66, "hello again")
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[second["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
    finally:
        await h.close()
        await cas.runner.cleanup()


async def test_a_listed_account_joining_in_a_raid_is_banned_not_held(sqlite_url):
    """Raid mode held every newcomer before the list was asked: a listed account was only
    muted until the raid ended."""
    cas = FakeCas(listed={"66"})
    h = await open_with(cas, sqlite_url, antiraid={"joins": 2, "window": "1m"})
    try:
        for user_id, name in ((41, "Ann"), (42, "Bob"), (66, "Spammer")):
            h.world.user(user_id, name)
            h.world.join(CHAT_ID, user_id)
            await h.settle()
        assert h.world.chats[CHAT_ID].members[42]["status"] == "restricted"  # held: a raid
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
        assert await AuditEntry.filter(rule="cas", action="ban").count() == 1
    finally:
        await h.close()
        await cas.runner.cleanup()


def wave(h: TelegramHarness, first: int, count: int) -> None:
    """`count` accounts join and say hello at once, as a raid's do."""
    for user_id in range(first, first + count):
        h.world.user(user_id, f"Raider {user_id}")
        h.world.join(CHAT_ID, user_id)
        h.world.say(CHAT_ID, user_id, "hello all")


async def test_a_list_that_hangs_is_not_waited_for_by_every_newcomer_of_a_wave(sqlite_url):
    """Each join and first message of a wave waited the full timeout for a list that hung:
    100 joins took 21 s to pass instead of 2, and every one opened a connection to it."""
    raiders = range(1000, 1100)
    cas = FakeCas(listed=set(), held={str(u) for u in raiders})
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    # wide enough for a busy machine's local list to answer in time in the second half
    h = await open_with(cas, sqlite_url, timeout=2)
    try:
        wave(h, 1000, len(raiders))
        await h.settle(timeout=60)
        assert len(cas.asked) == MAX_IN_FLIGHT  # not one connection per newcomer
        said = [line for line in lines if "global ban list" in line]
        assert said == [
            "WARNING global ban list: no answer within 2 s; newcomers pass unchecked until "
            "it answers in time again (a late answer applies from the member's next message)\n"
        ]
        await asyncio.sleep(2)  # the held answers, released now, come after the timeout
        cas.held = set()  # the list answers at once again
        cas.release.set()
        await h.fake.wait_until(lambda: not lookup_of(h.engine).pending)
        cas.listed |= {"66", "67"}
        h.world.user(66, "Spammer")
        h.world.join(CHAT_ID, 66)  # not waited for: its answer, in time, ends the lag
        await h.settle()
        assert h.world.chats[CHAT_ID].members[66]["status"] == "member"  # let through unchecked
        await h.fake.wait_until(lambda: not lookup_of(h.engine).pending)
        spam = h.world.say(CHAT_ID, 66, "buy followers")
        h.world.user(67, "Spammer Two")
        h.world.join(CHAT_ID, 67)
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[spam["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"  # from the answer kept
        assert h.world.chats[CHAT_ID].members[67]["status"] == "kicked"  # on arrival: waited for
        assert "INFO global ban list: answering in time again; the pipeline waits for it\n" in lines
    finally:
        logger.remove(sink)
        cas.release.set()
        await h.close()
        await cas.runner.cleanup()


async def test_a_list_that_is_down_is_said_once_not_for_every_newcomer(sqlite_url):
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    moderation = {"cas": {"enabled": True, "url": "http://127.0.0.1:9/check?user_id={id}"}}
    h = await TelegramHarness.open(
        "ptb", sqlite_url, {"rulesets": {"main": {"moderation": moderation}}}
    )
    try:
        wave(h, 1000, 30)
        await h.settle(timeout=60)
        said = [line for line in lines if "global ban list" in line]
        assert len(said) == 1, said
        assert said[0].startswith(
            "WARNING global ban list: 127.0.0.1:9 is unreachable (ClientConnectorError: Cannot "
            "connect to host 127.0.0.1:9"
        ), said
        assert "Traceback" not in "".join(lines)
        assert all(
            h.world.chats[CHAT_ID].members[u]["status"] == "member" for u in range(1000, 1030)
        )
    finally:
        logger.remove(sink)
        await h.close()
