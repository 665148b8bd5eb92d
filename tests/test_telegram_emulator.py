"""`groupops run` on each driver against telegram-test-api, a Bot API emulator written by
others: what our own fake checks is our reading of the Bot API, this is another's.

Members speak through the emulator's client routes and the tests read what they would see:
the bot's answers in the chat, and their messages gone where the bot deleted them. The
emulator knows getMe, getUpdates, sendMessage, deleteMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery and the webhook calls; every other method (bans,
mutes, getChat, getChatMember, the command menu) is answered with an HTTP 500 of its own
shape, so the bot runs as one that is not an admin and cannot remove anyone. Its updates are
messages and button presses only: a join comes as the message's `new_chat_members`.
"""

from __future__ import annotations

import pytest
from support.telegram_emulator import Emulator, Group, Member, Running, node_ready, wait_for

CLUB = Group(-1001987654321, "Emulator Club")
ANN, BO, CY, DEE = Member(501, "Ann"), Member(502, "Bo"), Member(503, "Cy"), Member(504, "Dee")

SETTINGS = """
[default.database]
url = "sqlite://run.db"
[default.platforms.telegram]
adapter = "{driver}"
mode = "polling"
base_url = "{url}"
poll_timeout = 2
[default.rulesets.main]
timezone = "UTC"
[default.rulesets.main.moderation]
escalation = ["remind", "warn_private", "kick"]
blocklist = {{ words = ["free money"] }}
[[default.rulesets.main.autoreply.rules]]
match = "contains"
pattern = "price"
reply = "Prices and plans are in the pinned message."
[default.communities.club]
ruleset = "main"
title = "{title}"
chats = ["telegram:{chat}"]
"""


@pytest.fixture(scope="module", params=["aiogram", "ptb"])
def bot(request, tmp_path_factory):
    """The emulator, and groupops polling it on one driver: one per driver for the module."""
    emulator = Emulator(node_ready())
    folder = tmp_path_factory.mktemp(f"emulated-{request.param}")
    settings = SETTINGS.format(
        driver=request.param, url=emulator.url, title=CLUB.title, chat=CLUB.id
    )
    try:
        running = Running(folder, settings)
    except BaseException:
        emulator.stop()
        raise
    yield emulator, running
    code = running.stop()
    emulator.stop()
    assert code == 0, running.log
    assert "Traceback" not in running.log, running.log


def command(text: str) -> tuple[str, list[dict]]:
    """A command as a client sends it: the text, and `entities` marking it a bot command."""
    return text, [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


def answered(emulator: Emulator, chat: Group | Member, count: int) -> list[str]:
    """The bot's last message in `chat` once it has posted `count` there."""
    texts = wait_for(
        lambda: emulator.texts(chat) if len(emulator.texts(chat)) >= count else None,
        20,
        f"message {count} of the bot in {chat}",
    )
    assert len(texts) == count, texts  # nothing more than asked for
    return texts


def test_a_keyword_rule_answers_the_member(bot):
    emulator, _ = bot
    before = len(emulator.texts(CLUB))
    asked = emulator.say(CLUB, ANN, "What is the price of the pro plan?")
    texts = answered(emulator, CLUB, before + 1)
    assert texts[-1] == "Prices and plans are in the pinned message."
    reply = emulator.said(CLUB)[-1]
    assert f'"message_id": {asked}' in str(reply.get("reply_parameters"))  # as a reply to her


def test_help_in_the_group_points_to_the_private_chat_where_it_lists_commands(bot):
    emulator, _ = bot
    before = len(emulator.texts(CLUB))
    emulator.say(CLUB, BO, *command("/help"))
    texts = answered(emulator, CLUB, before + 1)
    assert texts[-1] == "Send /help to me in a private chat: I list there what you can use."
    emulator.say(BO, BO, *command("/help"))
    (listing,) = answered(emulator, BO, 1)
    assert listing.startswith(f"I am the bot of {CLUB.title}"), listing
    assert "/points – your points balance" in listing.splitlines(), listing


def test_a_check_in_earns_a_point_once_a_day(bot):
    emulator, _ = bot
    before = len(emulator.texts(CLUB))
    emulator.say(CLUB, CY, *command("/checkin"))
    texts = answered(emulator, CLUB, before + 1)
    assert texts[-1] == "Cy checked in: +1 point. 1 day in a row, balance 1."
    emulator.say(CLUB, CY, *command("/checkin"))
    assert answered(emulator, CLUB, before + 2)[-1] == "Cy, you have already checked in today."


def test_a_blocklisted_message_is_deleted_and_its_sender_reminded(bot):
    emulator, _ = bot
    before = len(emulator.texts(CLUB))
    kept = emulator.say(CLUB, ANN, "see you at the meetup")
    spam = emulator.say(CLUB, BO, "FREE money for everyone, DM me")
    texts = answered(emulator, CLUB, before + 1)
    assert texts[-1] == "Bo, please mind the group rules: a blocked word."
    wait_for(lambda: not emulator.present(CLUB, spam), 20, "the bot to delete the spam")
    assert emulator.present(CLUB, kept)
