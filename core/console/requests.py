"""What an operator asks for in the console, carried out by the engine.

The console does not touch a chat or a balance itself: it writes a job due now (job
`console`, the request in its payload) and the `console` component below carries it out
through the same paths as the chat commands (the moderation ladder, the ledger, /undo), in
the engine's transaction with its outbox rows. A bot serving the console fires the job at
once; a bot in another process picks it up within its scheduler's idle wait (30 s).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from ..campaigns.kinds import KINDS as CAMPAIGN_KINDS
from ..campaigns.kinds import conclude_once
from ..campaigns.option_problems import REFUSED  # the wording of a refused option
from ..campaigns.scheduled import announce_due, end_refused, unannounced
from ..campaigns.start import CampaignRefused, as_command, start
from ..campaigns.store import ACTIVE, CLOSED, PAUSED, Campaigns, campaigns_of, save
from ..codec import dumps
from ..engine import Component, Context, component, on
from ..engine.filters import Jobs
from ..engine.scheduler import job_row
from ..engine.tables import JOB_INSERT
from ..events import Event, JobDue
from ..moderation.commanding import name_of
from ..moderation.ladder import Case, add_warning, delete_message, take_step
from ..moderation.moderate import ensure_lessons
from ..moderation.modlog import ERASED_TARGET, UNDO
from ..moderation.recall import put_back
from ..moderation.reviews import already, claim, close_once, recall_decision
from ..moderation.spamcmd import teach
from ..moderation.state import Moderation
from ..moderation.steps import Step
from ..points.ledger import award, ref_of, spend
from ..privacy import is_forgotten
from ..refs import Ref
from ..segments import I18nText, T
from ..storage.database import Database
from ..storage.models import AuditEntry
from .standing import action_of, look_up, refusal

JOB = "console"
MAX_POINTS = 1_000_000  # one adjustment, either way
KINDS = ("warn", "mute", "ban", "points", "undo", "review", "campaign", "start")
CAMPAIGN_VERBS = ("pause", "resume", "close", "end", "draw")  # end: close entries now
DRAW = "draw"  # a giveaway whose entries are closed draws now, not at its draw time
WITH_ENTRY = ("undo", "review")  # requests about an audit entry


class RequestError(ValueError):
    """A request the console refuses before writing it (a bad amount, an unknown kind);
    `text` says why, in the reader's language."""

    def __init__(self, text: I18nText) -> None:
        super().__init__(text.msgid)
        self.text = text


BAD_AMOUNT = T("Points: an adjustment is 1 to {limit}, plus or minus.")


def check(kind: str, amount: int = 0, verb: str = "") -> None:
    if kind not in KINDS:
        raise RequestError(T(REFUSED.msgid, field="kind", value=kind))
    if kind == "campaign" and verb not in CAMPAIGN_VERBS:
        raise RequestError(T(REFUSED.msgid, field="verb", value=verb))
    if kind == "points" and not (0 < abs(amount) <= MAX_POINTS):
        raise RequestError(T(BAD_AMOUNT.msgid, limit=MAX_POINTS))


def request_key(community: str, kind: str, payload: dict[str, Any], once: str = "") -> str:
    """The job id of a request: named by the form's mark and what is asked, so a form sent
    back with other values (Back, then another amount) is another request, carried out, not
    taken for the first and called done; without a mark, a fresh one."""
    asked = json.dumps({"kind": kind, **payload}, sort_keys=True, default=str)
    mark = (
        hashlib.sha256(f"{once}\n{asked}".encode()).hexdigest()[:32] if once else uuid.uuid4().hex
    )
    return f"{community}:{JOB}:{mark}"


async def submit(
    database: Database, community: str, kind: str, payload: dict[str, Any], now: datetime,
    once: str = "",
) -> str:  # fmt: skip
    """Write the request as a job due now; returns the job id. `once` (the form's one-time
    mark with the session's token) names the job, so the same submission sent again (a
    double click, a replay) finds the job written the first time and adds none."""
    check(kind, int(payload.get("amount", 0)), str(payload.get("verb", "")))
    key = request_key(community, kind, payload, once)
    row = job_row(community, JOB, now.astimezone(UTC), {"kind": kind, **payload}, "late", "", key)
    async with database.transaction() as conn:
        await database.write(conn, [(JOB_INSERT, [row])])
    return key


def refuse(ctx: Context, action: str, payload: dict[str, Any], reason: I18nText,
           **entry: Any) -> None:  # fmt: skip
    """A request the engine turns down: audited as refused with its reason, which the
    console's page then says (`outcomes.py`)."""
    detail = {**entry.pop("detail", {}), "reason": json.loads(dumps(reason))}
    ctx.audit(action, actor=str(payload.get("actor") or "operator"), outcome="refused",
              detail=detail, **entry)  # fmt: skip


def _chats_of(ctx: Context, member: str) -> list[Ref]:
    """The community's chats on the member's platform (where a step against them applies)."""
    platform = Ref(member).platform
    return [chat for chat in ctx.community.settings.chats if chat.platform == platform]


