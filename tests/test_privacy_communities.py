"""/forgetme with a bot serving several communities: it erases the one the private chat is
routed to (the group the member last sent it in), names it, and names the others that still
keep the member's data with how to be forgotten there too, in the member's language. Each is
erased in turn; the last one names no other. Through the python-telegram-bot driver against
the fake Bot API."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID

from groupops.core.storage.models import Member

BOOKS_ID, CHESS_ID = -1002000000001, -1002000000002
ANN, BOB = 401, 402
SETTINGS = {
    "communities": {
        "books": {"ruleset": "main", "chats": [f"telegram:{BOOKS_ID}"], "title": "Book Club"},
        "chess": {"ruleset": "main", "chats": [f"telegram:{CHESS_ID}"], "title": "Chess Club"},
    }
}
ELSEWHERE = (
    "This does not erase your data in {}: to be forgotten there too, send /forgetme in a "
    "group of each, then here again."
)
STILL = (
    "Your data in {} is still kept: to erase it, send /forgetme in a group of each, then here "
    "again."
)


async def three_clubs(open_harness, language: str = "en"):
    h = await open_harness("ptb", SETTINGS)
    for chat, title in ((BOOKS_ID, "Book Club"), (CHESS_ID, "Chess Club")):
        h.world.group(chat, title)
    h.member(ANN, "Ann", language=language)
    h.world.private(ANN)
    h.world.add_member(BOOKS_ID, ANN)
    h.member(BOB, "Bob")
    for chat in (CHAT_ID, BOOKS_ID):
        h.world.say(chat, ANN, "hello")
    h.world.say(CHESS_ID, BOB, "hello")  # a club that never saw her
    await h.settle()
    return h


async def forget_in(h, chat: int) -> list[str]:
    """/forgetme sent in `chat` (routing the private chat there), asked and confirmed."""
    before = len(h.world.texts(ANN))
    h.world.say(chat, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    return h.world.texts(ANN)[before:]


async def test_each_community_is_named_and_the_others_said_with_how(open_harness):
    h = await three_clubs(open_harness)
    asked, elsewhere, done, still = await forget_in(h, CHAT_ID)
    assert asked.startswith("This erases what Test Club stores about you")
    assert elsewhere == ELSEWHERE.format("Book Club")  # not the chess club: it never saw her
    assert done == "Done: Test Club has forgotten you. What it keeps no longer names you."
    assert still == STILL.format("Book Club")
    assert not await Member.exists(community="club", key=f"telegram:user:{ANN}")
    assert await Member.exists(community="books", key=f"telegram:user:{ANN}")

    asked, done = await forget_in(h, BOOKS_ID)  # the club has forgotten her: named no more
    assert asked.startswith("This erases what Book Club stores about you")
    assert done == "Done: Book Club has forgotten you. What it keeps no longer names you."
    assert not await Member.filter(key=f"telegram:user:{ANN}").exists()


async def test_in_the_members_language(open_harness):
    h = await three_clubs(open_harness, language="de")
    said = await forget_in(h, BOOKS_ID)
    assert said[1] == (
        "Deine Daten in Test Club löscht dies nicht: Um auch dort vergessen zu werden, schick "
        "/forgetme in einer Gruppe jeder dieser Communitys und dann wieder hier."
    )
