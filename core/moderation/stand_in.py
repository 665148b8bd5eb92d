"""A detector's fixed step the platform cannot take, which the ruleset turns into a warning (a
flood's mute on WeChat, `fallbacks.mute = "warn"`), counts as a warning: a member who keeps at
it climbs the warning ladder to its removal instead of being warned for ever."""

from __future__ import annotations

from datetime import timedelta

from ..capabilities import Capability
from ..engine import Context
from .ladder import Case, add_warning
from .state import ModerationState
from .steps import STEP_KINDS, Step

# the member actions a platform may lack, and what each needs
NEEDS: dict[str, Capability] = {"mute": Capability.MUTE, "ban": Capability.BAN}
SEVERITY = list(STEP_KINDS)  # mildest first: log ... ban


def warned_instead(ctx: Context, chat_platform: str, step: Step) -> bool:
    """Whether taking `step` here would post a warning instead."""
    needed = NEEDS.get(step.kind)
    return (
        needed is not None
        and not ctx.can(needed, chat_platform)
        and ctx.ruleset.fallback_for(step.kind) == "warn"
    )


def step_with_warnings(
    ctx: Context,
    case: Case,
    state: ModerationState,
    step: Step,
    ladder: tuple[Step, ...],
    expiry: timedelta,
) -> tuple[Step, int | None]:
    """The step to take for a detector's fixed `step`, and the warnings counted (None: none
    counted, the platform takes the step itself): where it would be a warning, the warning
    counts, and the ladder's step for that count is taken when it is the harsher."""
    if not warned_instead(ctx, case.chat.platform, step):
        return step, None
    warnings = add_warning(ctx, case, state, expiry)
    rung = ladder[min(warnings, len(ladder)) - 1]
    harsher = SEVERITY.index(rung.kind) > SEVERITY.index(step.kind)
    return (rung if harsher else step), warnings
