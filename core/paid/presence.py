"""Whether a member whose membership is about to end is in its paid chats, as the platform
says just before: one who never joined (or left already) is neither removed nor announced as
having left. Asked in `prepare`, before the end is handled."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Context
from ..errors import TargetNotFound
from ..events import ActionCompleted, Event, JobDue, PaymentRefunded
from ..refs import Ref
from .config import PaidConfig
from .store import Memberships, MembershipSlice

ABSENT = frozenset({"left", "banned"})  # MemberInfo statuses of one not in the chat


@dataclass(frozen=True, slots=True)
class Absent:
    """The paid chats the member is not in (an empty set where the platform cannot say)."""

    chats: frozenset[str]


def ending(event: Event, ctx: Context, expire_job: str, refund_tag: str) -> tuple[str, str] | None:
    """The (member, plan) whose membership this event may end: its expiry, or a refund."""
    if isinstance(event, JobDue) and event.job == expire_job:
        return str(event.payload.get("member", "")), str(event.payload.get("plan", ""))
    charge = None
    if isinstance(event, PaymentRefunded):
        charge = event.charge
    elif isinstance(event, ActionCompleted) and event.tag == refund_tag:
        charge = None if event.detail.get("failed") else str(event.detail.get("charge", ""))
    state: Memberships | None = ctx.community.slices.get(MembershipSlice)
    payment = state.payments.get(charge) if state is not None and charge else None
    return (payment.member, payment.plan) if payment is not None else None


async def absent(ctx: Context, config: PaidConfig, member: str, plan_name: str) -> Absent:
    plan = config.plans.get(plan_name)
    chats = plan.chats if plan is not None else tuple(config.paid_chats())
    user = Ref(member)
    queries = ctx.queries(user.platform)
    away: set[str] = set()
    for chat in chats:
        if queries is None or Ref(chat).platform != user.platform:
            continue
        try:
            seen = await queries.get_member(Ref(chat), user)
        except TargetNotFound:  # never seen there
            away.add(chat)
            continue
        except Exception:  # not answering: they may be there, so the end goes on as usual
            continue
        if seen.status in ABSENT:
            away.add(chat)
    return Absent(frozenset(away))
