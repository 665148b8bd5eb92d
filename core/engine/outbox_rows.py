"""The outbox table as an operator sees it: what was given up (`failed`), what is stuck
(pending with a failed attempt recorded, or waiting longer than a while), putting given-up
actions back in the queue, and cancelling one for good. Backs `groupops outbox`; a running
engine picks re-queued rows up, and drops cancelled ones from its queues, with its periodic
rescan (outbox.RESCAN_SECONDS); a stopped one at its next start."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from ..codec import decode_action, secret_of, without_secret
from ..errors import GroupopsError, TooLate
from ..redaction import redact
from ..storage.models import AuditEntry, OutboxItem
from ..storage.transactions import transaction

FALLBACK = "~fallback"  # a refused private message's group fallback: its id and this (refusals.py)

OPEN = ("pending", "failed")  # the states an operator may still cancel
# why an id is not re-queued or cancelled, by the row's status (None: no such row)
NOT_OPEN = {
    None: "no such action in the outbox",
    "sent": "already sent",
    "cancelled": "already cancelled",
}
STILL_PENDING = (
    "still pending: the bot tries it again by itself (at most a minute apart); "
    "`groupops outbox cancel ID` drops it"
)

MISSED = (
    "missed its deadline (a checkout's answer is due within seconds): the platform no longer "
    "takes it, so it is not re-queued"
)

SECRET = (
    "carried a one-time secret ({what}): it is not kept, and a retry would send a stale one, "
    "so it is not re-queued; the member asks for a new one"
)


def missed(error: str) -> bool:
    """The error of an action dropped at its deadline (errors.TooLate)."""
    return error.startswith(TooLate.PREFIX)


FIELDS = ("id", "community", "chat", "kind", "status", "attempts", "error", "created_at")


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: str
    community: str
    chat: str
    kind: str
    status: str  # failed, or pending (stuck); cancelled once an operator cancelled it
    attempts: int
    error: str
    created_at: datetime
    secret: str = ""  # the one-time secret a failed one carried, named (Action.secret)

    def __post_init__(self) -> None:
        # rows stored before errors were redacted on the way in may still hold a secret
        object.__setattr__(self, "error", redact(self.error))

    @property
    def state(self) -> str:
        if self.status == "failed" and missed(self.error):
            return "missed"  # given up at its deadline: no retry can carry it out now
        if self.status == "failed" and self.secret:
            return "secret"  # its one-time secret is not kept: no retry can send it
        if self.status in ("failed", "cancelled"):
            return self.status
        return "retrying" if self.error else "waiting"

    def as_dict(self, troubled: bool = True) -> dict[str, Any]:
        """The row as `--json` gives it; `troubled`: failed or stuck (the table lists it), else
        only waiting its turn (counted in the backlog's lines)."""
        return {**asdict(self), "state": self.state, "troubled": troubled,
                "created_at": self.created_at.isoformat()}  # fmt: skip


async def troubled(now: datetime, older_than: timedelta, community: str | None) -> list[OutboxRow]:
    """Failed rows, and pending rows that failed an attempt or wait since before `older_than`."""
    stuck = Q(status="pending") & (~Q(error="") | Q(created_at__lt=now - older_than))
    query = OutboxItem.filter(Q(status="failed") | stuck)
    if community is not None:
        query = query.filter(community=community)
    rows = [OutboxRow(*row) for row in await query.order_by("created_at").values_list(*FIELDS)]
    failed = [row.id for row in rows if row.status == "failed"]
    done = await replaced(failed)
    secrets = await _secrets(failed)
    return [replace(row, secret=secrets[row.id]) if row.id in secrets else row
            for row in rows if row.id not in done]  # fmt: skip


async def _secrets(ids: list[str]) -> dict[str, str]:
    """The rows among `ids` that carried a one-time secret, with what it was."""
    if not ids:
        return {}
    rows = await OutboxItem.filter(id__in=ids).values_list("id", "payload")
    found = {str(i): secret_of(payload) for i, payload in rows}
    return {i: what for i, what in found.items() if what}


async def communities() -> set[str]:
    """The communities with rows in the outbox."""
    return {str(c) for c in await OutboxItem.all().distinct().values_list("community", flat=True)}


async def queued(community: str | None) -> list[OutboxRow]:
    """Every pending row, oldest first: what the backlog counts."""
    query = OutboxItem.filter(status="pending")
    if community is not None:
        query = query.filter(community=community)
    return [OutboxRow(*row) for row in await query.order_by("created_at").values_list(*FIELDS)]


@dataclass(frozen=True, slots=True)
class Backlog:
    """One chat's actions waiting to be sent, failing or not: after an outage, replies queued
    behind a platform's pace drain for minutes while nothing is failed or stuck."""

    chat: str
    count: int
    oldest: datetime


async def backlog(community: str | None) -> list[Backlog]:
    """Pending actions per chat, the longest queue first."""
    query = OutboxItem.filter(status="pending")
    if community is not None:
        query = query.filter(community=community)
    chats: dict[str, tuple[int, datetime]] = {}
    for chat, created in await query.values_list("chat", "created_at"):
        count, oldest = chats.get(str(chat), (0, created))
        chats[str(chat)] = (count + 1, min(oldest, created))
    waiting = [Backlog(chat, count, oldest) for chat, (count, oldest) in chats.items()]
    return sorted(waiting, key=lambda b: (-b.count, b.chat))


async def replaced(ids: list[str]) -> set[str]:
    """The refused private messages among `ids` whose fallback (a mention in the group) has
    gone out: the member was told after all, so they are no failure to act on, and a retry
    would tell them twice."""
    if not ids:
        return set()
    fallbacks = [f"{i}{FALLBACK}" for i in ids]
    sent = await OutboxItem.filter(id__in=fallbacks, status="sent").values_list("id", flat=True)
    return {str(i).removesuffix(FALLBACK) for i in sent}


async def requeue(ids: list[str] | None) -> tuple[list[str], list[str]]:
    """Failed rows back to pending (all failed rows when `ids` is None).

    Returns (re-queued ids, ids that are not failed: unknown, sent or already pending)."""
    query = OutboxItem.filter(status="failed")
    if ids is not None:
        query = query.filter(id__in=ids)
    rows = await query.values_list("id", "error", "payload")
    found = [str(i) for i, error, payload in rows if not missed(error) and not secret_of(payload)]
    if ids is None:  # --all: not those the group was told instead (`replaced`)
        done = await replaced(found)
        found = [i for i in found if i not in done]
    if found:
        await OutboxItem.filter(id__in=found, status="failed").update(
            status="pending", attempts=0, error="", done_at=None
        )
    missing = [i for i in ids or () if i not in set(found)]
    return found, missing


async def why_not_requeued(ids: list[str]) -> dict[str, str]:
    """For each id `requeue` left alone, why: unknown, sent, cancelled, still pending, past its
    deadline, or carrying a one-time secret."""
    rows = await OutboxItem.filter(id__in=ids).values_list("id", "status", "error", "payload")
    status = {str(i): (s, e, p) for i, s, e, p in rows}
    why: dict[str, str] = {}
    for i in ids:
        state, error, payload = status.get(i, (None, "", ""))
        if state == "failed" and missed(error):
            why[i] = MISSED
        elif state == "failed" and (secret := secret_of(payload)):
            why[i] = SECRET.format(what=secret)
        else:
            why[i] = STILL_PENDING if state == "pending" else NOT_OPEN[state]
    return why


class NotCancellable(GroupopsError):
    def __init__(self, outbox_id: str, status: str | None) -> None:
        self.outbox_id, self.status = outbox_id, status
        super().__init__(f"{outbox_id}: {NOT_OPEN[status]}; nothing to cancel")


async def cancel(outbox_id: str, now: datetime, actor: str = "operator") -> OutboxRow:
    """Cancel a pending or failed action for good: it is never sent, and a running engine
    drops it from its chat's queue at its next rescan. The audit log says so: the moderation
    step the action carried out turns `cancelled`, any other action gets an entry of its own."""
    async with transaction() as conn:
        row = await OutboxItem.get_or_none(id=outbox_id, using_db=conn)
        if row is None or row.status not in OPEN:
            raise NotCancellable(outbox_id, row.status if row is not None else None)
        await (
            OutboxItem.filter(id=outbox_id, status__in=OPEN)
            .using_db(conn)
            .update(status="cancelled", done_at=now)
        )
        action = decode_action(row.payload)
        if action.secret:  # never sent now: its secret need not be kept either
            await (
                OutboxItem.filter(id=outbox_id)
                .using_db(conn)
                .update(payload=without_secret(action))
            )
        detail = {"outbox": outbox_id, "cancelled_by": actor, "last_error": row.error}
        entry = (
            await AuditEntry.get_or_none(id=action.audit, using_db=conn) if action.audit else None
        )
        if entry is not None:  # the moderation step this action was
            entry.outcome = "cancelled"
            entry.detail = json.dumps(json.loads(entry.detail or "{}") | detail, ensure_ascii=False)
            await entry.save(update_fields=["outcome", "detail"], using_db=conn)
        else:
            await AuditEntry.create(
                id=f"{outbox_id}#cancelled", community=row.community, chat=row.chat,
                actor=actor, target=str(getattr(action, "user", "") or ""), action=row.kind,
                rule=row.tag, outcome="cancelled", created_at=now,
                detail=json.dumps(detail, ensure_ascii=False), using_db=conn,
            )  # fmt: skip
    return OutboxRow(
        row.id, row.community, row.chat, row.kind, "cancelled", row.attempts, row.error,
        row.created_at,
    )  # fmt: skip
