"""What a newcomer is told after a wrong captcha answer, and the captcha's own messages
found again to delete once the challenge is decided.

A wrong answer is deleted like every message of an unsolved newcomer; without a word they
could not tell it was read, so a hint says so and how many tries are left. The question's
and the hints' outbox ids are kept with the challenge (`Challenge.message`, space-separated)
and read back to the platform's message ids when it is decided. A hint still on its way then
(a bot answers twice within a delivery) is deleted by a cleanup job a little later.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import NamedTuple

from ..engine import Context, schedule
from ..events import JobDue
from ..refs import Ref
from ..segments import TN, I18nText, Mention, T, Text
from ..storage.models import OutboxItem
from .challenge import Challenge

CLEANUP_JOB = "captcha.cleanup"
CLEANUP_AFTER = timedelta(seconds=15)  # a hint still queued at the decision is out by then
# hints kept to delete with the question (the column holds about six outbox ids; a newcomer
# allowed more tries leaves the oldest hints standing)
HINTS_KEPT = 3


class Sent(NamedTuple):
    """The platform's ids of the messages sent, the outbox ids not delivered yet, and those
    the platform refused for good; when each delivered one went out."""

    message_ids: tuple[str, ...] = ()
    unsent: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    delivered_at: dict[str, datetime] = {}


def message_ids(result: str) -> tuple[str, ...]:
    try:
        return tuple(str(i) for i in json.loads(result or "{}").get("message_ids", ()))
    except (ValueError, AttributeError):
        return ()


async def sent(outbox_ids: list[str]) -> Sent:
    """What became of the actions `outbox_ids`: their messages' ids where delivered."""
    if not outbox_ids:
        return Sent()
    items = await OutboxItem.filter(id__in=outbox_ids).only("id", "status", "result", "done_at")
    ids = tuple(i for item in items for i in message_ids(item.result))
    unsent = tuple(str(item.id) for item in items if item.status == "pending")
    failed = tuple(str(item.id) for item in items if item.status == "failed")
    delivered = {str(i.id): i.done_at for i in items if i.status == "sent" and i.done_at}
    return Sent(ids, unsent, failed, delivered)


async def of_job(event: JobDue) -> Sent:
    return await sent([str(i) for i in event.payload.get("outbox", ())])


def first_words_to_a_sum(found: Challenge, text: str) -> bool:
    """A line with no number in it, the first thing a newcomer asked a typed sum says after
    the question ("hello, what do I do?"): not an answer, so it costs no try."""
    asked_a_sum = found.mode == "question" and "a" in found.prompt
    no_hint_yet = len(found.message.split()) <= 1
    return asked_a_sum and no_hint_yet and not any(ch.isdecimal() for ch in text)  # 什 is numeric


def ask_for_the_number(found: Challenge, ctx: Context) -> None:
    p = found.prompt
    hint(found, ctx, T("please type only the number: what is {a} + {b}?", a=p["a"], b=p["b"]))


def hint(found: Challenge, ctx: Context, said: I18nText | None = None) -> None:
    """Tell the newcomer their answer was wrong and how many tries are left (or `said`)."""
    event, member = ctx.event, Ref(found.member)
    name = getattr(event, "sender_name", "") or getattr(event, "name", "")
    said = said or TN(
        "that is not the answer: {n} try left.",
        "that is not the answer: {n} tries left.",
        found.attempts_left,
    )
    outbox_id = f"{event.key}#{len(ctx.actions)}"
    if found.via == "private":
        ctx.send_private(member, said, tag="captcha")
    else:
        greeting = Mention(member, name or member.local_id)
        ctx.send((greeting, Text(", "), said), chat=Ref(found.chat), tag="captcha")
    kept = found.message.split()  # the question's, then the hints'
    found.message = " ".join((*kept[:1], *kept[1:][-(HINTS_KEPT - 1) :], outbox_id))


def clean_up_later(ctx: Context, where: Ref, unsent: tuple[str, ...]) -> None:
    """Delete, once delivered, the captcha's messages that were still on their way."""
    if unsent:
        schedule(
            ctx, CLEANUP_JOB, ctx.now + CLEANUP_AFTER, {"chat": str(where), "outbox": list(unsent)},
            key=f"{CLEANUP_JOB}:{ctx.event.key}",
        )  # fmt: skip
