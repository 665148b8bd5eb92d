"""The spam classifier as a detector: the probability that a message is spam, from the
ruleset's shared model (starter samples, the ruleset's own sample files, what was taught with
`groupops spam learn`) plus what the community's admins taught with /spam and /notspam.

At or above `threshold` the rule is broken and `action` is taken; between `review` and
`threshold` the message goes to the admins for review instead. The evidence names the
n-grams and facts that weighed most, so every verdict can be explained.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..segments import T
from .content import words_of
from .detector import Detector, DetectorConfig, Finding, Sample, detector
from .spam_document import Document, Score, in_script
from .spam_features import Facts, meta_tokens
from .steps import Step, StepSpec

if TYPE_CHECKING:
    from .spam_model import SpamModel

# How much likelier a newcomer's message is to be spam than a member's: most group spam is a
# fresh account's first message. At 2, a newcomer's 0.82 becomes 0.90 (docs/moderation.md has
# what that costs in false positives).
NEWCOMER_ODDS = 2.0
REGULAR_MESSAGES = 20


def with_odds(probability: float, odds: float) -> float:
    """`probability` with its odds multiplied by `odds`."""
    if odds == 1:
        return probability
    raised = probability / max(1e-12, 1 - probability) * odds
    return raised / (1 + raised)


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
    # A member's first `newcomer_messages` messages are judged at `newcomer_odds` (1: as any
    # member's). Counted, not timed: a member the bot first sees by a message (it was added to
    # an old group) would otherwise be dated from that message and judged strictly all day.
    newcomer_odds: float = Field(default=NEWCOMER_ODDS, ge=1, le=100)
    newcomer_messages: int = Field(default=3, ge=0, strict=True)
    # From this many messages a member is a regular: where this detector or waves would act,
    # the admins are asked (review) instead. A regular's scam warning quotes the scam, a sale of
    # their own old phone says "DM me": to n-grams and to waves these read like spam. A
    # hijacked regular's ad still reaches the admins, and the operator's own rules (links,
    # contacts, blocklist, flood, duplicates) still act on it. 0: regulars are judged as anyone.
    regular_messages: int = Field(default=REGULAR_MESSAGES, ge=0, strict=True)

    @field_validator("spam_samples", "ham_samples")
    @classmethod
    def _files_there(cls, paths: tuple[Path, ...], info: ValidationInfo) -> tuple[Path, ...]:
        # relative to the settings file's folder, as the database is: a bot started from
        # another folder (a service manager's) reads the same files
        base = (info.context or {}).get("base_dir")
        found = tuple(base / path if base is not None and not path.is_absolute() else path
                      for path in paths)  # fmt: skip
        for path in found:
            if not path.is_file():
                raise ValueError(f"{path}: no such sample file")
        return found

    @model_validator(mode="after")
    def _limits_in_order(self) -> ClassifierConfig:
        if self.review >= self.threshold:
            raise ValueError(
                f"review ({self.review}) must be below threshold ({self.threshold}), or 0"
            )
        if 0 < self.regular_messages <= self.newcomer_messages:
            raise ValueError(
                f"regular_messages ({self.regular_messages}) must be above newcomer_messages "
                f"({self.newcomer_messages}), or 0"
            )
        return self

    def odds_for(self, sample: Sample) -> float:
        """The newcomer odds for this message's sender; 1 where the platform does not say
        how many messages they have sent."""
        messages = sample.member_messages
        if messages is None or messages >= self.newcomer_messages or not sample.arrival_seen:
            return 1.0
        return self.newcomer_odds

    def is_regular(self, sample: Sample) -> bool:
        messages = sample.member_messages
        return bool(self.regular_messages) and (messages or 0) >= self.regular_messages


def facts_of(sample: Sample) -> Facts:
    return Facts(
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


def document_of(sample: Sample) -> Document:
    return Document(words_of(sample), tuple(meta_tokens(facts_of(sample))))


@detector
class Classifier(Detector):
    name = "classifier"
    reason = T("spam")
    order = 80
    config_model = ClassifierConfig
    default_enabled = False  # switch on per ruleset; see docs/moderation.md
    guesses = True

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
        odds = config.odds_for(sample)
        probability = with_odds(said, odds)
        sample.found["spam_score"] = score = Score(probability, (), said, odds)
        if probability < config.threshold and (not config.review or probability < config.review):
            return None
        drivers = in_script(self.model.drivers(document), sample.text)
        evidence = replace(score, drivers=drivers).explain()
        if probability >= config.threshold:
            return evidence
        return Finding(evidence, action="review", delete=False)
