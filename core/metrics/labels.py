"""What reports and alerts call things, translated: KPI names, the playbook's suggested actions,
why a value is unavailable, and percentages."""

from __future__ import annotations

from ..segments import I18nText, T

KPI_NAMES: dict[str, I18nText] = {
    "activity": T("activity rate"),
    "conversion": T("conversion"),
    "leave_rate": T("weekly leave rate"),
    "reach": T("reach"),
    "retention_7d": T("7-day retention"),
    "retention_30d": T("30-day retention"),
}

# The playbook's 优化方向 for a KPI outside its band.
ACTIONS: dict[str, I18nText] = {
    "activity": T("change the content format or add more interaction"),
    "conversion": T("review the product selection and the sales wording"),
    "leave_rate": T("review the group rules and the way the group is managed"),
    "reach": T("review posting times and what members mute"),
}

UNAVAILABLE: dict[str, I18nText] = {
    "no_member_count": T("unavailable: the platform reports no member count"),
    "no_readers": T("unavailable: the platform reports no readers"),
    "not_per_chat": T("unavailable per chat: orders belong to the community"),
    "no_joiners": T("unavailable: nobody joined long enough ago"),
    "not_observed": T("not yet known: recording stopped before the newcomers' days were over"),
    "no_orders": T("unavailable: no orders are recorded for this community"),
    "nothing_recorded": T("unavailable: nothing was recorded in this period"),
}

STATUS: dict[str, I18nText] = {
    "healthy": T("healthy"),
    "watch": T("watch"),
    "alert": T("act now"),
    "unavailable": T("unavailable"),
}


LIMIT = (0, 1)  # digits after the separator of a band's limit, as written: "15 %", "12,5 %"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"
