"""What admins teach the spam classifier, per community, over the ruleset's shared model.

Lessons are rows (`spam_lessons`) written with the event that taught them, so they survive a
restart; the community's model is rebuilt from the shared model plus its own lessons when its
state is first used, and updated in place by each new lesson.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ..actions import Button
from ..bounded import BoundedDict
from ..segments import T
from ..storage.models import SpamLesson
from ..storage.statements import insert, update
from .spam_document import Lesson

if TYPE_CHECKING:
    from ..engine import Writes
    from .spam_model import SpamModel


class LessonRow(NamedTuple):
    id: str  # the audit entry that taught it
    scope: str
    label: str
    text: str
    facts: str | None  # the platform's facts, space-separated; None: not known
    actor: str
    created_at: datetime
    undone_at: datetime | None


class LessonUndone(NamedTuple):
    undone_at: datetime
    id: str


LESSON_INSERT = insert("spam_lessons", LessonRow, unique=("id",))
LESSON_UNDO = update("spam_lessons", LessonUndone, key=("id",))
REVIEWABLE = timedelta(days=2)  # how long /spam and /notspam can find a message's text
BUTTON = "spam:"  # callback data: spam:ban:KEY or spam:ham:KEY, KEY = chat|message id


def review_buttons(key: str) -> tuple[Button, ...]:
    """Ban / Not spam under a review in the admin chat."""
    return (
        Button(label=(T("Ban"),), data=f"{BUTTON}ban:{key}"),
        Button(label=(T("Not spam"),), data=f"{BUTTON}ham:{key}"),
    )


def ruleset_scope(ruleset: str) -> str:
    return f"ruleset:{ruleset}"


def community_scope(community: str) -> str:
    return f"community:{community}"


@dataclass(slots=True)
class Seen:
    """A recent message, kept so /spam and /notspam know what it said."""

    chat: str
    sender: str
    name: str
    text: str
    at: datetime  # when it was sent
    entries: list[str] = field(default_factory=list)  # audit entries moderation made for it
    # what the platform said of it, for the classifier's lessons; None: not looked at (an
    # exempt sender's message)
    facts: tuple[str, ...] | None = None


@dataclass(slots=True)
class Learning:
    """A community's lessons and model."""

    shared: list[Lesson] | None = None  # taught to the ruleset
    own: dict[str, Lesson] = field(default_factory=dict)  # audit entry -> its lesson
    model: SpamModel | None = None
    recent: BoundedDict[str, Seen] = field(
        default_factory=lambda: BoundedDict("moderation.recent")
    )  # chat|message id -> message, newest last
    decided: BoundedDict[str, str] = field(
        default_factory=lambda: BoundedDict("moderation.decided")
    )  # audit entry closed lately (a review decided, an action undone) -> by whom (`reviews.py`)

    @property
    def loaded(self) -> bool:
        return self.shared is not None

    def model_for(self, config: Any) -> SpamModel:
        # the model modules are imported where a model is first needed: scikit-learn loads
        # only in a community whose ruleset uses the classifier
        from .spam_models import community_model

        if self.model is None:
            self.model = community_model(config, self.shared or (), list(self.own.values()))
        return self.model

    def teach(self, config: Any, entry: str, lesson: Lesson) -> None:
        """Add a lesson to the community's model (copied off the shared one first)."""
        from .spam_models import shared_model

        self.own[entry] = lesson
        if self.model is None or self.model is shared_model(config, self.shared or ()):
            self.model = shared_model(config, self.shared or ()).copy()
        self.model.learn_lessons([lesson], config.learned_weight)

    def lesson(
        self, writes: Writes, config: Any, entry: str, scope: str, lesson: Lesson, actor: str,
        at: datetime,
    ) -> None:  # fmt: skip
        """Teach the lesson audited as `entry` and write its row."""
        label, text, facts = lesson
        known = None if facts is None else " ".join(facts)
        writes.write(LESSON_INSERT, LessonRow(entry, scope, label, text, known, actor, at, None))
        self.teach(config, entry, lesson)

    def undo_lesson(self, writes: Writes, entry: str, at: datetime) -> Lesson | None:
        """Drop the lesson audited as `entry` (returned, where this community taught it); the
        model is rebuilt when next used."""
        writes.write(LESSON_UNDO, LessonUndone(at, entry))
        self.model = None
        return self.own.pop(entry, None)

    def see(self, key: str, seen: Seen) -> None:
        recent = self.recent
        recent[key] = seen
        before = seen.at - REVIEWABLE
        while (oldest := recent.oldest()) is not None and oldest[1].at < before:
            recent.drop_oldest()


async def load_lessons(scope: str) -> dict[str, Lesson]:
    """The scope's lessons in force, by id (the audit entry or file line that taught each),
    in the order taught."""
    rows = await SpamLesson.filter(scope=scope, undone_at=None).order_by("created_at", "id")
    return {
        row.id: Lesson(row.label, row.text, None if row.facts is None else tuple(row.facts.split()))
        for row in rows
    }
