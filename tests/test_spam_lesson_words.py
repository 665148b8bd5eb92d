"""What an admin reads of a not-spam verdict: /notspam that found nothing to undo says so
(it used to say "undone: -"), and /log files the lesson under what it taught, not spam (it
used to read "[spam]", the classifier's rule, the opposite of the verdict)."""

from __future__ import annotations


def last_id(h, user) -> str:
    return [m.id for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1]


def club(locale: str) -> dict:
    return {
        "rulesets": {"main": {"moderation": {"classifier": {"enabled": True}}}},
        "communities": {"club": {"locale": locale}},
    }


async def test_notspam_with_nothing_undone_and_its_lesson_in_the_log(harness_factory):
    h = await harness_factory(club("uk"))
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "Хто хоче заробляти вдома? Пишіть мені")
    await h.settle()
    await h.world.say(h.chat, boss, f"/notspam {last_id(h, ann)}")
    await h.settle()
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    said = h.world.texts(h.chat)
    # was "…; скасовано: -."
    assert said[-2] == "Позначено як не спам: Ann; скасовувати не було чого."
    lesson = said[-1].splitlines()[1].split(" ", 3)[3]
    assert lesson == "урок класифікатору Ann [не спам] Boss виконано"  # was "[спам]"


async def test_in_english_too(harness_factory):
    h = await harness_factory(club("en"))
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "Good morning, see you all at the meetup")
    await h.settle()
    await h.world.say(h.chat, boss, f"/notspam {last_id(h, ann)}")
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    said = h.world.texts(h.chat)
    assert said[-2] == "Learned as not spam: Ann; there was nothing to undo."
    lesson = said[-1].splitlines()[1].split(" ", 3)[3]
    assert lesson == "classifier lesson Ann [not spam] Boss done"  # was "[spam]"
