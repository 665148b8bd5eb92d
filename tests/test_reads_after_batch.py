"""What a command reads from the database includes what the updates just before it did, when
both came in one batch of updates: through the python-telegram-bot driver against the fake Bot
API, whose one `getUpdates` answer carries them all."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID, OWNER_ID

ANN, BOB = 201, 202


async def test_history_and_top_right_after_a_checkin_show_it(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.member(BOB, "Bob")
    h.world.say(CHAT_ID, ANN, "签到")
    h.world.say(CHAT_ID, ANN, "/history")
    h.world.say(CHAT_ID, BOB, "签到")
    h.world.say(CHAT_ID, BOB, "/top")
    await h.settle()
    texts = h.texts()
    assert "No points yet. Check in, answer questions and share to earn some." not in texts
    history = [t.splitlines() for t in texts if t.startswith("Recent points")]
    assert history[0][0] == "Recent points, balance 1:"
    assert history[0][1].endswith("+1  daily check-in")
    assert texts[-1] == "Top members, this week:\n1. Ann · 1 point\n2. Bob · 1 point"


async def test_the_log_right_after_a_warning_shows_it(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    hello = h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/warn spamming", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/log")
    await h.settle()
    assert "warn" in h.texts()[-1] and "Ann" in h.texts()[-1]
