"""A bot that starts learns its spam classifier's starter samples (scikit-learn imported, about
2 s of CPU) in a thread beside the adapters starting, not on the first message, which held
every event behind it: the first updates after a start took 5-8 s to be answered."""

from __future__ import annotations

from groupops.core.moderation import spam_models
from groupops.core.moderation.spam_models import _key


async def test_the_classifier_is_trained_before_the_first_message(harness_factory, monkeypatch):
    monkeypatch.setattr(spam_models, "_CACHE", {})
    h = await harness_factory({"rulesets": {"main": {"moderation": {"classifier": {}}}}})
    config = h.engine.ruleset_of("club").moderation.classifier
    assert config.enabled
    warming = h.engine._warming
    assert warming is not None
    await warming
    assert _key(config, ()) in spam_models._CACHE  # nothing said yet: learned at the start
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "Earn $400 a day from home, DM me for details")
    await h.settle()
    assert h.world.texts(h.chat), "the classifier acted on the ad"


async def test_a_ruleset_without_the_classifier_learns_nothing(harness_factory, monkeypatch):
    monkeypatch.setattr(spam_models, "_CACHE", {})
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"classifier": {"enabled": False}}}}}
    )
    assert h.engine._warming is not None
    await h.engine._warming
    assert spam_models._CACHE == {}
