"""A compiled ruleset: the enabled detectors in table order, ready to check messages.

Used by the moderation component (one per community, rebuilt when an admin command changes
the word list or the locks), by `groupops moderate` and by the benchmark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from loguru import logger

from ..engine.windows import Window
from ..segments import T
from .detector import DETECTORS, Detector, Finding, Sample
from .evidence import Evidence, said_of
from .steps import Step, action_step

DELETE_ONLY = "delete"  # the step that removes the message and says nothing
REVIEW = "review"  # not a step: the message goes to the admins with Ban / Not spam buttons


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    evidence: str
    action: str  # "escalate" or a step
    delete: bool

    @property
    def step(self) -> Step | None:
        return action_step(self.action)

    @property
    def review(self) -> bool:
        return self.action == REVIEW


@dataclass(frozen=True, slots=True)
class Changes:
    """What admin commands changed on top of the ruleset."""

    blocklist_added: tuple[str, ...] = ()
    blocklist_removed: frozenset[str] = frozenset()
    locked: tuple[str, ...] = ()
    unlocked: frozenset[str] = frozenset()
    flood: dict[str, int] | None = None


class Moderator:
    def __init__(self, config: Any, changes: Changes | None = None) -> None:
        self.config = config
        changes = changes or Changes()
        self.detectors: list[Detector] = []
        for name, cls in sorted(DETECTORS.items(), key=lambda item: item[1].order):
            section = getattr(config, name)
            if name == "flood" and changes.flood:
                section = section.model_copy(update={"enabled": True, **changes.flood})
            if not section.enabled:
                continue
            self.detectors.append(cls.build(section, changes))
        # What a message is checked against: an empty blocklist costs nothing per message.
        self.checking = [d for d in self.detectors if not d.idle]

    def track(self, saved: Iterable[Window]) -> None:
        """Start from `saved` windows and note changed ones from now on (a cluster worker)."""
        by_name = {d.name: d for d in self.detectors}
        for detector in self.detectors:
            detector.track()
        for window in saved:
            owner = by_name.get(window.kind)
            if owner is not None and window.saved is not None:
                owner.restore(window.key, window.saved)

    def changed(self) -> list[Window]:
        return [window for detector in self.detectors for window in detector.changed()]

    def attach(self, **parts: Any) -> None:
        """Hand community parts (a learned model, the wave index) to the detectors."""
        for detector in self.detectors:
            detector.attach(**parts)

    def detector(self, name: str) -> Detector | None:
        return next((d for d in self.detectors if d.name == name), None)

    @property
    def words(self) -> int:
        return sum(len(getattr(d, "words", ())) for d in self.detectors)

    def check(self, sample: Sample, admins_asked: bool = True) -> list[Hit]:
        """Every rule the message breaks, in table order, those that act before those that
        only ask the admins: the first decides. A guess (the classifier, waves) about a
        regular's message asks instead of acting, and makes none about a bot command. Where
        nobody would be asked (`admins_asked` false: no admin chat), a regular is judged as
        anyone: a question nobody reads would leave the spam standing."""
        hits: list[Hit] = []
        regular: bool | None = None
        for detector in self.checking:
            if sample.command and detector.guesses:
                continue
            try:
                evidence = detector.check(sample)
            except Exception:  # one broken detector must not let every message through
                logger.exception("detector {} failed on a message; skipped", detector.name)
                continue
            if evidence is not None:
                config = detector.config
                action = config.action
                if config.duration is not None and action in ("mute", "ban"):
                    action = str(Step(action, config.duration))
                delete = config.delete
                if isinstance(evidence, Finding):
                    action = evidence.action or action
                    delete = delete if evidence.delete is None else evidence.delete
                    evidence = evidence.evidence
                if detector.guesses and action != REVIEW and admins_asked:
                    if regular is None:
                        regular = self.config.classifier.is_regular(sample)
                    if regular:
                        action, delete = REVIEW, False
                        evidence = Evidence(
                            T("{evidence} (a regular: the admins decide)",
                              evidence=said_of(evidence))
                        )  # fmt: skip
                hits.append(Hit(detector.name, evidence, action, delete))
        hits.sort(key=lambda hit: hit.review)  # stable: table order within each kind
        return hits


def acting_first(hits: list[Hit], can_delete: bool) -> list[Hit]:
    """`hits` with those whose whole step is a deletion the platform cannot do (a lock on
    WeChat) moved behind the others: such a rule notes the message and nothing more, so it must
    not decide for a message another rule (spam, contact details) would act on. Alone, it still
    decides: the message is noted in the audit log."""
    if can_delete:
        return hits
    return sorted(hits, key=lambda hit: hit.delete and hit.action == DELETE_ONLY)  # stable


def rules_of(hits: Iterable[Hit]) -> list[str]:
    return [hit.rule for hit in hits]
