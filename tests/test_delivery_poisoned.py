"""One action the Bot API (or a proxy in front of it) fails every time, through both Telegram
drivers against the fake Bot API: while the platform carries out the other chats' replies, it
is given up after `engine.give_up_after_tries` failed tries (its row failed, a warning naming
it, an audit entry, /metrics, `groupops outbox`) and its chat's later reply or removal goes
out; during an outage for everyone, or of one method for everyone, nothing is given up. The
outbox's backoff is shortened, so tries come at once."""

from __future__ import annotations

import json
import re

import aiohttp
import pytest
from loguru import logger
from support.cli import groupops
from support.ping import PIPELINE
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.metrics.prometheus import start_exporter
from groupops.core.storage.models import AuditEntry, Member, OutboxItem

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
OTHER_ID = -1009876543210  # a second group, whose replies show the platform is up
BOB = 43


SETTINGS = {
    "metrics": {"prometheus": {"enabled": True, "port": 0}},
    **PIPELINE,
    "communities": {"other": {"ruleset": "main", "chats": [f"telegram:{OTHER_ID}"]}},
}


async def open_two_chats(open_harness, driver: str) -> tuple[TelegramHarness, int]:
    h = await open_harness(driver, SETTINGS)
    h.engine.outbox.backoff = lambda attempts: 0.3  # tries come at once, not minutes apart
    h.world.group(OTHER_ID, "Other Club")
    h.world.user(BOB, "Bob")
    h.world.add_member(OTHER_ID, BOB)
    return h, h.member(42, "Ann")


async def scrape(port: int) -> str:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        return await response.text()


def tried(h: TelegramHarness, chat_id: int) -> int:
    return sum(1 for method, params in h.fake.calls if params.get("chat_id") == chat_id)


def refused(h: TelegramHarness, method: str = "sendMessage") -> int:
    return sum(1 for name, _ in h.fake.rejected if name == method)


async def test_an_action_failing_while_others_go_is_given_up_and_its_chat_goes_on(
    driver, open_harness, sqlite_url, tmp_path
):
    h, ann = await open_two_chats(open_harness, driver)
    exporter = await start_exporter(h.engine)
    assert exporter is not None
    h.fake.chokes_on["sendMessage"] = lambda params: "oversized" in params.get("text", "")
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(m.record["message"]), level="WARNING")
    try:
        h.world.say(CHAT_ID, ann, "echo oversized answer")
        await h.fake.wait_until(lambda: refused(h) > 0)
        h.world.say(CHAT_ID, ann, "ping")  # its reply waits behind the one that fails
        await h.fake.wait_until(lambda: refused(h) > 1)  # its first try's outcome is in
        held = 'groupops_outbox_held_chats{platform="telegram"}'
        assert f"{held} 1.0" in (await scrape(exporter.port)).splitlines()
        for answered in range(1, 60):  # Bob's replies go out between its tries
            if h.texts():
                break
            h.world.say(OTHER_ID, BOB, "ping")
            await h.fake.wait_until(lambda n=answered: len(h.texts(OTHER_ID)) == n)
            tries = refused(h)
            await h.fake.wait_until(lambda n=tries: refused(h) > n or bool(h.texts()))
        await h.settle()
        scraped = await scrape(exporter.port)
    finally:
        logger.remove(sink)
        await exporter.stop()
    assert h.texts() == ["pong"]  # the chat went on
    stuck = await OutboxItem.get(status="failed")
    assert stuck.kind == "reply" and stuck.chat == f"telegram:{CHAT_ID}"
    said = re.fullmatch(
        r"given up after (\d+) failed tries while telegram carried out others of its kind "
        r"\(last: telegram: .+\)",
        stuck.error,
    )
    assert said and int(said[1]) == stuck.attempts >= 16, stuck.error
    (line,) = [w for w in warnings if "failed for good" in w]
    assert line.startswith(f"{stuck.id} reply in telegram:{CHAT_ID} failed for good: given up")
    entry = await AuditEntry.get(id=f"{stuck.id}#failed")
    assert entry.outcome == "failed" and '"error": "GivenUp"' in entry.detail
    given_up = 'error="GivenUp",platform="telegram"} 1.0'  # on /metrics, an error of its own
    assert f'groupops_action_errors_total{{adapter="{driver}",{given_up}' in scraped.splitlines()
    assert f"{held} 0.0" in scraped.splitlines()  # the chat is held no more
    counting = [w for w in warnings if "retry in" in w]  # how far it is from being given up
    assert counting[-1].endswith("; 14 of 15 failures before it is given up"), counting[-1]
    # and in `groupops outbox`, which `groupops outbox retry` sends again from
    listing = await groupops("outbox", "--json", "--db", sqlite_url, cwd=tmp_path)
    (listed,) = json.loads(listing.out)
    assert listing.code == 0 and listed["id"] == stuck.id and listed["status"] == "failed"
    assert listed["error"] == stuck.error


