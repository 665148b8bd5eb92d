"""What the spam classifier keeps of a member after /forgetme, as an auditor reads the
`spam_lessons` table and the admins see the classifier at work: a message an admin marked
not spam is an ordinary message of theirs and goes, words and all (as does a /spam lesson
undone); one marked spam keeps its text, or a spammer could unteach the classifier by asking
to be forgotten, no longer tied to them. An admin forgotten keeps the lessons they taught
under their alias. Through the python-telegram-bot driver against the fake Bot API."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.privacy.alias import is_forgotten
from groupops.core.storage.models import AuditEntry, SpamLesson

ANN, BOB = 301, 302
HAM = "the meetup moved to Thursday, bring the slides"
SPAM = "earn 500 dollars a day from home, write to me now"
UNDONE = "my cousin sells bikes cheap if anyone needs one"
CLASSIFIER = {
    "rulesets": {
        "main": {"moderation": {"classifier": {"enabled": True, "command_step": "delete"}}}
    }
}


async def forget(h, user: int) -> None:
    h.world.say(user, user, "/forgetme")
    await h.settle()
    h.world.say(user, user, "/forgetme confirm")
    await h.settle()
    assert h.world.texts(user)[-1].startswith("Done: Test Club has forgotten you.")


async def taught(h) -> None:
    """Ann's three messages judged by the owner: not spam, spam, and spam then undone."""
    h.member(ANN, "Ann")
    h.world.private(ANN)
    ham = h.world.say(CHAT_ID, ANN, HAM)
    spam = h.world.say(CHAT_ID, ANN, SPAM)
    undone = h.world.say(CHAT_ID, ANN, UNDONE)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/notspam", reply_to_message=ham)
    h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=spam)
    h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=undone)
    await h.settle()
    (last,) = await AuditEntry.filter(action="learn", evidence=UNDONE)
    h.world.say(CHAT_ID, OWNER_ID, f"/undo {last.id}")
    await h.settle()
    assert {(s.label, s.text, s.undone_at is None) for s in await SpamLesson.all()} == {
        ("ham", HAM, True), ("spam", SPAM, True), ("spam", UNDONE, False),
    }  # fmt: skip


async def test_a_members_not_spam_lessons_go_and_spam_ones_stay_unnamed(open_harness):
    h = await open_harness("ptb", CLASSIFIER)
    await taught(h)
    await forget(h, ANN)
    (kept,) = await SpamLesson.all()
    assert (kept.label, kept.text, kept.actor) == ("spam", SPAM, f"telegram:user:{OWNER_ID}")
    (entry,) = await AuditEntry.filter(id=kept.id)  # the lesson's entry: about an alias
    assert is_forgotten(entry.target) and entry.evidence == "" and entry.detail == "{}"
    # the classifier goes on, rebuilt from the lessons left: a new verdict is learned and kept
    said = h.world.say(CHAT_ID, h.member(BOB, "Bob"), HAM)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/notspam", reply_to_message=said)
    await h.settle()
    assert h.texts()[-1] == "Learned as not spam: Bob; there was nothing to undo."
    assert sorted((s.label, s.text) for s in await SpamLesson.all()) == [
        ("ham", HAM),
        ("spam", SPAM),
    ]


async def test_an_admin_forgotten_keeps_the_lessons_taught_under_an_alias(open_harness):
    h = await open_harness("ptb", CLASSIFIER)
    await taught(h)
    h.world.private(OWNER_ID)
    await forget(h, OWNER_ID)
    lessons = await SpamLesson.all()
    assert sorted(s.text for s in lessons) == sorted([HAM, SPAM, UNDONE])  # Ann's, not erased
    (alias,) = {s.actor for s in lessons}
    assert is_forgotten(alias)


async def test_a_lesson_taught_in_private_keeps_no_id_of_the_admin_forgotten(open_harness):
    """A connected admin's /spam sent privately is keyed by that private chat's message
    (`m{id}/…`), and so is its lesson: the key's id goes with the log entry's."""
    h = await open_harness("ptb", CLASSIFIER)
    h.member(ANN, "Ann")
    mod = 777000111
    h.world.user(mod, "Mo")
    h.world.add_member(CHAT_ID, mod, "administrator")
    h.world.private(mod)
    spam = h.world.say(CHAT_ID, ANN, SPAM)
    h.world.say(CHAT_ID, mod, "/connect")
    await h.settle()
    h.world.say(mod, mod, f"/spam {spam['message_id']}")
    await h.settle()
    assert h.world.texts(mod)[-1] == "Learned as spam: Ann, message deleted."
    await forget(h, mod)
    (kept,) = await SpamLesson.all()
    assert kept.text == SPAM and str(mod) not in f"{kept.id} {kept.actor}"
    assert await AuditEntry.exists(id=kept.id)  # still the lesson of its log entry
