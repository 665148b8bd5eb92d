"""The platform's facts weighed from admins' verdicts: nothing before a verdict, at most double
the odds from spam verdicts alone, more once ham verdicts lack the fact; a lesson from a file
(facts not known) teaches no fact, and the facts show in a verdict's explanation."""

from __future__ import annotations

import math

import pytest

from groupops.core.moderation.classifier import ClassifierConfig
from groupops.core.moderation.spam_document import Document, Lesson
from groupops.core.moderation.spam_fact_odds import FactOdds
from groupops.core.moderation.spam_features import Facts, meta_tokens
from groupops.core.moderation.spam_models import shared_model

PROBE = "New notes for everyone, take a look now"  # 0.10 from the starter samples
FORWARD = ("#forwarded", "#buttons")


def probe(**facts) -> Document:
    return Document(Document.of_text(PROBE).words, tuple(meta_tokens(Facts(text=PROBE, **facts))))


def test_no_verdict_no_weight():
    odds = FactOdds()
    assert odds.present(["#forwarded", "#len:short"]) == []
    assert odds.margin(["#forwarded"]) == 0


def test_spam_verdicts_alone_at_most_double_the_odds_and_ham_verdicts_add():
    odds = FactOdds()
    odds.learn([("spam", FORWARD)] * 50)
    (forwarded,) = odds.present(["#forwarded"])
    assert 0 < forwarded[1] <= math.log(2)
    odds.learn([("ham", ())] * 10)
    assert odds.margin(["#forwarded"]) > math.log(5)  # 51/52 against 1/12
    assert odds.present(["#media_caption"]) == []  # no verdict carried it: it says nothing
    assert odds.present(["#first_message", "#len:short"]) == []  # newcomers' odds weigh those


def test_a_forwarded_post_with_buttons_rises_once_admins_judged_such_posts():
    model = shared_model(ClassifierConfig()).copy()
    before = model.probability(probe(forwarded=True, buttons=True))
    model.learn_lessons([Lesson("spam", f"Fresh drop number {n}", FORWARD) for n in range(3)], 5)
    model.learn_lessons([Lesson("ham", f"see you at the meetup {n}", ()) for n in range(3)], 5)
    after = model.probability(probe(forwarded=True, buttons=True))
    assert before < 0.2 and after > 0.5, (before, after)
    assert abs(model.probability(probe()) - before) < 0.02  # the words alone: as before
    assert model.probabilities([probe(forwarded=True, buttons=True)]) == pytest.approx([after])
    names = [name for name, _ in model.drivers(probe(forwarded=True, buttons=True))]
    assert names[:2] == ["#forwarded", "#buttons"] or names[:2] == ["#buttons", "#forwarded"]


def test_lessons_from_files_teach_no_fact():
    model = shared_model(ClassifierConfig()).copy()
    model.learn_lessons([("spam", "Fresh drop"), Lesson("spam", "Another drop")], 5)
    assert model.facts.lessons == 0


def test_a_rulesets_own_sample_files_teach_the_facts_their_json_lines_give(tmp_path):
    import json

    spam = tmp_path / "spam.jsonl"
    spam.write_text(
        "\n".join(json.dumps({"text": f"Fresh drop {n}", "forwarded": True}) for n in range(4))
    )
    ham = tmp_path / "ham.txt"
    ham.write_text("see you at six\nlunch anyone?\n")  # plain lines: facts not known
    config = ClassifierConfig(spam_samples=(spam,), ham_samples=(ham,))
    model = shared_model(config)
    assert model.facts.lessons == 4
    assert model.facts.present(["#forwarded"]) == [("#forwarded", pytest.approx(math.log(5 / 3)))]
    assert model.probability(probe(forwarded=True)) > model.probability(probe())
