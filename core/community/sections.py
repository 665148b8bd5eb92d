"""The community features' ruleset sections: `[rulesets.NAME.welcome]`, `goodbye`,
`autoreply`, `cleanup`, `disabling`, `lurkers` and `member_reports`.

Declared apart from the components that read them, so that validating settings
(`groupops check`) imports neither the components nor the engine and storage behind them.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from ..moderation import compile_pattern
from ..settings import SectionModel, ruleset_section
from ..settings.types import Cron, Duration, LocalizedText

NAME = re.compile(r"^\w+$")


class WelcomeButton(SectionModel):
    label: LocalizedText
    url: str = Field(min_length=1)


@ruleset_section("welcome")
class WelcomeConfig(SectionModel):
    enabled: bool = True
    # Your own text, one for all or one per locale; unset uses the translated default.
    text: LocalizedText | None = None
    rules: LocalizedText | None = None  # the group rules: shown by /rules and in the welcome
    rules_in_welcome: bool = True
    buttons: tuple[WelcomeButton, ...] = ()  # link buttons under the welcome
    onboarding: LocalizedText | None = None  # a private message to each newcomer
    # Joins closer together than this get one welcome naming them all (0s: one each).
    coalesce: Duration = timedelta(0)


@ruleset_section("goodbye")
class GoodbyeConfig(SectionModel):
    enabled: bool = False
    text: LocalizedText | None = None  # one for all or one per locale; unset: the default


class AutoReplyRule(SectionModel):
    match: Literal["exact", "contains", "regex"] = "contains"
    pattern: str = Field(min_length=1)
    reply: LocalizedText
    cooldown: Duration = timedelta(minutes=1)  # per chat

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("match") == "regex":
            compile_pattern(value)  # refused here, so `groupops check` names the key path
        return value


@ruleset_section("autoreply")
class AutoReplyConfig(SectionModel):
    rules: tuple[AutoReplyRule, ...] = ()
    filter_cooldown: Duration = timedelta(minutes=1)  # for replies added with /filter


@ruleset_section("cleanup")
class CleanupConfig(SectionModel):
    commands: bool = False  # delete command messages once read (/cleancommands)
    service: bool = False  # delete join and leave notices (/cleanservice)


def _command_name(value: str) -> str:
    """A command's main name, from itself or an alias (`/举报` -> `report`)."""
    # Only a ruleset that disables commands needs the commands' table: imported here, and
    # reading it loads the features if only the sections were loaded (`groupops check`).
    from ..engine.commands import CommandComponent
    from ..engine.components import registry
    from .disabling import Disabling

    name = value.removeprefix("/").lower()
    if not NAME.match(name):
        raise ValueError(f"{value!r} is not a command name")
    for cls in registry().values():
        main = cls.command_named(name) if issubclass(cls, CommandComponent) else None
        if main is not None and Disabling.command_named(main) is not None:
            raise ValueError(f"/{main} cannot be disabled")
        if main is not None:
            return main
    raise ValueError(f"{value!r} is not a command (`groupops commands` lists them)")


@ruleset_section("disabling")
class DisablingConfig(SectionModel):
    disabled: tuple[Annotated[str, AfterValidator(_command_name)], ...] = ()
    delete: bool = False  # delete a disabled command's message (/disabledel)


@ruleset_section("lurkers")
class LurkersConfig(SectionModel):
    days: int = Field(default=90, ge=1)  # silent this long (the playbook: 3 months)
    grace: Duration = timedelta(days=7)  # between the notice and removal
    exempt_tiers: tuple[str, ...] = ("vip",)  # 付费用户; partners and volunteers: give a role
    exempt_role: Literal["volunteer", "admin", "deputy", "owner"] = "volunteer"  # and above
    dry_run: bool = True  # report, remove no one
    cap: int = Field(default=20, ge=1)  # removals per run
    schedule: Cron | None = None  # cron, e.g. "0 10 * * 1" (Mondays 10:00)


@ruleset_section("member_reports")
class MemberReportsConfig(SectionModel):
    enabled: bool = True
    cooldown: Duration = timedelta(minutes=5)  # between two reports by one member
    mentions: bool = True  # `@admin` / `@admins` in a message alerts the admins
