"""The classifier on its own: its one-message score is scikit-learn's own posterior at the
message's temperature, verdicts between the thresholds go to review, settings are checked,
and the wave index finds near copies through its sketches."""

from __future__ import annotations

import math
import random
import re

import pytest
from pydantic import ValidationError

from groupops.core.moderation import ModerationConfig, Moderator, Sample, normalise
from groupops.core.moderation.spam_document import shown
from groupops.core.moderation.spam_model import TEMPERATURE, Document, temperature
from groupops.core.moderation.spam_models import shared_model
from groupops.core.moderation.spam_samples import read_messages, starter_files
from groupops.core.moderation.waves import WaveIndex


def test_one_message_scores_match_scikit_learns_predict_proba():
    """One message's score is scikit-learn's posterior with its log-odds at the message's
    temperature: the plain one, the Han one, and between them for mixed text."""
    config = ModerationConfig.model_validate({"classifier": {"enabled": True}}).classifier
    model = shared_model(config)
    texts = [m for label in ("spam", "ham") for p in starter_files(label) for m in read_messages(p)]
    documents = [Document.of_text(t) for t in texts[::7]]
    joint = model.bayes.predict_joint_log_proba(model.matrix(documents))
    scales = [temperature(d.words) for d in documents]
    assert {min(scales), max(scales)} == set(TEMPERATURE) and len(set(scales)) > 2
    batch = model.probabilities(documents)
    for document, (ham, spam), scale, together in zip(documents, joint, scales, batch, strict=True):
        expected = 1 / (1 + math.exp(-max(-50, min(50, scale * (spam - ham)))))
        assert model.probability(document) == pytest.approx(expected, abs=1e-9)
        assert together == pytest.approx(expected, abs=1e-9)


def check(moderation: dict, text: str):
    moderator = Moderator(ModerationConfig.model_validate(moderation))
    return moderator.check(Sample(text=text, norm=normalise(text)))


def test_a_sure_verdict_acts_and_is_explained_an_unsure_one_goes_to_review():
    (hit,) = check({"classifier": {"enabled": True}}, "Earn $400 a day from home, DM me")
    assert (hit.rule, hit.action, hit.delete) == ("classifier", "escalate", True)
    assert hit.evidence.startswith("spam ") and "'dm' +" in hit.evidence
    unsure = {"classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}
    (hit,) = check(unsure, "Who wants extra money? Message me")
    assert (hit.action, hit.delete, hit.review) == ("review", False, True)
    assert check({"classifier": {"enabled": True}}, "Has anyone tried the new release?") == []


def test_review_must_sit_below_the_threshold():
    with pytest.raises(ValidationError, match=r"review \(0.95\) must be below threshold"):
        ModerationConfig.model_validate({"classifier": {"threshold": 0.9, "review": 0.95}})


def test_the_wave_index_finds_near_copies_and_forgets_the_oldest():
    index = WaveIndex(size=3)
    index.add_text("Earn 500 dollars a day from home, DM me now", "telegram:-1")
    for n in range(2):
        index.add_text(f"unrelated advert number {n} with its own words")
    copy = normalise("EARN 500 dollars a day from home!! DM me now pls")
    assert index.match(copy, 85, 12)[1] >= 85
    assert index.match(normalise("good morning everyone, coffee time"), 85, 12) is None
    index.add_text("one more advert to push the first one out")
    assert index.match(copy, 85, 12) is None


def test_what_spam_learn_teaches_outweighs_the_starter_samples_by_taught_weight():
    lessons = [("spam", "Selling cheap garden gnomes wholesale now, ask me for the catalogue")]
    probe = Document.of_text("cheap garden gnomes wholesale, catalogue on request")
    scores = {}
    for weight in (1.0, 3.0):
        config = ModerationConfig.model_validate(
            {"classifier": {"enabled": True, "taught_weight": weight}}
        ).classifier
        scores[weight] = shared_model(config, lessons).probability(probe)
    assert ModerationConfig().classifier.taught_weight == 3.0
    assert scores[1.0] < scores[3.0]  # the same lesson, counted three times
    assert scores[3.0] >= 0.9  # one taught message is enough to act on its near copies


def test_a_heap_of_taught_ham_does_not_wash_out_spam():
    """Each class keeps the total the starter samples gave it: 500 lines of a team's chat
    taught as ham beside 2 ads must not pull every shared n-gram toward ham (without holding
    the totals, "Loans approved…" scored 0.66 and passed)."""
    rng = random.Random(5)
    chat = "build release deploy server log error fix test merge branch review docs config "
    words = [*chat.split(), "version", "update", "team", "lunch", "thanks", "ok", "the", "is"]
    ham = [" ".join(rng.choices(words, k=rng.randint(6, 14))) for _ in range(500)]
    spam = ["Earn $300 a day from home, write me", "Crypto signals, 10x in a week, DM me"]
    config = ModerationConfig.model_validate({"classifier": {"enabled": True}}).classifier
    model = shared_model(config, [("ham", t) for t in ham] + [("spam", t) for t in spam])
    for scam in ("Earn $500 a day from home, DM me", "Loans approved in one hour, write me"):
        assert model.probability(Document.of_text(scam)) >= 0.9, scam
    assert model.probability(Document.of_text("the release is out, thanks team")) < 0.1


def test_a_lesson_of_one_class_does_not_undo_the_lessons_of_the_other():
    """A group that taught its meetup posts as ham keeps them ham when an admin later
    teaches one unrelated ad as spam."""
    meetup = "Встреча в субботу в 15:00, пишите в личку, если нужен адрес."
    days = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
    ham = [f"Встреча в {d} в {h}:00, пишите в личку, если нужен адрес." for d in days
           for h in range(9, 21)]  # fmt: skip
    config = ModerationConfig.model_validate({"classifier": {"enabled": True}}).classifier
    probe = Document.of_text(meetup)
    alone = shared_model(config).probability(probe)
    taught = [("ham", t) for t in ham]
    after_ham = shared_model(config, taught).probability(probe)
    ad = ("spam", "高端外围，上门服务，加微信看照片")
    after_both = shared_model(config, [*taught, ad]).probability(probe)
    assert alone >= 0.9 > 0.5 > after_ham  # the starter samples alone call it spam
    assert after_both == pytest.approx(after_ham, abs=0.05)


def test_a_russian_verdict_names_its_ngrams_in_cyrillic():
    """The folding writes Cyrillic look-alikes as Latin (so 'pаypаl' with Cyrillic а matches);
    an explanation shows them as the message wrote them."""
    (hit,) = check({"classifier": {"enabled": True}}, "Заработок от 5000 в день, пишите в личку")
    names = re.findall(r"'([^']+)' [+]", hit.evidence)
    assert "ток" in names and "пиш" in names
    assert not any(re.search("[a-z]", name) for name in names), hit.evidence
    (english,) = check({"classifier": {"enabled": True}}, "Earn $400 a day from home, DM me")
    assert "'dm' +" in english.evidence  # Latin text keeps its letters


def test_scores_are_shown_rounded_down_so_none_seems_to_reach_a_threshold_it_missed():
    shown_as = [shown(p) for p in (0.29, 0.57, 0.899, 0.9, 0.9999, 1.0)]
    assert shown_as == ["0.29", "0.57", "0.89", "0.90", "0.99", "1.00"]
