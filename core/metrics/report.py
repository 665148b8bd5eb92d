"""A KPI report as a message: counts, then each KPI with its health status. The same
segments go to a chat (rendered in its locale) and to the command line."""

from __future__ import annotations

from typing import Any

from ..i18n import said_percent, said_signed
from ..i18n.render import render
from ..money import money as shown
from ..segments import I18nText, Message, T, Text, plain_text
from .config import HealthConfig
from .history import History
from .kpis import Kpi, KpiSet
from .labels import KPI_NAMES, STATUS, UNAVAILABLE
from .memberships import MembershipFigures
from .periods import PeriodKind

PERIOD_NAMES: dict[PeriodKind, I18nText] = {
    PeriodKind.DAY: T("day"),
    PeriodKind.WEEK: T("week"),
    PeriodKind.MONTH: T("month"),
    PeriodKind.RANGE: T("period"),
}
BASIS: dict[str | None, I18nText] = {
    "reported": T("as reported by the platform"),
    "seen": T("as seen by the bot"),
    None: T("unknown"),
}


def kpi_line(kpi: Kpi, health: HealthConfig) -> I18nText:
    name = KPI_NAMES[kpi.name]
    if kpi.value is None:
        reason = UNAVAILABLE[kpi.unavailable or "no_member_count"]
        return T("{kpi}: {reason}", kpi=name, reason=reason)
    band = health.band(kpi.name)
    if band is None:
        return T("{kpi}: {value}", kpi=name, value=said_percent(kpi.value))
    return T(
        "{kpi}: {value} ({status})",
        kpi=name,
        value=said_percent(kpi.value),
        status=STATUS[band.status(kpi.value)],
    )


def _in_chat(title: str | I18nText, chat: object) -> str | I18nText:
    """The community's title (one per language, perhaps) with the chat's id after it."""
    if isinstance(title, str):
        return f"{title} ({chat})"
    variants = title.params.get("_variants") or {}
    suffixed = {locale: f"{text} ({chat})" for locale, text in variants.items()}
    return I18nText(f"{title.msgid} ({chat})", {"_variants": suffixed})


def report_message(kpis: KpiSet, title: str | I18nText, health: HealthConfig) -> Message:
    history, counts = kpis.history, kpis.counts
    period = history.period
    scope = title if history.scope.chat is None else _in_chat(title, history.scope.chat)
    heading = T(
        "Report for {scope}, {period} {label} ({first} to {last})",
        scope=scope,
        period=PERIOD_NAMES[period.kind],
        label=period.said,
        first=period.first,  # said as the reader says a date, as the rest of the text does
        last=period.last,
    )
    if history.nothing_recorded:  # no zeros, no rates, no platform to blame: just that,
        said: list[Any] = [heading, Text("\n"), nothing_recorded(history)]
        # and the paid memberships, which the chats' figures leave out (their paid chats)
        for line in membership_lines(history.memberships) if history.memberships else ():
            said += [Text("\n"), line]
        return tuple(said)
    lines: list[Any] = [
        heading,
        members_line(kpis),
        T(
            "Messages: {messages}; joined: {joins}; left: {leaves}; removed: {removals}",
            messages=counts["messages"],
            joins=counts["joins"],
            leaves=counts["leaves"],
            removals=counts["removals"],
        ),
    ]
    if counts["orders"] is not None:
        lines.append(
            T(
                "Orders: {orders}; points awarded: {points}",
                orders=counts["orders"],
                points=counts["points"],
            )
        )
    if history.held:  # no sale until the admins grant a plan with one: apart from the orders
        lines.append(T("Payments held for the admins (not orders): {held}", held=history.held))
    if history.memberships is not None:
        lines += membership_lines(history.memberships)
    lines += [kpi_line(kpi, health) for kpi in kpis.kpis.values()]
    message: list[Any] = []
    for index, line in enumerate(lines):
        if index:
            message.append(Text("\n"))
        message.append(line)
    return tuple(message)


def members_line(kpis: KpiSet) -> I18nText:
    """Members at the end and the start; where the moves below do not add up to the change,
    the rest is said, so start + joins - leaves - removals + the rest = members."""
    counts, unrecorded = kpis.counts, kpis.members_unrecorded
    figures = {
        "members": _count(counts["members"]),
        "basis": BASIS[kpis.history.basis],
        "start": _count(counts["members_start"]),
    }
    if not unrecorded:
        return T("Members: {members} ({basis}); {start} at the start", **figures)
    return T(
        "Members: {members} ({basis}); {start} at the start; {change} without a recorded "
        "join or leave",
        change=said_signed(unrecorded),
        **figures,
    )


def nothing_recorded(history: History) -> I18nText:
    first, last = history.first_recorded, history.recorded_through
    if first is None:
        return T("Nothing has been recorded yet.")
    if last is not None and history.period.first > last:  # the bot stopped recording
        return T(
            "Nothing was recorded in this period: the last recorded day is {day}.",
            day=last,
        )
    return T(
        "Nothing was recorded in this period: the first recorded day is {day}.",
        day=first,
    )


def membership_lines(figures: MembershipFigures) -> list[Any]:
    plans = ", ".join(f"{plan} {n}" for plan, n in sorted(figures.by_plan.items()))
    moves = {
        "members": figures.members,
        "started": figures.started,
        "renewed": figures.renewed,
        "lapsed": figures.lapsed,
        "refunded": figures.refunded,
        "churn": said_percent(figures.churn),
    }
    lines: list[Any] = [
        T(
            "Paid members: {members} ({plans}); started {started}, renewed {renewed}, "
            "lapsed {lapsed}, refunded {refunded}; churn {churn}",
            plans=plans,
            **moves,
        )
        if plans
        else T(  # nobody paid at the period's end: no plans to list
            "Paid members: {members}; started {started}, renewed {renewed}, "
            "lapsed {lapsed}, refunded {refunded}; churn {churn}",
            **moves,
        )
    ]
    for month, money in sorted(figures.revenue.items()):
        amounts = ", ".join(shown(amount, currency) for currency, amount in sorted(money.items()))
        lines.append(T("Revenue {month}: {amounts}", month=month, amounts=amounts))
    return lines


def _count(value: int | None) -> Any:
    return "—" if value is None else value


def as_text(message: Message, locale: str, timezone: str = "UTC") -> str:
    return plain_text(render(message, locale, timezone))
