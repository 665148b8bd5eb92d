"""The simulation's summary as a report an operator reads: members (start, joined, left,
removed, end — numbers that add up), activity, each KPI with its verdict against the
ruleset's healthy band, moderation, points by reason and campaigns. No raw data structures:
every list and mapping is written out in words."""

from __future__ import annotations

from typing import Any

from ..metrics.config import HealthConfig
from ..metrics.verdicts import verdict_line, verdicts

Lines = list[str]


def _n(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _pairs(mapping: dict[str, Any]) -> str:
    return ", ".join(f"{key} {_n(value)}" for key, value in mapping.items() if value) or "none"


def members_flow(summary: dict[str, Any]) -> dict[str, int]:
    """Start + joined - left - removed = end. Leaves the engine saw split into members who
    left on their own and members moderation removed (the KPI recorder tells them apart)."""
    removed = int(summary.get("kpis", {}).get("removals", 0))
    return {
        "start": summary["members_start"],
        "joined": summary["joins"],
        "left": summary["leaves"] - removed,
        "removed": removed,
        "end": summary["members"],
    }


def _moved(count: int, sign: str) -> str:
    """A flow with its sign; none moved is 0, not "-0"."""
    return f"{sign}{count:,}" if count else "0"


def _members(summary: dict[str, Any]) -> Lines:
    flow = members_flow(summary)
    return [
        "Members",
        f"  at the start    {flow['start']:,}",
        f"  joined          {_moved(flow['joined'], '+')}",
        f"  left            {_moved(flow['left'], '-')}",
        f"  removed         {_moved(flow['removed'], '-')}  (by moderation)",
        f"  at the end      {flow['end']:,}",
    ]


def _activity(summary: dict[str, Any]) -> Lines:
    return [
        "Activity",
        f"  messages        {summary['messages']:,}",
        f"  check-ins       {summary['checkins']:,}",
    ]


def _health(summary: dict[str, Any], health: HealthConfig) -> Lines:
    if "kpis" not in summary:
        return []
    kpis = summary["kpis"]
    lines = [f"Health over {kpis['days_counted']} community day(s), {kpis['label']}"]
    lines += [f"  {verdict_line(v)}" for v in verdicts(kpis["kpis"], health)]
    return lines


def _moderation(summary: dict[str, Any]) -> Lines:
    lines = ["Moderation"]
    by_rule = summary.get("moderation") or {}
    lines += [f"  {rule:<15} {_pairs(actions)}" for rule, actions in by_rule.items()]
    if not by_rule:
        lines.append("  nothing flagged")
    lines.append(f"  actions         {_pairs(summary['actions'])}")
    lines.append(f"  delivery        {_pairs(summary['delivery'])}")
    return lines


def _points(summary: dict[str, Any]) -> Lines:
    points = summary.get("points")
    lines = ["Points", f"  awarded         {summary['points_awarded']:,}"]
    if not points:
        return lines
    # what was awarded, by reason; spending (redeem, negative) is not part of it
    by_reason = sorted(points["by_reason"].items(), key=lambda kv: (-kv[1], kv[0]))
    awarded = [(reason, n) for reason, n in by_reason if n > 0]
    spent = [(reason, -n) for reason, n in by_reason if n < 0]
    lines[-1] += f"  ({_pairs(dict(awarded))})" if awarded else ""
    if spent:
        lines.append(f"  spent           {_pairs(dict(spent))}")
    lines += [
        f"  held            {points['balance_total']:,} by "
        f"{points['members_with_points']:,} member(s), at most {points['balance_max']:,}",
        f"  redemptions     {_pairs(points['redemptions'])}",
        f"  tiers           {_pairs(points['tiers'])}",
    ]
    return lines


def _campaign(name: str, data: dict[str, Any]) -> str:
    facts = [f"{data['kind']}, {data['status']}", f"{data['points_paid']:,} points paid"]
    for key, value in data.items():
        if key in ("kind", "status", "points_paid"):
            continue
        if isinstance(value, dict):
            facts.append(f"{key.replace('_', ' ')}: {_pairs(value)}")
        elif isinstance(value, list):  # a ranking: [[name, count], …]
            ranked = ", ".join(f"{who} {_n(n)}" for who, n in value) or "nobody yet"
            facts.append(f"{key.replace('_', ' ')}: {ranked}")
        else:
            facts.append(f"{key.replace('_', ' ')} {_n(value)}")
    return f"  {name}: " + "; ".join(facts)


def _campaigns(summary: dict[str, Any]) -> Lines:
    campaigns = summary.get("campaigns") or {}
    if not campaigns:
        return []
    return ["Campaigns"] + [_campaign(name, data) for name, data in campaigns.items()]


SHOWN = {
    "seed", "days", "ruleset", "start", "members_start", "members", "messages", "joins",
    "leaves", "checkins", "points_awarded", "actions", "delivery", "events", "kpis", "health",
    "moderation", "points", "campaigns",
}  # fmt: skip


def _words(value: Any) -> str:
    """Any value written out: mappings as `key value` pairs, lists item by item."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {_words(v)}" for k, v in value.items()) or "none"
    if isinstance(value, list | tuple):
        return "; ".join(_words(item) for item in value) or "none"
    return _n(value)


def _other(name: str, value: Any) -> Lines:
    """A section a feature added to the summary, in words."""
    title = name.replace("_", " ").capitalize()  # join_defence -> Join defence
    if not isinstance(value, dict):
        return [title, f"  {_words(value)}"]
    return [title] + [
        f"  {key.replace('_', ' '):<15} {_words(item)}" for key, item in value.items()
    ]


def render_text(summary: dict[str, Any], health: HealthConfig) -> str:
    lines = [
        f"Simulated {summary['days']} day(s) of a community of {summary['members_start']:,} "
        f"members (ruleset {summary['ruleset']!r}, seed {summary['seed']})"
    ]
    for part in (
        _members(summary),
        _activity(summary),
        _health(summary, health),
        _moderation(summary),
        _points(summary),
        _campaigns(summary),
        *(_other(key, value) for key, value in summary.items() if key not in SHOWN),
    ):
        if part:
            lines += ["", *part]
    return "\n".join(lines)
