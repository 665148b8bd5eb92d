"""The community's admin chat, as `groupops init` sets it: a chat of the admins alone, where
spam reviews (quoting the spam), alerts and reports go. Given with --admin-chat, or picked
among the chats found when there are several (an operator who invites the bot into the
community's room and the moderators' room got both as community chats, welcomes and
moderation running among the admins)."""

from __future__ import annotations

from ..errors import GroupopsError
from ..refs import Ref
from .plan import Plan, SeenChat
from .prompting import prompt
from .steps import Echo

QUESTION = (
    "Which of them is the admins' own chat, for spam reviews and alerts (its number; Enter: none)"
)


def pick_admin_chat(plan: Plan, given: Ref | None, interactive: bool, echo: Echo) -> None:
    """Sets `plan.admin_chat` and takes it out of the community's chats."""
    if given is None and len(plan.chats) >= 2:
        if not interactive:
            echo(f"note: {len(plan.chats)} chats are written as the community's; if one of them "
                 "is the admins' own, run init again with --admin-chat ID")  # fmt: skip
            return
        for number, chat in enumerate(plan.chats, 1):
            echo(f"  {number}) {chat.label()}")
        given = _picked(prompt(QUESTION, default="", show_default=False), plan.chats)
    if given is None:
        return
    if given not in {chat.ref for chat in plan.chats}:
        echo(f"note: {given}, the admin chat, was not among the chats found; written as given")
    plan.admin_chat = given
    plan.chats = [chat for chat in plan.chats if chat.ref != given]


def _picked(answer: str, chats: list[SeenChat]) -> Ref | None:
    answer = answer.strip()
    if not answer:
        return None
    if not answer.isdecimal() or not 1 <= int(answer) <= len(chats):
        raise GroupopsError(f"{answer!r} is not a number from 1 to {len(chats)}")
    return chats[int(answer) - 1].ref
