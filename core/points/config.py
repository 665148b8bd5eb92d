"""The `points` ruleset section: what each rule earns and the limits that stop farming.

Defaults are the playbook's 积分获取方式: check-in +1, answer +3, share +5, invite +10,
organising an event +20.
"""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field, field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import Duration

RULES = ("checkin", "answer", "share", "invite", "organize", "speak", "order")


class RuleLimits(SectionModel):
    daily_cap: int | None = Field(
        default=None, ge=0
    )  # most points from the rule a member gets a day
    cooldown: Duration = timedelta(0)  # least time between two awards of the rule to one member
    min_length: int = Field(default=0, ge=0)  # the shortest message (characters) that counts


DEFAULT_LIMITS = {
    "answer": RuleLimits(daily_cap=15, min_length=10),
    "share": RuleLimits(daily_cap=15, cooldown=timedelta(minutes=10), min_length=10),
    "invite": RuleLimits(daily_cap=50),
    "speak": RuleLimits(daily_cap=10, cooldown=timedelta(minutes=5), min_length=10),
    "order": RuleLimits(daily_cap=500),
}


# the most one earning rule pays (as /give's largest): a number past 64 bits would stop the
# processing of every event at the first award, where the ledger or a message cannot hold it
MAX_AWARD = 1_000_000


@ruleset_section("points")
class PointsConfig(SectionModel):
    checkin: int = Field(default=1, ge=0, le=MAX_AWARD)  # the daily check-in
    checkin_words: tuple[str, ...] = ("/checkin", "签到")
    answer: int = Field(default=3, ge=0, le=MAX_AWARD)  # a reply to a question, marked helpful
    share: int = Field(default=5, ge=0, le=MAX_AWARD)  # a valuable share, approved or well received
    invite: int = Field(default=10, ge=0, le=MAX_AWARD)  # an invitee who stayed and spoke
    organize: int = Field(
        default=20, ge=0, le=MAX_AWARD
    )  # organising an event, granted by an admin
    # 发言: a message in a group (long enough, not a repeat of one of the member's recent
    # messages, not flagged by moderation); 0 leaves plain speaking unrewarded
    speak: int = Field(default=0, ge=0, le=MAX_AWARD)
    # 下单: points per unit of an order's currency ({ CNY = 0.1 }: 1 point per 10 元), for
    # every order however recorded (command, import, Stars payment, group-buy), once
    order_rates: dict[str, float] = Field(default_factory=dict)
    limits: dict[str, RuleLimits] = Field(default_factory=lambda: dict(DEFAULT_LIMITS))

    # Answers: a question ends with one of these; the asker (or an admin) marks a reply helpful
    # with a reaction or by replying with a thanks word.
    question_marks: tuple[str, ...] = ("?", "？")
    helpful_reactions: tuple[str, ...] = ("👍", "❤", "❤️", "🙏", "✅", "💯")
    thanks_words: tuple[str, ...] = ("thanks", "thank you", "thx", "谢谢", "感谢", "多谢")
    pair_cooldown: Duration = timedelta(hours=24)  # one asker rewards one answerer once per …
    max_receivers: int = Field(default=3, ge=1)  # answerers rewarded per question

    # Shares: a message with a link, approved by an admin (/valuable or an approve reaction) or
    # reacted to by this many other members.
    share_needs_link: bool = True
    share_reactions: int = Field(default=5, ge=1)
    approve_reactions: tuple[str, ...] = ("⭐", "🔥")

    # Invites: confirmed when the invitee has stayed this long and spoken.
    invite_stay: Duration = timedelta(days=7)

    @field_validator("limits")
    @classmethod
    def _known_rules(cls, value: dict[str, RuleLimits]) -> dict[str, RuleLimits]:
        for rule in value:
            if rule not in RULES:
                raise ValueError(f"{rule!r} is not a rule (expected one of: {', '.join(RULES)})")
        return {**DEFAULT_LIMITS, **value}

    def limit(self, rule: str) -> RuleLimits:
        return self.limits.get(rule) or RuleLimits()

    @field_validator("order_rates")
    @classmethod
    def _rates(cls, value: dict[str, float]) -> dict[str, float]:
        out = {}
        for currency, rate in value.items():
            code = currency.strip().upper()
            if not (code.isalpha() and len(code) == 3):
                raise ValueError(f"{currency!r} is not a 3-letter currency code such as CNY")
            if rate < 0:
                raise ValueError(f"the rate for {code} is {rate}, expected 0 or more")
            out[code] = float(rate)
        return out

    def points_for(self, rule: str) -> int:
        return int(getattr(self, rule, 0) or 0)
