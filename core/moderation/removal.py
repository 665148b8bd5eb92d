"""A member the bot removes is gone at once, not only once the platform reports it, and their
messages still on their way after the removal neither make them a member again nor are
punished. A message moderation removed is no message of the member's: it does not count toward
their standing (a regular, a newcomer no more)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..actions import Action, Ban, Kick, SendMessage
from ..engine import Context
from ..engine.state import MemberState
from ..events import ActionCompleted
from ..refs import Ref
from ..segments import Mention
from .step_texts import NOT_REMOVED

if TYPE_CHECKING:
    from .ladder import Case

REMOVED = {Ban.kind: "banned", Kick.kind: "left"}  # what a removal makes of the member
# how long after a removal a member's messages may still be on their way (a burst's tail, an
# IRC server's lines after the kick): they neither make them a member again nor are punished
IN_FLIGHT = timedelta(seconds=30)


def removed_just_now(member: MemberState | None, at: datetime) -> bool:
    """Whether the member was removed (or left) moments before `at`."""
    if member is None or member.status == "member" or member.left_at is None:
        return False
    return at <= member.left_at + IN_FLIGHT


def uncount(ctx: Context, user: Ref, messages: int = 1) -> None:
    """`messages` of `user`'s, counted as they arrived, were removed as spam: they make no
    regular of a spammer (two deleted 10-photo albums were 20 messages of standing)."""
    if user.kind != "user" or messages <= 0:
        return
    member = ctx.peek_member(user)
    if member is not None and member.messages:
        member.messages = max(0, member.messages - messages)
        ctx.touch(member)


def mark_removed(ctx: Context, case: Case, kind: str) -> None:
    """A member the bot bans or kicks is gone from now on, not only once the platform reports
    it (a giveaway entry in between was accepted); a removal the platform refuses is undone by
    their next message (`IN_FLIGHT`)."""
    status = REMOVED.get(kind)
    if status is not None and case.user.kind == "user":
        member = ctx.member(case.user)
        member.status, member.left_at = status, ctx.now


def removal_refused(ctx: Context, event: ActionCompleted) -> None:
    """A ban or kick the platform refused for good (the bot lacks the right), or the operator
    cancelled: the member, marked gone when it was asked (`mark_removed`), is still there. Left
    so, they dropped out of /top, the report's members and their own private /checkin until
    they spoke again."""
    status = REMOVED.get(event.action)
    if status is None or event.detail.get("outcome") not in ("failed", "cancelled"):
        return  # done, or nobody there to remove ("absent"): gone either way
    member = ctx.peek_member(Ref(str(event.detail.get("user", ""))))
    if member is not None and member.status == status:
        member.status, member.left_at = "member", None
        ctx.touch(member)


def tell_if_refused(
    ctx: Context, removal: Action, member: Mention, chat: Ref, thread: str | None = None
) -> None:
    """Follow a removal with the words for its failure, sent in `chat` only if the platform
    refuses it for good: a member nobody removes by hand would otherwise go on posting while
    everyone believes them gone."""
    for failure, said in NOT_REMOVED.items():
        notice = SendMessage(chat=chat, segments=(said(member),), thread_id=thread)
        ctx.act(notice, after=removal, failed=True, failure=failure)
