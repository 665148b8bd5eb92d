"""The ruleset's `moderation` section: the escalation ladder, exemptions, and one table per
detector (built from the detector table, so a new detector brings its own settings)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, create_model, field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.ruleset import ruleset_model
from ..settings.types import Duration
from . import behaviour, cas, classifier, content, waves  # noqa: F401 - registers the detectors
from .detector import DETECTORS, REGISTERED
from .steps import Step, StepSpec

# 群内提醒, 私聊警告, 移出群聊
PLAYBOOK_LADDER = (Step("remind"), Step("warn_private"), Step("kick"))


class ModerationBase(SectionModel):
    enabled: bool = True
    escalation: tuple[StepSpec, ...] = Field(default=PLAYBOOK_LADDER, min_length=1)
    warn_expiry: Duration = timedelta(days=30)  # a warning older than this no longer counts
    exempt_role: Literal["volunteer", "admin", "deputy", "owner"] = "admin"  # and above
    exempt_tiers: tuple[str, ...] = ()  # member tiers never moderated ("vip", "partner")
    recheck_edits: bool = True  # an edit that turns a message into spam is caught
    notify_admins: bool = True  # post each automatic action to the community's admin chat
    # Communities whose rulesets name the same list share their bans: a ban here bans the
    # member in all their chats, and on their next join.
    shared_bans: str | None = None

    if TYPE_CHECKING:
        # One table per detector is added from the detector table at start (see below), so
        # the checker cannot know those fields: it sees them as Any.
        def __getattr__(self, name: str) -> Any: ...

    @field_validator("escalation", mode="before")
    @classmethod
    def _steps(cls, value: Any) -> Any:
        return tuple(Step.parse(v) for v in value) if isinstance(value, list | tuple) else value


def _detector_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, cls in sorted(DETECTORS.items()):
        model = cls.config_model
        enabled = cls.default_enabled
        fields[name] = (model, Field(default_factory=lambda m=model, e=enabled: m(enabled=e)))
    return fields


def _moderation_config() -> type[ModerationBase]:
    model = create_model("ModerationConfig", __base__=ModerationBase, **_detector_fields())
    return ruleset_section("moderation")(model)


def _rebuild() -> None:
    """A detector registered after this module was loaded: its table joins the section."""
    global ModerationConfig
    ModerationConfig = _moderation_config()
    ruleset_model.cache_clear()


ModerationConfig = _moderation_config()
REGISTERED.append(_rebuild)
