"""The reminders before a membership ends, with the time truly left: after a downtime the
reminders that came due meanwhile do not speak one after another, and one sent late does not
say "in 1 day" with minutes left."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from ..engine import Context
from ..segments import TN, I18nText
from .config import PaidConfig
from .lifecycle import plan_title
from .store import Membership
from .telling import paid_chat, tell_member


def remind(
    ctx: Context, config: PaidConfig, membership: Membership, before: timedelta, now: datetime
) -> None:
    """The reminder due `before` the end, fired at `now`. After a downtime the reminders that
    came due meanwhile fire together: only the last of them speaks, with the days truly left,
    and none once the end has passed (the expiry tells the member)."""
    plan = config.plans.get(membership.plan)
    left = membership.expires_at - now
    if plan is None or left <= timedelta(0):
        return
    if any(nearer < before and left <= nearer for nearer in config.reminders):
        return
    title = plan_title(membership.plan, plan)
    text = _ends_in(left, title, membership.expires_at, membership.plan)
    tell_member(ctx, membership.member, text, paid_chat(membership.member, plan.chats))


def _ends_in(left: timedelta, title: I18nText | str, until: datetime, name: str) -> I18nText:
    """The reminder, with the time truly left: days, or under a day hours, under an hour
    minutes (a reminder sent late, after a downtime, does not say "1 day" with minutes left)."""
    seconds = left.total_seconds()
    facts = {"plan": title, "date": until, "name": name}
    if seconds >= 86400:
        days = round(seconds / 86400)
        return TN(
            "Your {plan} membership ends on {date} (in {days} day). Send /subscribe {name} to "
            "renew.",
            "Your {plan} membership ends on {date} (in {days} days). Send /subscribe {name} to "
            "renew.",
            days, days=days, **facts,
        )  # fmt: skip
    if seconds >= 3600:
        hours = round(seconds / 3600)
        return TN(
            "Your {plan} membership ends on {date} (in {hours} hour). Send /subscribe {name} to "
            "renew.",
            "Your {plan} membership ends on {date} (in {hours} hours). Send /subscribe {name} to "
            "renew.",
            hours, hours=hours, **facts,
        )  # fmt: skip
    minutes = max(1, math.ceil(seconds / 60))
    return TN(
        "Your {plan} membership ends on {date} (in {minutes} minute). Send /subscribe {name} to "
        "renew.",
        "Your {plan} membership ends on {date} (in {minutes} minutes). Send /subscribe {name} "
        "to renew.",
        minutes, minutes=minutes, **facts,
    )  # fmt: skip
