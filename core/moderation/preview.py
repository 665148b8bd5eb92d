"""What a ruleset would do to a file of messages, without a platform or a database: the
operator's way to tune rules before switching them on (`groupops moderate`).

A line is a message; a line that is a JSON object may give `text`, `sender`, `time` (ISO
8601 or seconds from the start), `media`, `forwarded`, `buttons` and `has_username`, and what
the platform knows of the sender: `joined` (a time, as `time`) and `messages` (how many they
had sent before). Plain lines come from a new sender each, a minute apart, so the ladder's
first step shows, with nothing known of the sender; JSON lines with a `sender` climb it, and
keep that sender's `joined` and count their messages on from the last `messages` given.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from loguru import logger

from .classifier import Classifier, document_of
from .detector import Sample, folded_name
from .moderator import Moderator
from .normalize import clean, normalise
from .spam_document import Lesson, Score, in_script
from .spam_model import SpamModel
from .spam_models import shared_model
from .spam_samples import FACT_FIELDS, kind_names
from .steps import Step
from .waves import WaveIndex, worth_remembering

START = datetime(2026, 1, 1, tzinfo=UTC)
Default = TypeVar("Default", datetime, None)


@dataclass(slots=True)
class Verdict:
    text: str
    rules: list[str]
    action: str | None  # the step taken, or None
    evidence: list[str] = field(default_factory=list)  # per rule: what fired it (--explain)
    deleted: bool = False  # the message would be removed
    spam: Score | None = None  # the classifier's score, where it judged the message
    sender: str = ""

    def as_dict(self) -> dict[str, Any]:
        spam = self.spam
        return {
            "text": self.text, "sender": self.sender, "rules": self.rules, "action": self.action,
            "evidence": self.evidence, "deleted": self.deleted,
            "spam_probability": spam.probability if spam else None,
            # the model's own figure, before a newcomer's odds (equal for members)
            "spam_model_probability": spam.model if spam else None,
            "newcomer_odds": spam.odds if spam else None,
        }  # fmt: skip


@dataclass(slots=True)
class Totals:
    messages: int = 0
    flagged: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "totals": {
                "messages": self.messages,
                "flagged": self.flagged,
                "rules": dict(self.rules.most_common()),
                "actions": dict(self.actions.most_common()),
            }
        }


def _time(value: Any, default: Default) -> datetime | Default:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return START + timedelta(seconds=value)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return default
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return default


@dataclass(slots=True)
class Senders:
    """What the file said of each sender so far."""

    joined: dict[str, datetime] = field(default_factory=dict)
    messages: dict[str, int] = field(default_factory=dict)  # their next message's count

    def read(
        self, sender: str, record: dict[str, Any], number: int
    ) -> tuple[int | None, datetime | None]:
        stated = record.get("messages")
        if stated is not None:
            if isinstance(stated, int) and not isinstance(stated, bool) and stated >= 0:
                self.messages[sender] = stated
            else:
                logger.warning(
                    "line {}: messages {} is not a count; ignored", number, json.dumps(stated)
                )
        count = self.messages.get(sender)
        if count is not None:
            self.messages[sender] = count + 1
        if record.get("joined") is not None:
            try:
                joined = _time(record["joined"], None)
            except (OverflowError, ValueError):  # 1e308 seconds, NaN
                joined = None
            if joined is None:
                logger.warning(
                    "line {}: joined {} is not a time; ignored",
                    number,
                    json.dumps(record["joined"]),
                )
            else:
                self.joined[sender] = joined
        return count, self.joined.get(sender)


def _facts(record: dict[str, Any], number: int) -> dict[str, Any]:
    """The platform's facts the line gives, as `spam learn` reads them; one of the wrong kind
    is named and ignored."""
    facts = {}
    for name, kinds in FACT_FIELDS.items():
        if name not in record:
            continue
        if isinstance(record[name], kinds):
            facts[name] = record[name]
        else:
            logger.warning("line {}: {} {} is not {}; ignored", number, name,
                           json.dumps(record[name]), kind_names(kinds))  # fmt: skip
    return facts


# bytes that are not UTF-8, as the file is read (errors="surrogateescape")
_ESCAPED = re.compile("[\udc80-\udcff]")


def samples(lines: Iterable[str]) -> Iterator[Sample]:
    senders = Senders()
    # the senders named so far, as a group knows its members: "@alice" after alice has spoken
    # is a mention of a member, not a handle to advertise
    known: set[str] = set()
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():  # a blank line is no message (a JSON line may carry media alone)
            continue
        default_time = START + timedelta(minutes=number)
        record: dict[str, Any] = {"text": line}
        if line.lstrip().startswith("{"):
            try:
                parsed = json.loads(line)
            except (ValueError, RecursionError):  # RecursionError: arrays nested 1,000 deep
                logger.warning("line {}: not JSON, read as text", number)
            else:
                if isinstance(parsed, dict):
                    record = parsed
        if not isinstance(record.get("text"), str):
            logger.warning('line {}: a JSON line needs a "text" string; line skipped', number)
            continue
        if _ESCAPED.search(line):  # kept, as a lone surrogate must not skip moderation
            logger.warning("line {}: not UTF-8; its odd bytes are moderated as they are", number)
        text = clean(record["text"])
        stated = record.get("time")
        try:
            moment = default_time if stated is None else _time(stated, None)
        except (OverflowError, ValueError):  # 1e308 seconds, NaN
            moment = None
        if moment is None:
            logger.warning(
                "line {}: time {} is not a time; line skipped", number, json.dumps(stated)
            )
            continue
        named = record.get("sender")
        if named is not None and not isinstance(named, str | int):
            logger.warning("line {}: sender {} is not a name; ignored", number, json.dumps(named))
            named = None
        sender = str(named or f"line-{number}")
        if named is not None:
            known.add(folded_name(sender))
        messages, joined = senders.read(sender, record, number)
        facts = _facts(record, number)
        yield Sample(
            text=text,
            norm=normalise(text),
            chat=str(record.get("chat", "preview")),
            sender=sender,
            time=moment,
            media=facts.get("media"),
            forwarded=facts.get("forwarded", False),
            buttons=facts.get("buttons", False),
            member_messages=messages,
            member_joined=joined,
            has_username=facts.get("has_username"),
            known_names=known,
        )


class Preview:
    def __init__(
        self, config: Any, lessons: list[Lesson] | None = None, explain: bool = False
    ) -> None:
        self.config = config
        self.explain = explain  # name what drove the spam score of messages that passed too
        self.moderator = Moderator(config)
        self.waves = WaveIndex()
        self.lessons = lessons or []
        spam_model = shared_model(config.classifier, lessons) if lessons else None
        self.moderator.attach(spam_model=spam_model, waves=self.waves)
        self.warnings: dict[str, list[datetime]] = {}
        self.totals = Totals()

    def spam_model(self) -> SpamModel:
        """The model the preview judges with (waves ask it whether deleted words are spam)."""
        return shared_model(self.config.classifier, self.lessons)

    def judge(self, sample: Sample) -> Verdict:
        hits = self.moderator.check(sample)
        self.totals.messages += 1
        action = None
        if hits:
            acting = [hit.rule for hit in hits if not hit.review]
            if (
                hits[0].delete
                and not hits[0].review
                and worth_remembering(acting, sample, self.spam_model)
            ):
                self.waves.add(sample.found.get("words") or sample.norm, sample.chat)
            self.totals.flagged += 1
            self.totals.rules.update(hit.rule for hit in hits)
            step: Step | str | None = hits[0].step
            if hits[0].review:
                step = "review"  # the admins decide; no warning counted
            elif step is None:
                assert sample.time is not None
                recent = [
                    t
                    for t in self.warnings.get(sample.sender, [])
                    if sample.time - t < self.config.warn_expiry
                ]
                recent.append(sample.time)
                self.warnings[sample.sender] = recent
                ladder = self.config.escalation
                step = ladder[min(len(recent), len(ladder)) - 1]
            action = str(step)
            self.totals.actions[action] += 1
        deleted = bool(hits) and hits[0].delete and hits[0].action != "log" and not hits[0].review
        rules = [hit.rule for hit in hits]
        return Verdict(
            sample.text, rules, action, [h.evidence for h in hits], deleted,
            self._explained(sample), sample.sender,
        )  # fmt: skip

    def _explained(self, sample: Sample) -> Score | None:
        """The spam score with what drove it, also for a message the classifier let pass when
        the preview explains (the engine, and a preview that does not, skip that work)."""
        score = sample.found.get("spam_score")
        if not self.explain or score is None or score.drivers:
            return score
        classifier = self.moderator.detector("classifier")
        if not isinstance(classifier, Classifier):
            return score
        drivers = classifier.model.drivers(document_of(sample))
        return replace(score, drivers=in_script(drivers, sample.text))
