"""Asking a newcomer the captcha: the question with its buttons (or a typed prompt), posted in
the group or privately, and the job that removes them if it is never answered."""

from __future__ import annotations

from datetime import datetime

from ..actions import Action, Button, Priority, SendMessage
from ..engine import Context, schedule
from ..engine.routing import routed_data
from ..refs import Ref
from ..segments import Mention, T, Text
from . import challenge as challenges
from .config import CHOICE_MODES, CaptchaConfig
from .store import ChallengeSlice

TIMEOUT_JOB = "captcha.timeout"
DATA = "captcha"  # button data: "@{community}|captcha|{choice}"


def ask(
    ctx: Context, config: CaptchaConfig, chat: Ref, member: Ref, name: str, mode: str, via: str,
    priority: Priority | None = None,
) -> Action | None:  # fmt: skip
    """Post the question (in the group, or privately for a join request) and arm its timeout;
    `priority`: a raid's held members are asked at the priority of its holds (after them).
    The question queued is the answer; should the platform refuse it for good, the admins
    are told that the member was not asked (nor will be removed for it: `decision.py`)."""
    due = ctx.now + config.timeout
    found = challenges.make(
        ctx.event.key, mode, config, chat=chat, member=member,
        attempts_left=config.press_attempts if mode in CHOICE_MODES else config.attempts,
        via=via, created_at=ctx.now, due_at=due,
    )  # fmt: skip
    buttons = tuple(
        Button(
            label=(T("I am human") if mode == "button" else Text(choice),),
            data=routed_data(ctx.community.name, f"{DATA}|{choice}"),
        )
        for choice in found.choices
    )
    shown = name or member.local_id
    greeting = Mention(member, shown) if via == "group" else shown
    prompt = challenges.prompt_of(found, config, config.timeout)
    # the name and the question joined as the language joins them (`أحمد، لتُقبل…`)
    segments = (
        # i18n: a newcomer's name, then the captcha's question (a sentence of its own)
        T("{member}, {question}", member=greeting, question=prompt[0]),
        *prompt[1:],
    )
    found.message = f"{ctx.event.key}#{len(ctx.actions)}"
    if via == "private":
        question = ctx.send_private(member, segments, buttons=buttons, tag="captcha")
    else:
        question = ctx.send(segments, chat=chat, buttons=buttons, tag="captcha", priority=priority)
    ctx.slice(ChallengeSlice).save(ctx, found)
    arm(ctx, found, due)
    if question is not None:
        unasked = T(
            "{member} could not be asked the captcha: the question could not be sent. "
            "They will not be removed for leaving it unanswered.",
            member=Mention(member, shown),
        )
        admins = ctx.community.settings.admin_chat or chat
        ctx.act(SendMessage(chat=admins, segments=(unasked,)), after=question, failed=True)
    return question


def arm(ctx: Context, found: challenges.Challenge, due: datetime) -> None:
    """The job that removes `found`'s newcomer at `due` unless they answered by then."""
    schedule(
        ctx, TIMEOUT_JOB, due, {"chat": found.chat, "member": found.member},
        key=f"captcha:{ctx.community.name}:{found.chat}:{found.member}:{ctx.now.isoformat()}",
    )  # fmt: skip


def postpone(ctx: Context, found: challenges.Challenge, due: datetime) -> None:
    """Move `found`'s deadline to `due` (its question was shown late)."""
    found.due_at = due
    ctx.slice(ChallengeSlice).save(ctx, found)
    arm(ctx, found, due)
