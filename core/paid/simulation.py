"""The paid group in `groupops simulate`: a members' chat sold by the month in Telegram Stars;
some members buy, some renew before the end, the rest lapse and leave the chat. Plain speaking
and orders earn points, so members reach the shop. The summary reports memberships started,
renewed, lapsed and refunded, the members by plan and the revenue by currency and month.

Where the ruleset has its own plans and earning rules, those are played: its plans sold for
Stars are bought at their own prices (only local chats can be joined: a Telegram paid chat's
personal links wait in the simulated outbox)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from ..events import JoinRequested, PaymentReceived
from ..refs import Ref
from ..settings import Settings
from ..simulate.behaviours import Step, behaviour
from ..simulate.summary import summary_section
from ..storage.models import MembershipPeriod, PaidMembership
from .commands import payload_for
from .config import PaidConfig, Plan
from .store import Memberships, MembershipSlice

if TYPE_CHECKING:
    from ..engine import Engine
    from ..simulate.population import Person
    from ..simulate.runner import Simulation

PAID_CHAT = Ref("local:vip")
MONTH = timedelta(days=30)
PLANS = {
    "basic": Plan(
        title={"en": "Basic", "zh_Hans": "基础版"},
        price=Decimal(9),
        stars=100,
        period=MONTH,
        chats=(PAID_CHAT,),
        perks=("weekly Q&A",),
    ),
    "pro": Plan(
        title={"en": "Professional", "zh_Hans": "专业版"},
        price=Decimal(19),
        stars=200,
        period=MONTH,
        chats=(PAID_CHAT,),
        perks=("one-to-one consultation",),
    ),
}
BUY_HOUR = 20
BUY_CHANCE = 0.01  # a day, for a member without a plan
RENEW_CHANCE = 0.6  # of members whose plan ends within RENEW_WINDOW
RENEW_WINDOW = timedelta(days=3)


def with_paid_group(settings: Settings, ruleset_name: str) -> Settings:
    """The settings with a monthly paid group and the playbook's earning where the ruleset
    has neither."""
    ruleset = settings.rulesets[ruleset_name]
    update: dict[str, Any] = {}
    if not ruleset.paid.plans:
        update["paid"] = PaidConfig(plans=PLANS)
    points = ruleset.points
    if not points.speak and not points.order_rates:
        update["points"] = points.model_copy(update={"speak": 1, "order_rates": {"XTR": 0.1}})
    if not update:
        return settings
    rulesets = {**settings.rulesets, ruleset_name: ruleset.model_copy(update=update)}
    return settings.model_copy(update={"rulesets": rulesets})


def paid_chats(settings: Settings, ruleset_name: str) -> tuple[Ref, ...]:
    """The ruleset's paid chats the local world can hold."""
    chats = settings.rulesets[ruleset_name].paid.paid_chats()
    return tuple(sorted(Ref(c) for c in chats if Ref(c).platform == "local"))


def _memberships(sim: Simulation) -> Memberships:
    from ..simulate.runner import COMMUNITY

    state = sim.engine.state.get(COMMUNITY) if sim.engine is not None else None
    found = state.slices.get(MembershipSlice) if state is not None else None
    return found if found is not None else Memberships()


def _pay(sim: Simulation, person: Person, plan: str) -> PaymentReceived | None:
    from ..simulate.runner import COMMUNITY

    if not sim.world.chats[sim.chat].present(person.ref):
        return None
    # the ruleset's own price (the built-in plans' where it has none): a price of its own
    # paid as 1 Star was held as matching no plan, and no membership started
    price = sim.settings.rulesets[sim.ruleset_name].paid.plans[plan].stars_price()
    if price is None:
        return None
    key = sim.world._key()  # noqa: SLF001 - the simulated world numbers its events
    return PaymentReceived(
        key=key,
        chat=sim.chat,
        time=sim.clock.now(),
        member=person.ref,
        name=person.name,
        currency="XTR",
        amount=price,
        payload=payload_for(COMMUNITY, plan),
        charge=f"sim-{key}",
    )


def _ask_in(sim: Simulation, person: Person, chat: Ref) -> JoinRequested:
    sim.world.chats[chat].join_requests[person.ref] = "pending"
    key = sim.world._key()  # noqa: SLF001
    return JoinRequested(
        key=key, chat=chat, time=sim.clock.now(), member=person.ref, name=person.name
    )


@behaviour("paid_group")
def paid_group(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    """At 20:00 local: some buy, some renew, paid members ask into the paid chat."""
    config: PaidConfig = sim.settings.rulesets[sim.ruleset_name].paid
    if sim.local_hour(hour) != BUY_HOUR or not config.plans or sim.engine is None:
        return []
    day = (hour - sim.start) // timedelta(days=1)
    own = random.Random(f"{sim.options.seed}:paid:{day}")  # the other behaviours' draws stay
    held = _memberships(sim)
    names = sorted(name for name, plan in config.plans.items() if plan.stars_price())
    if not names:  # sold only by orders (no Stars price): nobody buys in the chat
        return []
    steps = []
    for person in sim.population.present():
        if person.spammer:
            continue
        at = hour + timedelta(minutes=own.randrange(60))
        mine = [m for m in held.of(person.ref) if m.active(hour)]
        if not mine:
            if own.random() < BUY_CHANCE:
                plan = names[0] if own.random() < 0.75 else names[-1]
                steps.append(Step(at, sim.next_order(), partial(_pay, sim, person, plan)))
            continue
        ending = min(mine, key=lambda m: m.expires_at)
        if ending.expires_at - hour <= RENEW_WINDOW and ending.renewals < 6:
            decided = random.Random(f"{sim.options.seed}:{person.ref}:{ending.expires_at}")
            if decided.random() < RENEW_CHANCE:
                steps.append(Step(at, sim.next_order(), partial(_pay, sim, person, ending.plan)))
        for chat in paid_chats(sim.settings, sim.ruleset_name):
            if chat in sim.world.chats and not sim.world.chats[chat].present(person.ref):
                steps.append(Step(at, sim.next_order(), partial(_ask_in, sim, person, chat)))
    return steps


@summary_section("memberships")
async def memberships_summary(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY

    periods = await MembershipPeriod.filter(community=COMMUNITY).values_list(
        "kind", "status", "amount", "currency", "created_at"
    )
    rows = await PaidMembership.filter(community=COMMUNITY).values_list("plan", "status")
    revenue: dict[str, Decimal] = {}
    by_month: dict[str, Decimal] = {}
    for _, status, amount, currency, created in periods:
        if status == "paid":
            month = f"{created:%Y-%m} {currency}"
            revenue[currency] = revenue.get(currency, Decimal(0)) + Decimal(amount)
            by_month[month] = by_month.get(month, Decimal(0)) + Decimal(amount)
    statuses = Counter(status for _, status in rows)
    return {
        "started": sum(1 for kind, *_ in periods if kind == "start"),
        "renewed": sum(1 for kind, *_ in periods if kind == "renew"),
        "lapsed": statuses.get("lapsed", 0),
        "refunded": statuses.get("refunded", 0),
        "active": statuses.get("active", 0),
        "by_plan": dict(sorted(Counter(p for p, s in rows if s == "active").items())),
        "revenue": {c: int(v) if v == int(v) else float(v) for c, v in sorted(revenue.items())},
        "revenue_by_month": {
            k: int(v) if v == int(v) else float(v) for k, v in sorted(by_month.items())
        },
        "in_paid_chats": sum(
            1
            for chat in paid_chats(sim.settings, sim.ruleset_name)
            for user in sim.world.chats[chat].members
            if sim.world.chats[chat].present(user)
        ),
    }