def _case(ctx: Context, payload: dict[str, Any], chat: Ref) -> Case:
    member = Ref(payload["member"])
    known = ctx.peek_member(member)
    note = str(payload.get("reason", ""))[:200]
    return Case(
        chat=chat,
        user=member,
        name=(known.name if known else "") or member.local_id,
        rule="manual",
        evidence=note,
        actor=str(payload.get("actor") or "operator"),
        note=note,
    )


def _warn(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    ladder = ctx.ruleset.moderation.escalation
    expiry = ctx.ruleset.moderation.warn_expiry
    for chat in _chats_of(ctx, payload["member"])[:1]:  # one warning, not one per chat
        case = _case(ctx, payload, chat)
        count = add_warning(ctx, case, ctx.slice(Moderation), expiry)
        take_step(ctx, case, ladder[min(count, len(ladder)) - 1], count)


def _step(kind: str) -> Callable[[Context, dict[str, Any], AuditEntry | None], None]:
    def perform(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
        seconds = int(payload.get("seconds") or 0)  # none: until an admin lifts it
        step = Step(kind, timedelta(seconds=seconds) if seconds > 0 else None)
        for chat in _chats_of(ctx, payload["member"]):
            take_step(ctx, _case(ctx, payload, chat), step)

    return perform


def _points(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    amount = int(payload["amount"])
    member = ctx.member(payload["member"])
    actor = str(payload.get("actor") or "operator")
    why = str(payload.get("reason", ""))[:200]
    key = f"console:{ctx.event.key}"
    reason = "give" if amount > 0 else "take"
    ref = ref_of(by=actor, why=why)
    if amount < 0 and not spend(ctx, member, -amount, reason, key, ref):
        # as /take: a deduction the balance does not cover takes nothing (the database would
        # refuse the balance below zero, and the event with it, however often decided again)
        said = T("Refused: the balance is {balance}, and a deduction takes nothing it does not "
                 "cover.", balance=member.balance)  # fmt: skip
        refuse(ctx, reason, payload, said, target=member.key,
               evidence=f"{why} (the balance is {member.balance})".strip(),
               detail={"amount": -amount})  # fmt: skip
        return
    if amount > 0:
        award(ctx, member, amount, reason, key, ref)
    ctx.audit(reason, target=member.key, actor=actor, evidence=why, outcome="done",
              detail={"amount": abs(amount), "ledger": key})  # fmt: skip
    delta = f"{amount:+d}"  # formatted apart: Babel skips a T() holding an f-string
    ctx.send_private(
        Ref(member.key), T("An admin changed your points by {delta} ({why}).", delta=delta, why=why)
    )


def _undo(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    why = (
        T("No such log entry in this community.") if entry is None
        else T("That was undone already.") if entry.undone_at is not None  # clicked twice
        # a refused request did nothing to reverse (a ban of an admin, asked and refused)
        else T("That cannot be undone.") if entry.action not in UNDO or entry.outcome == "refused"
        else ERASED_TARGET if is_forgotten(entry.target)  # erased since the page was shown
        else None
    )  # fmt: skip
    if why is not None:
        refuse(ctx, "undo", payload, why, target=entry.target if entry else "",
               evidence=entry.id if entry else "")  # fmt: skip
        return
    assert entry is not None
    if not close_once(ctx, entry, str(payload.get("actor") or "operator"), "undone"):
        refuse(ctx, "undo", payload, T("That was undone already."), target=entry.target,
               evidence=entry.id)  # fmt: skip
        return  # two clicks at once: the first undoes it
    UNDO[entry.action](ctx, entry)
    ctx.audit("undo", target=entry.target, actor=str(payload.get("actor") or "operator"),
              rule="manual", evidence=entry.id, outcome="done", chat=entry.chat,
              detail={"entry": entry.id, "action": entry.action})  # fmt: skip


def _review(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    """A spam review's verdict, as the Ban / Not spam buttons under it: spam deletes the
    message and takes the classifier's command step; both teach the classifier (the message
    read back from the review after a restart); either way the review leaves the queue. A
    review decided already (by a button, a command or another console) is left as it was."""
    if entry is None or entry.action != "review":
        return
    actor = str(payload.get("actor") or "operator")
    verdict = "spam" if payload.get("verdict") == "spam" else "ham"
    by = claim(ctx, entry, actor, verdict)
    if by is not None:
        already(ctx, entry, by, actor, verdict)
        return
    spam = verdict == "spam"
    message = str(json.loads(entry.detail or "{}").get("message") or "")
    seen = ctx.slice(Moderation).learning.recent.get(f"{entry.chat}|{message}")
    if spam and entry.chat and entry.target:
        # the name the message came with, else the member record's, else the account id
        name = (seen.name if seen else "") or name_of(ctx, Ref(entry.target))
        case = Case(chat=Ref(entry.chat), user=Ref(entry.target), name=name, rule=entry.rule,
                    evidence=entry.evidence, actor=actor,
                    message_id=message or None)  # fmt: skip
        if message:
            delete_message(ctx, case)
        take_step(ctx, case, ctx.ruleset.moderation.classifier.command_step)
    if seen is not None:
        teach(ctx, actor, seen, verdict)


def drawable(kind: str, state: dict[str, Any]) -> bool:
    """A giveaway whose entries are closed (their digest published) and not drawn yet."""
    return kind == "lottery" and "digest" in state and state.get("drawn") is None


def _campaign(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    """Pause, resume or close a campaign as /campaign does; `end` concludes it now (a
    giveaway closes its entries and publishes their digest; its draw follows as scheduled);
    `draw` draws a giveaway whose entries are closed without waiting for its draw time."""
    campaign = campaigns_of(ctx).get(str(payload.get("campaign", "")))
    verb = str(payload.get("verb", ""))
    if verb not in CAMPAIGN_VERBS:
        return
    if campaign is None or campaign.finished:
        name = str(payload.get("campaign", ""))
        refuse(ctx, f"campaign.{verb}", payload, T("{name} is not running.", name=name),
               evidence=name)  # fmt: skip
        return
    kind = CAMPAIGN_KINDS[campaign.kind]
    told = not unannounced(campaign)  # one held for its start was told to nobody
    refusal = kind.refusal(ctx, campaign, verb) if told or verb != "end" else end_refused(campaign)
    if refusal is not None:
        why = refusal if isinstance(refusal, I18nText) else T("Refused.")
        refuse(ctx, f"campaign.{verb}", payload, why, evidence=campaign.name)
        return
    if verb == DRAW:
        if not drawable(campaign.kind, campaign.state):
            return
        # the draw step itself: the same seed and order; the scheduled one then finds it drawn
        kind.job(ctx, campaign, DRAW, {"campaign": campaign.name})
    elif verb == "end":
        if not conclude_once(ctx, campaign):
            return
    else:
        campaign.status = {"pause": PAUSED, "resume": ACTIVE, "close": CLOSED}[verb]
        announce_due(ctx, campaign)  # resumed after its start came: its announcement is due
    save(ctx, campaign)
    ctx.audit(f"campaign.{verb}", actor=str(payload.get("actor") or "operator"),
              evidence=campaign.name, outcome="done")  # fmt: skip
    if verb == "close" and told:
        kind.cancelled(ctx, campaign)


def _start(ctx: Context, payload: dict[str, Any], entry: AuditEntry | None) -> None:
    """Start a campaign as `/campaign new` does (the console checked it before asking; a name
    taken since is recorded as refused)."""
    actor = str(payload.get("actor") or "operator")
    kind, name = str(payload.get("campaign_kind", "")), str(payload.get("campaign", ""))
    options = {str(k): str(v) for k, v in dict(payload.get("options") or {}).items()}
    try:
        start(ctx, kind, name, options, actor)
    except CampaignRefused as refused:  # the reason kept for the console's page to say
        reason = json.loads(dumps(refused.text))
        ctx.audit("campaign.new", actor=actor, evidence=as_command(kind, name, options),
                  outcome="refused", detail={"reason": reason})  # fmt: skip


PERFORMERS: dict[str, Callable[[Context, dict[str, Any], AuditEntry | None], None]] = {
    "warn": _warn,
    "mute": _step("mute"),
    "ban": _step("ban"),
    "points": _points,
    "undo": _undo,
    "review": _review,
    "campaign": _campaign,
    "start": _start,
}


@component
class ConsoleRequests(Component[AuditEntry]):
    """Carries out the console's requests (jobs named `console`)."""

    name = "console"
    events = (JobDue,)
    order = 9
    slices = (Moderation, Campaigns)

    async def prepare(self, event: Event, ctx: Context) -> AuditEntry | None:
        """The audit entry a request acts on (an undo); the asker's admin lists, fresh."""
        if isinstance(event, JobDue) and event.job == JOB:
            await look_up(ctx, event.payload)
        if (
            isinstance(event, JobDue)
            and event.job == JOB
            and event.payload.get("kind") in WITH_ENTRY
        ):
            entry = await AuditEntry.get_or_none(
                community=ctx.community.name, id=str(event.payload.get("entry", ""))
            )
            await ensure_lessons(ctx, ctx.ruleset.moderation)  # before a lesson is added
            if entry is not None and entry.action == "review":
                await recall_decision(ctx, entry)  # decided before: who did
                # reviewed before a restart: its message read back, to name and teach from
                put_back(ctx.slice(Moderation).learning, entry)
            return entry
        return None

    @on(Jobs(JOB))
    def carry_out(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, JobDue)
        payload = dict(event.payload)
        perform = PERFORMERS.get(str(payload.get("kind")))
        why = refusal(ctx, payload) if perform is not None else None
        if why is not None:  # a role lost, an admin as the target, points to oneself
            refuse(ctx, action_of(payload), payload, why, target=str(payload.get("member", "")))
            return
        if perform is not None:
            perform(ctx, payload, self.prepared(ctx))
