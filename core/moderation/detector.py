"""Detectors: one rule each, a declarative table the moderation section is built from.

A detector looks at a `Sample` (a message as moderation sees it) and returns the evidence
when its rule is broken. Its settings (`config`) are a table of the ruleset's moderation
section with the same name, always with `enabled`, `action` and `delete`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from ..engine.windows import Window
from ..segments import I18nText
from ..settings import SectionModel
from ..settings.types import Duration
from .normalize import normalise
from .steps import ESCALATE, ActionSpec


class DetectorConfig(SectionModel):
    enabled: bool = True
    action: ActionSpec = ESCALATE  # "escalate" or a fixed step such as "mute 1h"
    duration: Duration | None = None  # for `action = "mute"` written apart, as in the playbook
    delete: bool = True  # remove the offending message


def folded_name(name: str) -> str:
    """A member's name as `Sample.known_names` holds it: folded as the text an @name is read
    from (`Wеndy` with a Cyrillic е is the `@wendy` of the normalised text), without spaces."""
    return normalise(name).replace(" ", "").lstrip("@")


@dataclass(slots=True)
class Sample:
    """A message as detectors see it."""

    text: str  # the text, cleaned (see normalize.clean)
    norm: str  # the normalised text
    chat: str = ""
    sender: str = ""
    time: datetime | None = None
    links: tuple[str, ...] = ()  # URLs of link segments
    media: str | None = None
    album: str | None = None  # items posted together count as one post
    forwarded: bool = False  # from a channel (the `forwards` detector, the #forwarded fact)
    forward: bool = False  # from anyone (`/lock forward`)
    buttons: bool = False  # the message carries buttons (often an ad)
    has_username: bool | None = None  # None where the platform does not say
    edited: bool = False
    member_messages: int | None = None  # messages the sender sent before this one
    member_joined: datetime | None = None
    # False for a member who was there before the bot (their join never seen): their count
    # of messages says how regular they are, not that they are new (on the day of install
    # every regular's link was removed as a newcomer's)
    arrival_seen: bool = True
    known_names: frozenset[str] | set[str] = frozenset()  # folded names of the community's members
    # one of the bot's own commands (`/join spring`): guesses leave it alone, as its words
    # are the bot's, not the sender's; the rules (links, contacts, blocklist…) still read it
    command: bool = False
    found: dict[str, Any] = field(default_factory=dict)  # shared findings (URLs, contacts)


@dataclass(frozen=True, slots=True)
class Finding:
    """Evidence with a decision of its own (the classifier sends uncertain cases to review)."""

    evidence: str
    action: str | None = None  # instead of the configured action
    delete: bool | None = None  # instead of the configured `delete`


Config = TypeVar("Config", bound=DetectorConfig)


class Detector(Generic[Config]):
    """A rule over samples; `Config` is the type of its settings table."""

    name: ClassVar[str]
    reason: ClassVar[I18nText]  # what members and admins are told the rule is about
    order: ClassVar[int]  # position in the table: the first rule that fires decides the action
    config_model: ClassVar[type[DetectorConfig]] = DetectorConfig
    default_enabled: ClassVar[bool] = True
    # A guess about what the text is (the classifier, waves) rather than a rule the operator
    # wrote: on a regular's message it asks the admins instead of acting (see Moderator.check)
    guesses: ClassVar[bool] = False

    def __init__(self, config: Config) -> None:
        self.config = config
        # Keys of the windows changed since `changed()` was last asked; None until `track()`
        # (one process never asks, a cluster saves them after each batch).
        self.dirty: set[tuple[str, ...]] | None = None

    @classmethod
    def build(cls, config: Any, changes: Any) -> Detector:
        """The detector for a community: its settings table, and the changes its admins made
        by command (`Changes`: words added to the blocklist, types locked)."""
        return cls(config)

    def check(self, sample: Sample) -> str | Finding | None:
        """The evidence (an excerpt) when the rule is broken, else None."""
        raise NotImplementedError

    @property
    def idle(self) -> bool:
        """Nothing configured for it to find (an empty blocklist): never asked to check."""
        return False

    def attach(self, **parts: Any) -> None:
        """Take the parts a community supplies (a learned model, the wave index)."""

    def forget(self, before: datetime) -> None:
        """Drop remembered messages older than `before` (stateful detectors)."""

    # --- windows that outlive this process (stateful detectors) -------------------------------

    def track(self) -> None:
        self.dirty = set()

    def changed(self) -> list[Window]:
        """The windows changed since last asked."""
        return []

    def restore(self, key: tuple[str, ...], saved: Any) -> None:
        """Take back a window `changed()` gave out (a worker taking over a community)."""


D = TypeVar("D", bound=type[Detector])
DETECTORS: dict[str, type[Detector]] = {}
# Called after each registration: the moderation section rebuilds its table of detector settings,
# so a detector registered late (a plugin, a test) gets its table too.
REGISTERED: list[Callable[[], None]] = []


class IncompleteDetector(TypeError):
    def __init__(self, cls: type, missing: list[str]) -> None:
        super().__init__(f"detector {cls.__qualname__} does not set {', '.join(missing)}")


def detector(cls: D) -> D:
    """Register a detector: its name, reason, order and settings table are all it takes."""
    missing = [a for a in ("name", "reason", "order") if not hasattr(cls, a)]
    if missing:
        raise IncompleteDetector(cls, missing)
    DETECTORS[cls.name] = cls
    for hook in REGISTERED:
        hook()
    return cls


def quoted(sample: Sample, start: int, end: int) -> str:
    """The excerpt of what the sender wrote around a match in the normalised text, where the
    two line up character for character (look-alike letters folded one for one: an admin
    reading Russian sees Russian, not the Latin look-alikes matched); else the normalised."""
    text = sample.text if len(sample.text) == len(sample.norm) else sample.norm
    return excerpt(text, start, end)


def excerpt(text: str, start: int, end: int, margin: int = 20) -> str:
    """The matched part of `text` with a little context, for the audit log."""
    left = max(0, start - margin)
    right = min(len(text), end + margin)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
