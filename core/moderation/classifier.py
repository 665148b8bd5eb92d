"""The spam classifier as a detector: the probability that a message is spam, from the
ruleset's shared model (starter samples, the ruleset's own sample files, what was taught with
`groupops spam learn`) plus what the community's admins taught with /spam and /notspam.

At or above `threshold` the rule is broken and `action` is taken; between `review` and
`threshold` the message goes to the admins for review instead. The evidence names the
n-grams and facts that weighed most, so every verdict can be explained.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, model_validator

from ..segments import T
from .content import words_of
from .detector import Detector, DetectorConfig, Finding, Sample, detector
from .newcomer import NewcomerSpan
from .spam_document import Document, Score
from .spam_features import Facts, meta_tokens
from .steps import Step, StepSpec

if TYPE_CHECKING:
    from .spam_model import SpamModel

# Spam odds of a newcomer's message against a member's (docs/moderation.md has what they cost
# in false positives): at 4, a newcomer's 0.70 becomes 0.90.
NEWCOMER_ODDS = 4.0


class NewcomerOdds(NewcomerSpan):
    """How much likelier a newcomer's message is to be spam: most group spam is a fresh
    account's first message. 1 treats newcomers as members.

    By default a newcomer here is a member in their first messages only: a member first seen
    by a message (the bot was added to an old group) is dated from that message, so a span of
    hours would judge a whole day of the regulars' chat more strictly."""

    hours: int = Field(default=0, ge=0)
    odds: float = Field(default=NEWCOMER_ODDS, ge=1)

    def weigh(self, sample: Sample, score: Score) -> Score:
        """`score` with a newcomer's odds applied, named first among its drivers."""
        if self.odds == 1 or not self.holds(sample):
            return score
        odds = score.probability / max(1e-12, 1 - score.probability) * self.odds
        return Score(odds / (1 + odds), (("a newcomer", math.log(self.odds)), *score.drivers))


class ClassifierConfig(DetectorConfig):
    threshold: float = Field(default=0.9, gt=0, le=1)  # P(spam) at which the action is taken
    review: float = Field(default=0.8, ge=0, le=1)  # P(spam) from which admins review; 0: never
    starter: bool = True  # start from the shipped samples (English, Chinese, Russian)
    spam_samples: tuple[Path, ...] = ()  # the ruleset's own files: one message a line
    ham_samples: tuple[Path, ...] = ()
    learned_weight: float = Field(default=5.0, gt=0)  # one admin verdict counts as this many
    # a message taught with `groupops spam learn` counts as this many starter samples: the
    # operator's own traffic outweighs the generic starter knowledge (docs/moderation.md)
    taught_weight: float = Field(default=3.0, gt=0)
    command_step: StepSpec = Step("ban")  # what /spam does to the sender
    newcomers: NewcomerOdds = NewcomerOdds()

    @model_validator(mode="after")
    def _review_below(self) -> ClassifierConfig:
        if self.review >= self.threshold:
            raise ValueError(
                f"review ({self.review}) must be below threshold ({self.threshold}), or 0"
            )
        return self


def document_of(sample: Sample) -> Document:
    facts = Facts(
        text=sample.text,
        links=len(sample.links),
        forwarded=sample.forwarded,
        buttons=sample.buttons,
        media=sample.media,
        member_messages=sample.member_messages,
        member_joined=sample.member_joined,
        time=sample.time,
        has_username=sample.has_username,
    )
    return Document(words_of(sample), tuple(meta_tokens(facts)))


@detector
class Classifier(Detector):
    name = "classifier"
    reason = T("spam")
    order = 80
    config_model = ClassifierConfig
    default_enabled = False  # switch on per ruleset; see docs/moderation.md

    def __init__(self, config: ClassifierConfig) -> None:
        # imported here: scikit-learn loads only when a ruleset switches the classifier on
        from .spam_models import shared_model

        super().__init__(config)
        self.model: SpamModel = shared_model(config)

    def attach(self, **parts: Any) -> None:
        """Use the community's model (the shared one plus what its admins taught)."""
        model = parts.get("spam_model")
        if model is not None:
            self.model = model

    def check(self, sample: Sample) -> str | Finding | None:
        if not sample.norm.strip():
            return None
        document = document_of(sample)
        config = self.config
        said = self.model.probability(document)
        probability = config.newcomers.weigh(sample, Score(said, ())).probability
        sample.found["spam_probability"] = probability
        if probability < config.threshold and (not config.review or probability < config.review):
            return None
        drivers = self.model.drivers(document)
        evidence = config.newcomers.weigh(sample, Score(said, drivers)).explain()
        if probability >= config.threshold:
            return evidence
        return Finding(evidence, action="review", delete=False)