async def test_an_outage_for_everyone_gives_nothing_up(driver, open_harness):
    h, ann = await open_two_chats(open_harness, driver)
    h.fake.outage = 502
    h.world.say(CHAT_ID, ann, "echo answer")
    h.world.say(CHAT_ID, ann, "ping")
    for _ in range(20):  # Bob's replies fail as well: the platform is down for everyone
        h.world.say(OTHER_ID, BOB, "ping")
        tries = tried(h, CHAT_ID)
        await h.fake.wait_until(lambda n=tries: tried(h, CHAT_ID) > n)
    assert tried(h, CHAT_ID) > 16  # more tries than an action failing alone is given
    h.fake.outage = None
    await h.settle()
    assert h.texts() == ["answer", "pong"]
    assert h.texts(OTHER_ID) == ["pong"] * 20
    assert await OutboxItem.filter(status="failed").count() == 0


async def test_a_method_failing_for_everyone_gives_nothing_up(driver, open_harness):
    # removals fail for every member while messages go: an outage of that method, not of one
    # removal, so the replies in the other group count nothing against it
    h, ann = await open_two_chats(open_harness, driver)
    h.fake.chokes_on["banChatMember"] = lambda params: True
    h.world.say(CHAT_ID, ann, "remove me")
    for answered in range(1, 21):
        h.world.say(OTHER_ID, BOB, "ping")
        await h.fake.wait_until(lambda n=answered: len(h.texts(OTHER_ID)) == n)
        tries = refused(h, "banChatMember")
        await h.fake.wait_until(lambda n=tries: refused(h, "banChatMember") > n)
    assert refused(h, "banChatMember") > 16  # more tries than an action failing alone is given
    del h.fake.chokes_on["banChatMember"]
    await h.settle()
    assert not h.world.chats[CHAT_ID].present(ann)
    assert await OutboxItem.filter(status="failed").count() == 0


KICK_ON_SPAM = {
    "rulesets": {
        "main": {"moderation": {"blocklist": {"words": ["刷单"]}, "escalation": ["kick"]}}
    },
    "communities": {"other": {"ruleset": "main", "chats": [f"telegram:{OTHER_ID}"]}},
}
SPAM = "刷单日结"


async def test_a_removal_given_up_is_said_so_and_the_next_removal_goes(driver, open_harness):
    h = await open_harness(driver, KICK_ON_SPAM)
    h.engine.outbox.backoff = lambda attempts: 0.3
    h.world.group(OTHER_ID, "Other Club")
    ann, carl = h.member(42, "Ann"), h.member(44, "Carl")
    h.fake.chokes_on["banChatMember"] = lambda params: params.get("user_id") == ann
    h.world.say(CHAT_ID, ann, SPAM)
    await h.fake.wait_until(lambda: refused(h, "banChatMember") > 0)
    h.world.say(CHAT_ID, carl, SPAM)  # his removal waits behind hers
    group, other = h.world.chats[CHAT_ID], h.world.chats[OTHER_ID]
    for spammer in range(100, 160):  # the other group's spammers are removed between her tries
        if not group.present(carl):
            break
        h.world.user(spammer, f"Spammer {spammer}")
        h.world.add_member(OTHER_ID, spammer)
        h.world.say(OTHER_ID, spammer, SPAM)
        await h.fake.wait_until(lambda s=spammer: not other.present(s))
        tries = refused(h, "banChatMember")
        await h.fake.wait_until(
            lambda n=tries: refused(h, "banChatMember") > n or not group.present(carl)
        )
    await h.settle()
    assert sorted(h.texts()) == [  # his removal goes first (moderation), then both notices
        "Ann could not be removed: the platform kept failing the request while it carried out "
        "others, so the bot gave up on it. An admin can remove them by hand.",
        "Carl has been removed from the group: a blocked word.",
    ]
    assert group.present(ann) and not group.present(carl)
    (entry,) = await AuditEntry.filter(action="kick", target=f"telegram:user:{ann}")
    assert entry.outcome == "failed" and '"error": "GivenUp"' in entry.detail
    # still a member: in /top and the report, as one the platform never removed
    assert (await Member.get(key=f"telegram:user:{ann}")).status == "member"
