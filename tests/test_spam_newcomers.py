"""A newcomer's message is judged likelier spam: the same text a regular would only be asked
about is acted on when it is a new account's first message, and the verdict says so."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError
from support.cli import groupops
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.moderation import ModerationConfig, Moderator, Sample, normalise
from groupops.core.refs import Ref

LOAN = "Quick loans, PM me"  # 0.89 from the starter samples
ADMINS = Ref("local:admins")


def judge(text: str, messages: int | None, moderation: dict | None = None):
    config = ModerationConfig.model_validate(
        moderation or {"classifier": {"enabled": True}, "duplicates": {"enabled": False}}
    )
    sample = Sample(text=text, norm=normalise(text), member_messages=messages)
    return Moderator(config).check(sample), sample


def test_a_newcomers_odds_turn_a_review_into_an_action_and_are_named():
    (member,), member_sample = judge(LOAN, 40)
    assert member.review and 0.8 <= member_sample.found["spam_score"].probability < 0.9
    (newcomer,), newcomer_sample = judge(LOAN, 0)
    assert (newcomer.action, newcomer.delete, newcomer.review) == ("escalate", True, False)
    assert newcomer_sample.found["spam_score"].probability >= 0.9
    assert newcomer.evidence.startswith("spam 0.94 (a newcomer: 0.89 at odds x2): 'me' +0.38")
    (unknown,), _ = judge(LOAN, None)  # where the platform does not say, nothing is assumed
    assert unknown.review


EARN = "Earn $500 a day from home, DM me now for details"  # 0.99 from the starter samples


def test_a_regulars_spam_verdict_asks_the_admins_instead_of_acting():
    for messages in (0, 19, None):  # a newcomer, a member, a sender the platform says nothing of
        (hit,), _ = judge(EARN, messages)
        assert (hit.action, hit.delete, hit.review) == ("escalate", True, False), messages
    (regular,), sample = judge(EARN, 20)
    assert (regular.action, regular.delete, regular.review) == ("review", False, True)
    assert sample.found["spam_score"].probability >= 0.9  # the score is the same; the step is not
    assert regular.evidence.endswith("(a regular: the admins decide)")
    off = {"classifier": {"enabled": True, "regular_messages": 0}, "duplicates": {"enabled": False}}
    (judged,), _ = judge(EARN, 500, off)
    assert (judged.action, judged.delete) == ("escalate", True)


def test_odds_of_one_treat_newcomers_as_members_and_odd_odds_are_refused():
    off = {"classifier": {"enabled": True, "newcomer_odds": 1}}
    (hit,), _ = judge(LOAN, 0, off)
    assert hit.review and "newcomer" not in hit.evidence
    for odds, problem in ((0.5, "greater than or equal to 1"), (float("inf"), "less than or")):
        with pytest.raises(ValidationError, match=rf"classifier\.newcomer_odds\n.*{problem}"):
            ModerationConfig.model_validate({"classifier": {"newcomer_odds": odds}})


async def member_then_newcomer(harness_factory, chatter: list[str], said: str, new_says: str):
    """Ann chats, then says `said`; a newcomer joins and says `new_says`. Only the newcomer's
    message is removed and Ann's goes to the admins: returns the harness and that review."""
    h = await harness_factory(
        {
            "rulesets": {"main": {"moderation": {"classifier": {"enabled": True}}}},
            "communities": {"club": {"admin_chat": str(ADMINS)}},
        }
    )
    h.world.chat("admins")
    ann = h.user("ann")
    for text in chatter:
        await h.world.say(h.chat, ann, text)
    await h.world.say(h.chat, ann, said)
    new = h.world.user("new", "New")
    await h.world.join(h.chat, new)
    await h.world.say(h.chat, new, new_says)
    await h.settle()
    removed = [(m.sender, m.text) for m in h.world.chats[h.chat].messages.values() if m.deleted]
    assert removed == [(new, new_says)]
    (review,) = [m for m in h.world.chats[ADMINS].messages.values() if m.buttons]
    assert review.text.startswith("Review: is this spam? Ann (local:user:ann) in Test Club.")
    return h, review


async def test_a_regular_is_asked_about_what_a_newcomer_is_removed_for(harness_factory):
    chatter = ["morning all", "the build is green again", "see you at the meetup"]
    h, _ = await member_then_newcomer(harness_factory, chatter, LOAN, LOAN)
    assert h.world.texts(h.chat)[-1] == "@New, please mind the group rules: spam."


async def test_a_regulars_scam_warning_goes_to_the_admins_a_newcomers_copy_is_removed(
    harness_factory,
):
    chatter = [f"status update {n}: the nightly build is green" for n in range(20)]
    # a warning that quotes the whole ad (one quoting only EARN scores 0.75: let pass)
    scam = "Earn $500 a day from home, no experience, guaranteed daily payouts, DM me now"
    warning = f"Heads up, someone DMed me this: '{scam} for details'. It is a scam, report them"
    _, review = await member_then_newcomer(harness_factory, chatter, warning, EARN)
    assert "(a regular: the admins decide)" in review.text


