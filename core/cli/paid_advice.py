"""What `groupops check` says of paid plans' reminders that are never sent: a reminder at least
as far before the end as the plan's whole period falls before the membership starts (a day pass
gets no "7 days left"), so only the reminders within the period are sent."""

from __future__ import annotations

from ..durations import format_duration
from ..errors import SettingsProblem
from ..settings.schema import Settings


def paid_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    found = []
    for name, ruleset in settings.rulesets.items():
        paid = ruleset.paid
        for plan_name, plan in paid.plans.items():
            never = [r for r in paid.reminders if r >= plan.period]
            if not never:
                continue
            said = ", ".join(format_duration(r) for r in never)
            found.append(
                SettingsProblem(
                    f"{env}.rulesets.{name}.paid.reminders",
                    f"{said} before the end: never sent for plan {plan_name!r}, whose period "
                    f"is {format_duration(plan.period)} (a reminder falls within the period)",
                )
            )
    return found
