"""Waves remember what a rule deleted only when its words are spam: a greeting posted once with
a blocked word, or a caption under a locked photo, must not make every member's same greeting
a wave; an ad deleted for its link is still remembered, so its link-free copy is caught."""

from __future__ import annotations

import pytest
from support.harness import Harness
from support.preview import preview_rules

from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry

ADMINS = "local:admins"
GREETING = "Good morning everyone, have a lovely Friday and a great weekend"
AD = "Earn $500 a day from home with crypto trading, DM me now for the details"


def settings(classifier: bool) -> dict:
    moderation = {
        "waves": {"enabled": True},
        "classifier": {"enabled": classifier},
        "blocklist": {"words": ["pumpcoin"]},
        "links": {"enabled": True},
        "locks": {"locked": ["photo"]},
    }
    return {
        "rulesets": {"main": {"moderation": moderation}},
        "communities": {"club": {"admin_chat": ADMINS, "chats": ["local:main", "local:second"]}},
    }


def deleted(h: Harness, chat: Ref) -> list[str]:
    return [m.text for m in h.world.chats[chat].messages.values() if m.deleted]


@pytest.fixture(params=[False, True], ids=["rules alone", "with the classifier"])
async def club(request, harness_factory) -> Harness:
    h = await harness_factory(settings(request.param))
    h.world.chat("admins")
    h.user("boss", admin=True)
    return h


async def test_a_greeting_posted_with_a_blocked_word_does_not_make_the_greeting_a_wave(club):
    h = club
    attacker, ann = h.user("attacker"), h.user("ann")
    await h.world.say(h.chat, attacker, f"{GREETING} pumpcoin")
    await h.settle()
    assert deleted(h, h.chat) == [f"{GREETING} pumpcoin"]
    await h.world.say(h.chat, ann, GREETING)
    await h.settle()
    assert deleted(h, h.chat) == [f"{GREETING} pumpcoin"]  # ann's greeting stays
    assert await AuditEntry.filter(rule="waves").count() == 0


async def test_a_caption_under_a_locked_photo_does_not_make_its_words_a_wave(club):
    h = club
    bob, ann = h.user("bob"), h.user("ann")
    await h.world.say(h.chat, bob, GREETING, media="photo")
    await h.settle()
    assert deleted(h, h.chat) == [GREETING]
    await h.world.say(h.chat, ann, GREETING + "!")
    await h.settle()
    assert deleted(h, h.chat) == [GREETING]
    assert await AuditEntry.filter(rule="waves").count() == 0


async def test_an_ad_deleted_for_its_link_is_remembered_and_its_copy_caught(club):
    h = club
    second = Ref("local:second")
    first, copier = h.user("s1"), h.user("s2", chat=second)
    await h.world.say(h.chat, first, f"{AD} pump.io")
    await h.settle()
    assert deleted(h, h.chat) == [f"{AD} pump.io"]
    await h.world.say(second, copier, AD.upper() + "!!")
    await h.settle()
    assert deleted(h, second) == [AD.upper() + "!!"]
    assert await AuditEntry.filter(rule="waves", action="delete").count() == 1


def test_the_preview_judges_the_same_way(tmp_path):
    """`groupops moderate` remembers what the bot would: the greeting passes there too."""
    lines = [f"{GREETING} pumpcoin", GREETING, f"{AD} pumpcoin", AD + "!!"]
    moderation = 'blocklist = { words = ["pumpcoin"] }\nwaves = { enabled = true }\n'
    rules = preview_rules(tmp_path, moderation, lines)
    assert rules == [["blocklist"], [], ["blocklist"], ["waves"]]
