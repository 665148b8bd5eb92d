"""What happens to a membership: bought (a start or a renewal that extends it), reminded
before it ends, lapsed (removed from the paid chats without a ban) or refunded.

Each function acts inside one event's context; times are the event's, dates are shown in the
community's time zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from loguru import logger

from ..actions import CreateInviteLink, Kick, SendMessage
from ..engine import Context, schedule
from ..i18n import localized
from ..refs import Ref
from ..segments import I18nText, T
from .config import PaidConfig, Plan
from .store import Membership, Memberships, MembershipSlice, Payment, paid_detail
from .telling import readable_group, tell_member

REMIND_JOB = "paid.remind"
EXPIRE_JOB = "paid.expire"
LINK_PREFIX = "paid:"  # invite link names: "paid:{user id}", one personal link per member
LINK_TAG = "paid.link"
REFUND_TAG = "paid.refund"


def plan_title(name: str, plan: Plan) -> I18nText | str:
    return localized(plan.title) if plan.title else name


def buy(
    ctx: Context,
    config: PaidConfig,
    member: str,
    plan_name: str,
    reference: str,
    source: str,
    amount: Decimal,
    currency: str,
    actor: str = "system",
    paid_at: datetime | None = None,
) -> Membership | None:
    """Start or extend `member`'s plan for one period, paid by `reference` (recorded once).
    None when that payment was counted before, refunded since included. `actor`: the admin
    whose /grant it is, for the log; `paid_at`: an imported order's time, when the period
    starts and the revenue counts (not later than now)."""
    state: Memberships = ctx.slice(MembershipSlice)
    plan = config.plans[plan_name]
    if state.known(reference):
        return None
    now = min(paid_at, ctx.now) if paid_at is not None else ctx.now
    current = state.get(member, plan_name)
    renewing = current is not None and current.active(now)
    if current is not None and renewing:
        starts_at = current.expires_at
        current.expires_at += plan.period
        current.renewals += 1
        membership = current
    else:
        starts_at = now
        membership = Membership(member, plan_name, "active", now, now + plan.period)
    state.save(ctx, membership)
    payment = Payment(member, plan_name, reference, source, plan.period, amount, currency,
                      starts_at, membership.expires_at)  # fmt: skip
    kind = "renew" if renewing else "start"
    state.record_period(ctx, membership, kind, payment, amount, currency, starts_at, now)
    arm(ctx, config, membership, since=now if paid_at is not None else None)
    holder = ctx.member(member)
    holder.consumption = "vip"  # the consumption tier paid members hold while paid
    ctx.touch(holder)
    until = membership.expires_at.isoformat()
    detail = paid_detail(reference, amount, currency) | {"reference": reference, "until": until}
    ctx.audit(f"paid.{kind}", target=member, actor=actor, evidence=plan_name, detail=detail)
    if not renewing and membership.expires_at > ctx.now:  # an old order's ended already
        for chat in plan.chats:  # a personal link; joins through it ask, and members pass
            ctx.act(
                CreateInviteLink(
                    chat=Ref(chat),
                    name=f"{LINK_PREFIX}{Ref(member).local_id}"[:32],
                    creates_join_request=True,
                    tag=LINK_TAG,
                    locale=ctx.private_locale(Ref(member)),  # the link's message, theirs
                )
            )
    return membership


def arm(
    ctx: Context, config: PaidConfig, membership: Membership, since: datetime | None = None
) -> None:
    """The reminders and the expiry of the membership's current end; a renewal arms new ones
    and the old ones find the end moved and do nothing. `since`: when an imported order was
    paid; a reminder that fell due between then and now is due now (the reminder job lets
    only the nearest of them speak, with the time truly left)."""
    until = membership.expires_at
    payload = {"member": membership.member, "plan": membership.plan, "until": until.isoformat()}
    base = f"{ctx.community.name}:{membership.member}:{membership.plan}:{until.isoformat()}"
    for before in config.reminders:
        due = until - before
        late = since is not None and since < due <= ctx.now < until
        if late:  # late, not lost: the order was not known when it fell due
            due = ctx.now
        if late or due > ctx.now:
            schedule(
                ctx,
                REMIND_JOB,
                due,
                payload | {"before": before.total_seconds()},
                key=f"{REMIND_JOB}:{base}:{int(before.total_seconds())}",
            )
    schedule(ctx, EXPIRE_JOB, until, payload, key=f"{EXPIRE_JOB}:{base}")


def current(ctx: Context, member: str, plan: str, until: str) -> Membership | None:
    """The membership a job was armed for, if it still ends then (not renewed, not ended)."""
    membership: Membership | None = ctx.slice(MembershipSlice).get(member, plan)
    if membership is None or membership.status != "active":
        return None
    return membership if membership.expires_at.isoformat() == until else None


def end(
    ctx: Context,
    config: PaidConfig,
    membership: Membership,
    status: str,
    absent: frozenset[str] = frozenset(),
    detail: Mapping[str, str] | None = None,
) -> None:
    """Lapsed or refunded: out of the paid chats (a kick, not a ban), the tier drops, the
    chats are told; not those `absent` (the platform said the member is not in them).
    `detail`: the audit entry's (a refund's charge and amount)."""
    membership.status, membership.ended_at = status, ctx.now
    ctx.slice(MembershipSlice).save(ctx, membership)
    holder = ctx.member(membership.member)
    if holder.consumption == "vip" and not _still_paid(ctx, membership.member):
        holder.consumption = "occasional"  # until the tiers are recomputed from orders
        ctx.touch(holder)
    ctx.audit(f"paid.{status}", target=membership.member, evidence=membership.plan, detail=detail)
    plan = config.plans.get(membership.plan)
    chats = plan.chats if plan is not None else _chats_of_removed_plan(ctx, config, membership)
    title = plan_title(membership.plan, plan) if plan is not None else membership.plan
    name = holder.name or Ref(membership.member).local_id
    kept = _opened_by_others(ctx, config, membership)
    platform = Ref(membership.member).platform
    leaving = [c for c in chats if c not in kept and Ref(c).platform == platform]
    for chat in leaving:
        if chat in absent:  # never joined, or left already: nobody to remove or announce
            continue
        kick = ctx.act(Kick(chat=Ref(chat), user=Ref(membership.member), tag="paid"))
        # the same words for a refund: that one was refunded is the member's business
        notice = T(
            "{name}'s {plan} membership has ended; they have left this group.",
            name=name,
            plan=title,
        )
        ctx.act(SendMessage(chat=Ref(chat), segments=(notice,), tag="paid"), after=kick)
    kept_in = bool(kept.intersection(chats)) and not leaving  # another plan holds them there
    ended = _ended(status, title, membership.plan, not kept_in)
    if plan is None and status == "lapsed":  # not sold any more: nothing to renew
        ended = T("Your {plan} membership has ended.", plan=title)
    # a lapse in a group they read; a refund nowhere but privately (the member's business)
    where = readable_group(ctx, config, membership.member) if status == "lapsed" else None
    tell_member(ctx, membership.member, ended, where)


def remove_forgotten(
    ctx: Context, config: PaidConfig, member: str, plan_name: str, absent: frozenset[str]
) -> None:
    """The expiry of a member erased by /forgetme meanwhile: their membership goes by an alias,
    so nothing of theirs is found, but the account the expiry was armed for still leaves the
    plan's chats (those it is in), unnamed and untold: there is nobody to tell."""
    plan = config.plans.get(plan_name)
    chats = plan.chats if plan is not None else tuple(Ref(c) for c in config.paid_chats())
    user = Ref(member)
    for chat in chats:
        if chat not in absent and Ref(chat).platform == user.platform:
            ctx.act(Kick(chat=Ref(chat), user=user, tag="paid"))


