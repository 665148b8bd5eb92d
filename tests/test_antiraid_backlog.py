"""A raid's hundreds of restrictions queue behind what members are waiting for: a member's
/checkin reply and the deletion of a spammer's post, written in the middle of the wave, go
out before the bulk of the raid's mutes, through both Telegram drivers at Telegram's pace of
30 calls a second (its per-chat message limits left out: they only slow the test)."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.adapter import RateLimits

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WAVE = 200  # accounts joining; the 20th starts the raid
SETTINGS = {
    "rulesets": {
        "main": {
            "antiraid": {"joins": 20, "window": "1m", "duration": "10m"},
            "captcha": {"enabled": True, "mode": "button"},
            "moderation": {"blocklist": {"words": ["crypto pump"]}},
        }
    }
}
ANN, SPAMMER = 7, 8
TELEGRAM_PACE = RateLimits(global_per_second=30)


def raid(h: TelegramHarness, first: int, count: int) -> None:
    for user_id in range(first, first + count):
        h.world.user(user_id, f"Crypto Giveaway {user_id}")
        h.world.join(CHAT_ID, user_id)


def place(h: TelegramHarness, found) -> int:
    """Where the first call `found` picks out stands among the calls the fake Bot API took."""
    return next(i for i, (method, params) in enumerate(h.fake.calls) if found(method, params))


async def test_a_reply_and_a_spam_deletion_go_before_the_raids_mutes(driver, open_harness):
    h = await open_harness(driver, SETTINGS, rate_limits=TELEGRAM_PACE)
    h.member(ANN, "Ann")
    h.member(SPAMMER, "Sam")
    raid_ids = range(1000, 1000 + WAVE)
    raid(h, 1000, WAVE // 2)
    h.world.say(CHAT_ID, ANN, "/checkin")
    spam = h.world.say(CHAT_ID, SPAMMER, "free money, crypto pump")
    raid(h, 1000 + WAVE // 2, WAVE // 2)
    await h.settle(timeout=60)

    restricted = [
        (i, int(params["user_id"]))
        for i, (method, params) in enumerate(h.fake.calls)
        if method == "restrictChatMember"
    ]
    assert sorted(user for _, user in restricted) == list(raid_ids)  # each held once
    reply = place(
        h, lambda m, p: m == "sendMessage" and str(p.get("text", "")).startswith("Ann checked in")
    )
    deleted = place(
        h, lambda m, p: m == "deleteMessage" and int(p["message_id"]) == spam["message_id"]
    )
    # Whatever of the first half went before Ann wrote was decided first; none of the second
    # half goes before her reply or the spam's deletion, and most of the wave goes after them.
    later = set(raid_ids[WAVE // 2 :])
    for effect in (reply, deleted):
        assert not [user for i, user in restricted if i < effect and user in later]
        assert sum(1 for i, _ in restricted if i < effect) < WAVE // 4
    members = h.world.chats[CHAT_ID].members
    assert all(members[user]["status"] == "restricted" for user in raid_ids)


async def test_raid_mode_ended_while_its_holds_are_queued_leaves_nobody_muted(driver, open_harness):
    """/antiraid off lifts the holds after those still on their way: lifted first, the
    late holds would have muted the wave again until the raid's planned end."""
    h = await open_harness(driver, SETTINGS, rate_limits=TELEGRAM_PACE)
    raid_ids = range(1000, 1000 + WAVE // 2)
    raid(h, 1000, WAVE // 2)
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid off")
    await h.settle(timeout=60)

    assert "Anti-raid is off: newcomers are welcome again." in h.texts()
    members = h.world.chats[CHAT_ID].members
    held = [user for user in raid_ids if members[user].get("can_send_messages") is False]
    asked = [user for user in held if any(f"Giveaway {user}," in t for t in h.texts())]
    assert held == asked  # only those the captcha asked before the raid began wait for it


async def test_a_raid_ending_while_its_holds_are_queued_asks_them_still_muted(driver, open_harness):
    """The captcha's restriction for those the raid held comes after their holds still on
    their way: before them, a late hold (its end past, lasting Telegram's 30 s minimum)
    would have replaced the restriction that lasts until they answer."""
    h = await open_harness(driver, SETTINGS, rate_limits=TELEGRAM_PACE)
    raid_ids = range(1000, 1000 + WAVE // 2)
    raid(h, 1000, WAVE // 2)
    await h.world.wait_acknowledged()  # the wave is decided; most of its holds are queued
    h.clock.advance(minutes=10)
    await h.engine.scheduler.run_due()  # the raid ends ...
    await h.world.wait_acknowledged()
    await h.engine.scheduler.run_due()  # ... and those it held are asked
    await h.settle(timeout=60)

    last: dict[int, dict] = {}
    for params in h.fake.called("restrictChatMember"):
        last[int(params["user_id"])] = params
    assert sorted(last) == list(raid_ids)
    assert not [user for user, params in last.items() if params.get("until_date")]
    members = h.world.chats[CHAT_ID].members
    held = raid_ids[19:]  # the 20th join started the raid; those before it timed out since
    assert all(members[user]["can_send_messages"] is False for user in held)
