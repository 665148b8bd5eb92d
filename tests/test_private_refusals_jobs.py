"""A private message a scheduled job sends (a referral's confirmation), refused by Telegram
because the member never started the bot: like one an event sends, it falls back to a mention
in the member's group (the one they were last seen in, else the community's first chat),
instead of failing for good with nobody told and `groupops outbox` suggesting a retry that can
only fail again. Both drivers, the fake Bot API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from support.harness import START
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.engine.outbox_rows import troubled
from groupops.core.storage.models import OutboxItem

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
OTHER_ID = -1005555555555
ANN, BOB = 42, 43
GROW = {
    "rulesets": {"main": {"campaigns": {"grow": {"kind": "referral", "goal": 2, "stay_days": 3}}}},
    "communities": {"club": {"chats": [f"telegram:{CHAT_ID}", f"telegram:{OTHER_ID}"]}},
}
CONFIRMED = "Your invite of Bob is confirmed (1 of 2)."


async def invited(driver: str, db_url: str, *, last_seen: int) -> TelegramHarness:
    """Ann, who never started the bot, invites Bob through her personal link; Bob stays and
    speaks; Ann is last seen in `last_seen`. The confirmation job is due."""
    h = await TelegramHarness.open(driver, db_url, GROW)
    h.world.group(OTHER_ID, "Club Chat")
    h.member(ANN, "Ann")
    h.world.add_member(OTHER_ID, ANN)
    h.world.say(CHAT_ID, ANN, "/invite")
    await h.settle()
    await h.settle()  # the link, refused privately, is said in the group
    link = h.texts()[-1].rsplit(" ", 1)[-1]
    h.world.user(BOB, "Bob")
    h.world.join(CHAT_ID, BOB, link)
    h.world.say(CHAT_ID, BOB, "hello all")
    h.world.say(last_seen, ANN, "welcome Bob")
    await h.settle()
    h.clock.set(START + timedelta(days=3, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    await h.settle()  # the fallback is queued when the refusal comes back
    return h


@pytest.mark.parametrize("last_seen", [CHAT_ID, OTHER_ID])
async def test_a_confirmation_the_inviter_cannot_get_privately_is_said_in_their_group(
    driver, sqlite_url, last_seen
):
    h = await invited(driver, sqlite_url, last_seen=last_seen)
    try:
        assert h.texts(last_seen)[-1] == f"Ann: {CONFIRMED}"
        mention = h.world.bot_messages(last_seen)[-1]["entities"][0]
        assert mention["type"] == "text_mention" and mention["user"]["id"] == ANN
        elsewhere = OTHER_ID if last_seen == CHAT_ID else CHAT_ID
        assert not [t for t in h.texts(elsewhere) if CONFIRMED in t]
        # told in the group: no failure for `groupops outbox` to list
        assert await troubled(datetime.now(UTC), timedelta(minutes=5), None) == []
        rows = await OutboxItem.filter(kind="send_private").values_list("status", flat=True)
        assert "failed" in rows
    finally:
        await h.close()


async def test_the_log_says_the_member_was_mentioned_in_the_group(driver, sqlite_url):
    from loguru import logger

    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{message}")
    try:
        h = await invited(driver, sqlite_url, last_seen=CHAT_ID)
        await h.close()
    finally:
        logger.remove(sink)
    said = [line for line in seen if "private message to" in line]
    assert said and all("; mentioned them in the group instead" in line for line in said), said
