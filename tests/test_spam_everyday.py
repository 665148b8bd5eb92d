"""Everyday group chat that uses spam words innocently (prices, "dm me the logs", handles,
money and job talk, crypto and giveaways discussed, links to docs, short replies) is not acted
on by the shipped classifier, and plain spam in each starter language still is: what
`groupops moderate --explain` prints for the example `tech` ruleset.

The messages are in tests/data/spam_everyday, written apart from the starter samples; they
chose the starter lines and smoothing (docs/moderation.md), so they are a check, not a
held-out measure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from groupops.core.cli import main

ROOT = Path(__file__).resolve().parent.parent
EVERYDAY = ROOT / "tests" / "data" / "spam_everyday"
LANGUAGES = ("en", "ru", "zh")
THRESHOLD, REVIEW = 0.9, 0.8  # the tech ruleset's: acted on from 0.9, reviewed from 0.8
# Acted on by the classifier still (0.95): a handle, "telegram" and "need help" all lean to
# spam; the tech ruleset's contacts rule removes it anyway
TELEGRAM = "my telegram is @dave_k if you need help with the install"
# 0.68: the English starter spam has few adult ads
SINGLES = "Hot singles in your area are waiting, click the link in my bio"


def lines(name: str) -> list[str]:
    return (EVERYDAY / name).read_text(encoding="utf-8").splitlines()


def spam_scores(folder: Path, texts: list[str]) -> dict[str, float]:
    """Each text -> the classifier's score `groupops moderate --explain` prints for it."""
    messages = folder / "msgs.txt"
    messages.write_text("\n".join(texts) + "\n", encoding="utf-8")
    settings = str(ROOT / "settings.toml")
    result = CliRunner().invoke(
        main, ["moderate", "--settings", settings, "--ruleset", "tech", "--explain", str(messages)]
    )
    assert result.exit_code == 0, result.output
    # each message's row ("remind +delete   classifier   the message") is followed by its
    # explanations, indented; the classifier's reads "classifier: spam 0.95: 'usd' +0.67, …"
    scores = re.findall(r"^ +classifier: spam (\d\.\d\d)", result.output, re.M)
    assert len(scores) == len(texts), result.output
    return {text: float(score) for text, score in zip(texts, scores, strict=True)}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, float]:
    """Every message of the folder, judged in one run."""
    texts = [text for path in sorted(EVERYDAY.glob("*.txt")) for text in lines(path.name)]
    return spam_scores(tmp_path_factory.mktemp("everyday"), texts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_everyday_messages_are_not_acted_on_by_the_classifier(scores, language):
    ham = {text: scores[text] for text in lines(f"{language}.ham.txt") if text != TELEGRAM}
    assert {text: score for text, score in ham.items() if score >= THRESHOLD} == {}
    reviewed = {text: score for text, score in ham.items() if score >= REVIEW}
    assert len(reviewed) <= 1, reviewed  # an unsure verdict asks the admins, rarely


@pytest.mark.parametrize("language", LANGUAGES)
def test_plain_spam_is_still_acted_on(scores, language):
    spam = {text: scores[text] for text in lines(f"{language}.spam.txt") if text != SINGLES}
    assert len(spam) >= 3
    assert {text: score for text, score in spam.items() if score < THRESHOLD} == {}


@pytest.mark.xfail(strict=True, reason="known: the words of a handle lean to spam")
def test_a_member_giving_their_telegram_handle_is_not_acted_on(scores):
    assert scores[TELEGRAM] < THRESHOLD


@pytest.mark.xfail(strict=True, reason="known: few adult ads in the English starter spam")
def test_an_adult_ad_is_acted_on(scores):
    assert scores[SINGLES] >= THRESHOLD