async def test_a_regular_quoting_a_removed_scam_is_asked_about_not_caught_by_the_wave(
    harness_factory,
):
    h = await harness_factory(
        {
            "rulesets": {
                "main": {
                    "moderation": {"classifier": {"enabled": True}, "waves": {"enabled": True}}
                }
            },
            "communities": {"club": {"admin_chat": str(ADMINS)}},
        }
    )
    h.world.chat("admins")
    ann = h.user("ann")
    for n in range(20):
        await h.world.say(h.chat, ann, f"status update {n}: the nightly build is green")
    new = h.world.user("new", "New")
    await h.world.join(h.chat, new)
    await h.world.say(h.chat, new, EARN)
    await h.settle()
    await h.world.say(h.chat, ann, f"Careful: {EARN}")  # a near copy of judged spam
    await h.settle()
    removed = [(m.sender, m.text) for m in h.world.chats[h.chat].messages.values() if m.deleted]
    assert removed == [(new, EARN)]
    (review,) = [m for m in h.world.chats[ADMINS].messages.values() if m.buttons]
    assert "like spam seen" in review.text and "(a regular: the admins decide)" in review.text


def test_a_flood_acts_on_a_regular_whose_messages_the_classifier_only_asks_about():
    config = ModerationConfig.model_validate(
        {
            "classifier": {"enabled": True},
            "duplicates": {"enabled": False},
            "flood": {"messages": 3, "seconds": 10, "action": "mute", "duration": "1h"},
        }
    )
    moderator = Moderator(config)  # flood (order 100) comes after the classifier (80)
    start = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    verdicts = []
    for n in range(3):
        text = f"{EARN} #{n}"
        sample = Sample(
            text=text, norm=normalise(text), chat="local:main", sender=Ref("local:user:reg"),
            time=start + timedelta(seconds=n), member_messages=50 + n,
        )  # fmt: skip
        verdicts.append([(hit.rule, hit.action) for hit in moderator.check(sample)])
    assert verdicts[0] == [("classifier", "review")]
    assert verdicts[2] == [("flood", "mute 1h"), ("classifier", "review")]  # the third


def test_regulars_must_count_past_newcomers_and_counts_are_whole_numbers():
    for value, problem in (
        (2, r"regular_messages \(2\) must be above newcomer_messages \(3\), or 0"),
        (True, "Input should be a valid integer"),
        ("20", "Input should be a valid integer"),
    ):
        with pytest.raises(ValidationError, match=problem):
            ModerationConfig.model_validate({"classifier": {"regular_messages": value}})


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_new_accounts_first_message_is_removed_on_telegram(driver, sqlite_url):
    rules = {
        "rulesets": {"main": {"moderation": {"classifier": {"enabled": True}}}},
        "communities": {"club": {"admin_chat": "telegram:-1009876543210"}},
    }  # a regular's spam is asked about where an admin chat would be asked
    h = await TelegramHarness.open(driver, sqlite_url, rules)
    try:
        h.world.group(-1009876543210, "Admins")
        h.member(66, "Regular")
        for text in ("morning all", "the build is green again", "see you at the meetup"):
            h.world.say(CHAT_ID, 66, text)
        regular = h.world.say(CHAT_ID, 66, LOAN)
        h.world.user(77, "Fresh")
        h.world.join(CHAT_ID, 77)
        fresh = h.world.say(CHAT_ID, 77, LOAN)
        h.member(88, "Old hand")
        for n in range(20):
            h.world.say(CHAT_ID, 88, f"status update {n}: the nightly build is green")
        old_hand = h.world.say(CHAT_ID, 88, EARN)  # 0.99, from a regular: reviewed, kept
        h.world.user(99, "Another")
        h.world.join(CHAT_ID, 99)
        another = h.world.say(CHAT_ID, 99, EARN)
        await h.settle()
        messages = h.world.chats[CHAT_ID].messages
        assert not messages[regular["message_id"]].get("deleted")
        assert messages[fresh["message_id"]].get("deleted")
        assert not messages[old_hand["message_id"]].get("deleted")
        assert messages[another["message_id"]].get("deleted")
    finally:
        await h.close()


SETTINGS = """
[default.rulesets.chat.moderation]
classifier = { enabled = true }
duplicates = { enabled = false }
"""


async def test_the_preview_replays_what_the_file_says_of_each_sender(tmp_path):
    lines = [
        {"sender": "ann", "messages": 250, "text": LOAN},
        {"sender": "bob", "messages": 0, "text": LOAN},
        {"sender": "cy", "messages": 2, "text": "hello everyone"},
        {"sender": "cy", "text": LOAN},  # cy's fourth message: no longer a newcomer
        {"sender": "dee", "messages": "many", "text": LOAN},
        {"sender": "eve", "messages": 30, "text": EARN},  # a regular: asked about, not removed
        {"sender": "fay", "messages": 3, "text": EARN},
    ]
    path = tmp_path / "replay.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    done = await groupops("moderate", "--ruleset", "chat", str(path), "--json", cwd=tmp_path)
    assert done.code == 0, done.text
    verdicts = [json.loads(line) for line in done.out.splitlines()[:-1]]
    actions = [v["action"] for v in verdicts]
    assert actions == ["review", "remind", None, "review", "review", "review", "remind"]
    assert [(v["sender"], v["newcomer_odds"]) for v in verdicts[:3]] == [
        ("ann", 1.0), ("bob", 2.0), ("cy", 2.0)
    ]  # fmt: skip
    assert 'line 5: messages "many" is not a count; ignored' in done.err
    explained = await groupops(
        "moderate", "--ruleset", "chat", str(path), "--explain", cwd=tmp_path
    )
    printed = explained.out.splitlines()
    passed = printed[next(n for n, line in enumerate(printed) if "hello everyone" in line) + 1]
    assert re.fullmatch(
        r" +classifier: spam 0\.\d\d \(a newcomer: 0\.\d\d at odds x2\): '.*", passed
    )
