"""What moderation tells the admin chat on its own: a rule broken (and the step taken), a
member banned on arrival. Manual steps are told by the ladder (ladder.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..moderation.channel_bans import channel_step
from ..moderation.evidence import said_of
from ..moderation.reasons import reason_of
from ..segments import I18nText, T, Text
from ..words import word_of

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
                step=taken(ctx, case, step),
            ),
            Text("\n"),
            said_of(case.evidence),
        ),
        chat=admin_chat,
    )


def taken(ctx: Context, case: Case, step: Step) -> I18nText | str:
    """The step as it was taken: one the platform cannot do (a mute on WeChat) is said with
    what was done instead, so admins are not told of a mute that never happened; one against
    a channel as the ban it became."""
    if case.user.kind == "chat":
        step = channel_step(step)
    for degraded in ctx.degraded:
        original = degraded.original
        if original.kind == step.kind and getattr(original, "user", None) == case.user:
            instead = word_of("action", degraded.choice) if degraded.replacement else T("nothing")
            return T("{step} (not possible here: {instead} instead)", step=step.said,
                     instead=instead)  # fmt: skip
    return step.said
