"""What moderation tells the admin chat on its own: a rule broken (and the step taken), a
member banned on arrival. Manual steps are told by the ladder (ladder.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..moderation.reasons import reason_of
from ..segments import T, Text

if TYPE_CHECKING:
    from ..engine import Context
    from ..moderation.config import ModerationBase
    from ..moderation.ladder import Case
    from ..moderation.steps import Step


def tell_admins(
    ctx: Context, config: ModerationBase, case: Case, step: Step, rules: list[str]
) -> None:
    admin_chat = ctx.community.settings.admin_chat
    if admin_chat is None or not config.notify_admins:
        return
    ctx.send(
        (
            T(
                "Moderation: {name} ({user}) broke {rules} in {chat}; step: {step}.",
                name=case.name or case.user.local_id,
                user=case.user,
                rules=tuple(reason_of(rule) for rule in dict.fromkeys(rules)),
                chat=ctx.community.chat_title(case.chat),
                step=step.said,
            ),
            Text(f"\n{case.evidence[:200]}"),
        ),
        chat=admin_chat,
    )
