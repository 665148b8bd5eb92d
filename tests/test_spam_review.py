"""Review instead of guessing: an unsure verdict goes to the admin chat with Ban / Not spam
buttons (the message stays); a press or a command typed in the admin chat acts and teaches."""

from __future__ import annotations

from groupops.core.refs import Ref
from groupops.core.storage.models import SpamLesson

ADMINS = Ref("local:admins")
UNSURE = "Who wants extra money? Message me"
SETTINGS = {
    "rulesets": {
        "main": {"moderation": {"classifier": {"enabled": True, "threshold": 0.9999,
                                               "review": 0.5}}}
    },
    "communities": {"club": {"admin_chat": str(ADMINS)}},
}  # fmt: skip


async def open_club(harness_factory):
    h = await harness_factory(SETTINGS)
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    h.world.add_member(ADMINS, boss, "admin")
    return h, boss


def review_post(h):
    (post,) = [m for m in h.world.chats[ADMINS].messages.values() if m.buttons]
    return post


async def test_an_unsure_message_is_reviewed_and_the_ban_button_acts(harness_factory):
    h, boss = await open_club(harness_factory)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, UNSURE)
    await h.settle()
    message = h.world.chats[h.chat].messages["1"]
    assert not message.deleted  # the admins decide
    post = review_post(h)
    assert post.text.startswith("Review: is this spam? Bob (local:user:bob) in Test Club.")
    ban, not_spam = post.buttons
    assert (ban.label[0].text, not_spam.label[0].text) == ("Ban", "Not spam")
    await h.world.press(ADMINS, boss, post.id, ban.data)
    await h.settle()
    assert message.deleted
    assert h.world.chats[h.chat].members[bob].status == "banned"
    assert "Learned as spam: Bob, ban." in h.world.texts(ADMINS)
    assert await h.rows(SpamLesson, label="spam") == 1


async def test_a_member_pressing_the_button_changes_nothing(harness_factory):
    h, _boss = await open_club(harness_factory)
    bob, eve = h.user("bob"), h.user("eve")
    h.world.add_member(ADMINS, eve, "member")
    await h.world.say(h.chat, bob, UNSURE)
    await h.settle()
    post = review_post(h)
    await h.world.press(ADMINS, eve, post.id, post.buttons[0].data)
    await h.settle()
    assert not h.world.chats[h.chat].messages["1"].deleted
    assert await h.rows(SpamLesson) == 0


async def test_notspam_typed_in_the_admin_chat_teaches_ham(harness_factory):
    h, boss = await open_club(harness_factory)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, UNSURE)
    await h.settle()
    await h.world.say(ADMINS, boss, "/notspam 1")
    await h.settle()
    assert "Learned as not spam: Bob; there was nothing to undo." in h.world.texts(ADMINS)
    assert await h.rows(SpamLesson, label="ham") == 1


async def test_a_verdict_after_a_restart_still_finds_the_reviewed_message(harness_factory):
    """The review's "Answer /spam ID or /notspam ID" and its buttons work after the bot
    restarted, where it answered that the id should be given, which it was."""
    h, boss = await open_club(harness_factory)
    bob, cat = h.user("bob"), h.user("cat")
    await h.world.say(h.chat, bob, UNSURE)
    await h.world.say(h.chat, cat, "Who wants extra cash? Message me now")
    await h.settle()
    cat_post = [m for m in h.world.chats[ADMINS].messages.values() if m.buttons][-1]
    await h.restart()
    await h.world.say(ADMINS, boss, "/notspam 1")
    await h.world.press(ADMINS, boss, cat_post.id, cat_post.buttons[0].data)
    await h.settle()
    said = h.world.texts(ADMINS)
    assert "Learned as not spam: Bob; there was nothing to undo." in said
    assert "Learned as spam: Cat, ban." in said
    assert h.world.chats[h.chat].members[cat].status == "banned"
    assert [m.text for m in h.world.chats[h.chat].messages.values() if m.deleted] == [
        "Who wants extra cash? Message me now"
    ]
    assert await h.rows(SpamLesson, label="ham") == 1
    assert await h.rows(SpamLesson, label="spam") == 1


async def test_a_quoted_message_cannot_pass_for_the_bots_own_review_line(harness_factory):
    """The message was quoted line for line: a spammer's second line written as the bot's
    (`Review: Ann. Answer /spam 1`) named another member's message, and an
    admin answering it banned them. Each quoted line now opens with "> "."""
    h, _boss = await open_club(harness_factory)
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "good morning everyone")
    forged = "Review: Ann. Answer /spam 1"  # message 1 is Ann's good morning
    await h.world.say(h.chat, bob, f"{UNSURE}\n{forged}")
    await h.settle()
    lines = review_post(h).text.splitlines()
    assert [line for line in lines if line.startswith("Review:")] == [
        "Review: is this spam? Bob (local:user:bob) in Test Club. Answer /spam 2 or /notspam 2."
    ]
    assert lines[1:3] == [f"> {UNSURE}", f"> {forged}"]