def _chats_of_removed_plan(
    ctx: Context, config: PaidConfig, membership: Membership
) -> tuple[Ref, ...]:
    """A plan gone from the settings left no list of its chats: the community's paid chats
    stand in, so its members do not stay in them for ever."""
    chats = tuple(Ref(c) for c in sorted(config.paid_chats()))
    logger.warning(
        "{}: {}'s membership of {!r}, a plan no longer in the settings, ended; removing them "
        "from the paid chats of the other plans: {}",
        ctx.community.name, membership.member, membership.plan,
        ", ".join(chats) or "none configured",
    )  # fmt: skip
    return chats


def _ended(status: str, title: I18nText | str, name: str, removed: bool) -> I18nText:
    """What the member is told: refunded, or lapsed and out, or lapsed and kept in the paid
    chats by another plan of theirs."""
    if status != "lapsed" and not removed:
        return T(
            "Your {plan} payment was refunded and the membership has ended; your other "
            "membership keeps you in the members' group.",
            plan=title,
        )
    if status != "lapsed":
        return T("Your {plan} payment was refunded and the membership has ended.", plan=title)
    if not removed:
        return T(
            "Your {plan} membership has ended; your other membership keeps you in the members' "
            "group.",
            plan=title,
        )
    return T(
        "Your {plan} membership has ended. Send /subscribe {name} to join again.",
        plan=title,
        name=name,
    )


def _opened_by_others(ctx: Context, config: PaidConfig, ending: Membership) -> set[Ref]:
    """The chats another active membership of the same member opens: they stay there (a day
    pass ending does not take a monthly member out of the chat both open)."""
    kept: set[Ref] = set()
    for other in ctx.slice(MembershipSlice).of(ending.member):
        plan = config.plans.get(other.plan)
        if other.plan != ending.plan and plan is not None and other.active(ctx.now):
            kept.update(plan.chats)
    return kept


def _still_paid(ctx: Context, member: str) -> bool:
    return any(m.active(ctx.now) for m in ctx.slice(MembershipSlice).of(member))


def link_member(name: str, chat: Ref) -> Ref | None:
    """The member a personal link was made for, from its name."""
    if not name.startswith(LINK_PREFIX):
        return None
    return Ref.user(chat.platform, name.removeprefix(LINK_PREFIX))
