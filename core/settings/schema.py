"""The settings schema: database, logging, engine, platforms, rulesets and communities."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..days import CommunityClock
from ..i18n.render import pick_variant
from ..refs import Ref
from ..segments import I18nText
from ..storage.urls import url_problem
from .cluster import ClusterSettings
from .ruleset import RulesetBase
from .types import ChatRef, LocaleName, LocalizedText, TimeZoneName, UserRef

DEFAULT_DATABASE_URL = "sqlite://groupops.db"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(Strict):
    url: str = DEFAULT_DATABASE_URL  # sqlite://PATH (relative to the settings file) or postgres://…

    @model_validator(mode="after")
    def _check_scheme(self) -> DatabaseSettings:
        problem = url_problem(self.url)
        if problem is not None:
            raise ValueError(problem)
        return self


class LoggingSettings(Strict):
    level: Literal["TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"
    file: str | None = None  # also append to this file


class EngineSettings(Strict):
    max_batch: int = Field(default=512, ge=1, le=10_000)  # events committed per transaction
    processed_retention_days: int = Field(default=14, ge=1)  # how long event keys are remembered
    delivery_concurrency: int = Field(default=16, ge=1, le=1000)
    # an action failing transiently this many times while its platform carries out others of
    # its kind is given up, so its chat goes on (about ten minutes of backoff); 0: never
    give_up_after_tries: int = Field(default=15, ge=0)


class I18nSettings(Strict):
    default_locale: LocaleName = "en"


class PrometheusSettings(Strict):
    enabled: bool = False  # serve /metrics for Prometheus to scrape
    host: str = "127.0.0.1"
    port: int = Field(default=9464, ge=0, le=65535)  # 0: any free port


class MetricsSettings(Strict):
    prometheus: PrometheusSettings = Field(default_factory=PrometheusSettings)


class DashboardSettings(Strict):
    """The operator console (`groupops dashboard`; served by `run` when enabled)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    base_url: str = ""  # how members reach it (login links); default http://host:port
    secret: str = ""  # signs session cookies; .secrets.toml or GROUPOPS_DASHBOARD__SECRET
    link_minutes: int = Field(default=10, ge=1, le=60)  # a login link's life
    session_hours: int = Field(default=12, ge=1, le=24 * 30)
    page_size: int = Field(default=25, ge=1, le=500)  # rows per page of a long list


class CommunitySettings(Strict):
    ruleset: str
    chats: tuple[ChatRef, ...] = ()
    # shown as {community}; defaults to the community's key. One, or one per language
    # ({ ru = "Клуб бегунов", de = "Lauftreff" }): each text says the one of its own language
    title: LocalizedText = ""
    locale: LocaleName | None = None  # overrides the ruleset's locale
    # overrides the ruleset's timezone: one ruleset for groups in Moscow and in Shanghai
    timezone: TimeZoneName | None = None
    chat_locales: dict[ChatRef, LocaleName] = Field(default_factory=dict)
    admin_chat: ChatRef | None = None  # where alerts, reports and the moderation log go
    # Roles beyond what the platform reports (WeChat has no admin list): role -> members.
    roles: dict[Literal["owner", "deputy", "admin", "volunteer"], tuple[UserRef, ...]] = Field(
        default_factory=dict
    )
    # One member on several messengers: each group of accounts shares one record (points,
    # warnings, streaks), kept under the group's first account.
    linked_accounts: tuple[tuple[UserRef, ...], ...] = ()

    def title_in(self, locale: str | None = None, fallback: str | None = None) -> str:
        """The title as read in `locale` (a table's text for it, or for its language), else
        in `fallback` (the community's language), else the first written; "" when unset."""
        title = self.title
        if isinstance(title, str):
            return title
        for wanted in (locale, fallback or self.locale):
            found = pick_variant(title, wanted) if wanted else None
            if found is not None:
                return found
        return next(iter(title.values()), "")

    def title_said(self, name: str, fallback: str | None = None) -> str | I18nText:
        """The title as a text's `{community}`: one per language is chosen when the text is
        rendered, in its reader's language (the community's, then the first, for others)."""
        if isinstance(self.title, str):
            return self.title or name
        return I18nText(self.title_in(None, fallback), {"_variants": dict(self.title)})

    @field_validator("linked_accounts")
    @classmethod
    def _linked_once(cls, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        seen: set[str] = set()
        for group in groups:
            for account in group:
                if account in seen:
                    raise ValueError(f"{account} is linked twice (an account has one member)")
                seen.add(account)
        return groups


class Settings(Strict):
    """Everything groupops reads from settings.toml, .secrets.toml and GROUPOPS_* variables."""

    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    engine: EngineSettings = Field(default_factory=EngineSettings)
    i18n: I18nSettings = Field(default_factory=I18nSettings)
    cluster: ClusterSettings = Field(default_factory=ClusterSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    dashboard: DashboardSettings = Field(default_factory=DashboardSettings)
    platforms: dict[str, dict[str, Any]] = Field(default_factory=dict)
    rulesets: dict[str, RulesetBase] = Field(default_factory=dict)
    communities: dict[str, CommunitySettings] = Field(default_factory=dict)

    def clock_of(self, community: str) -> CommunityClock:
        """The community's clock: its own timezone, else its ruleset's; the ruleset's day start."""
        settings = self.communities[community]
        ruleset = self.rulesets[settings.ruleset]
        return CommunityClock(settings.timezone or ruleset.timezone, ruleset.day_starts_at)

    def community_chats(self) -> dict[Ref, str]:
        return {
            chat: name for name, community in self.communities.items() for chat in community.chats
        }
