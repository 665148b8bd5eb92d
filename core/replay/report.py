"""The replay as an operator reads it: what the ruleset would have done, member by member,
with each KPI against its healthy band; and two rulesets side by side."""

from __future__ import annotations

from typing import Any

from ..metrics.config import HealthConfig
from ..metrics.verdicts import percent, verdict_line, verdicts

REMOVALS = ("kick", "ban")
UNSEEN = ("delete", "review", "log")  # nothing the member was told
SHOWN = 12  # members listed by name before "… and N more"


def _warned(summary: dict[str, Any]) -> dict[str, list[str]]:
    """Members who got a reminder, a warning or a mute (whether or not removed later); a
    message only put to the admins for review, or only logged, warned nobody."""
    return {
        name: steps
        for name, steps in summary["replay"]["steps"].items()
        if any(step.split()[0] not in (*REMOVALS, *UNSEEN) for step in steps)
    }


BOOKKEEPING = ("delete", "warn")  # the message removed, the strike recorded: not ladder steps


def _ladder(steps: list[str]) -> str:
    """The ladder's steps a member went through (remind > warn_private > kick)."""
    shown = [step for step in steps if step.split()[0] not in BOOKKEEPING]
    return " > ".join(shown or steps)


def _names(items: list[str]) -> str:
    more = len(items) - SHOWN
    return ", ".join(items[:SHOWN]) + (f" and {more} more" if more > 0 else "")


def render_text(summary: dict[str, Any], health: HealthConfig) -> str:
    replay = summary["replay"]
    moderation = "; ".join(
        f"{rule}: " + ", ".join(f"{action} {n:,}" for action, n in actions.items())
        for rule, actions in summary["moderation"].items()
    )
    removed = replay["removed"]
    warned = _warned(summary)
    by_reason = summary["points"]["by_reason"]
    lines = [
        f'Replayed "{replay["title"]}" ({replay["source"]}) with ruleset {summary["ruleset"]!r}',
        f"  history       {replay['items']:,} items over {summary['days']} day(s): "
        f"{summary['messages']:,} messages, {summary['joins']:,} join(s), "
        f"{summary['leaves']:,} leave(s)",
        f"  members       {summary['members_start']:,} at the start, "
        f"{summary['members']:,} at the end",
        f"  moderation    {moderation or 'nothing flagged'}",
        f"  warned        {len(warned):,} member(s)"
        + (": " + _names([f"{n} ({_ladder(s)})" for n, s in warned.items()]) if warned else ""),
        f"  removed       {len(removed):,} member(s)"
        + (": " + _names([f"{n} ({rule})" for n, rule in removed.items()]) if removed else ""),
    ]
    if replay["skipped_after_removal"]:
        lines.append(
            f"  skipped       {replay['skipped_after_removal']:,} later messages of removed "
            "members (they would have been gone)"
        )
    lines += [
        f"  check-ins     {summary['checkins']:,}",
        f"  points        {summary['points_awarded']:,} awarded"
        + (": " + ", ".join(f"{r} {n:,}" for r, n in by_reason.items()) if by_reason else ""),
        "  KPIs",
    ]
    lines += [f"    {verdict_line(v)}" for v in verdicts(summary["kpis"]["kpis"], health)]
    return "\n".join(lines)


def differences(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    a_removed, b_removed = set(first["replay"]["removed"]), set(second["replay"]["removed"])
    rules = sorted(set(first["moderation"]) | set(second["moderation"]))
    return {
        "rulesets": [first["ruleset"], second["ruleset"]],
        "steps_by_rule": {
            r: [
                sum(first["moderation"].get(r, {}).values()),
                sum(second["moderation"].get(r, {}).values()),
            ]
            for r in rules
        },
        "members_warned": [len(_warned(first)), len(_warned(second))],
        "members_removed": [len(a_removed), len(b_removed)],
        "removed_only_by_first": sorted(a_removed - b_removed),
        "removed_only_by_second": sorted(b_removed - a_removed),
        "members_at_end": [first["members"], second["members"]],
        "checkins": [first["checkins"], second["checkins"]],
        "points_awarded": [first["points_awarded"], second["points_awarded"]],
        "kpis": {
            k: [first["kpis"]["kpis"][k]["value"], second["kpis"]["kpis"][k]["value"]]
            for k in first["kpis"]["kpis"]
        },
    }


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    return percent(value) if isinstance(value, float) else f"{value:,}"


def compare_text(first: dict[str, Any], second: dict[str, Any]) -> str:
    diff = differences(first, second)
    a, b = diff["rulesets"]
    rows: list[tuple[str, Any, Any]] = [
        (f"steps by {rule}", x, y) for rule, (x, y) in diff["steps_by_rule"].items()
    ]
    rows += [
        (label, *diff[key])
        for label, key in (
            ("members warned", "members_warned"),
            ("members removed", "members_removed"),
            ("members at the end", "members_at_end"),
            ("check-ins", "checkins"),
            ("points awarded", "points_awarded"),
        )
    ]
    rows += [(f"KPI {k}", x, y) for k, (x, y) in diff["kpis"].items()]
    width = max(len(a), len(b), 8)
    lines = [f"Compared: {a!r} and {b!r}", f"  {'':<22} {a:>{width}} {b:>{width}}"]
    for label, x, y in rows:
        mark = "" if x == y else "  <- differs"
        lines.append(f"  {label:<22} {_cell(x):>{width}} {_cell(y):>{width}}{mark}")
    for key, who in (("removed_only_by_first", a), ("removed_only_by_second", b)):
        if diff[key]:
            lines.append(f"  removed only by {who!r}: {_names(diff[key])}")
    return "\n".join(lines)
