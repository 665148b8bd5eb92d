"""Join waves in `groupops simulate --join-waves N`: on each of the first N days, at 14:00
local time, a wave of accounts joins within a minute; most are bots that never answer the
captcha (they post an ad instead) or press wrong buttons, the rest are people who answer
within a minute and a half (as do the day's ordinary joiners).
The summary's `join_defence` section counts the captcha's outcomes and lists raid-mode periods.

Waves test the join defence, so the simulation switches on what the ruleset leaves off: the
captcha (math) and anti-raid at 10 joins a minute for 30 minutes.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from tortoise.functions import Count

from ..engine.routing import routed_data
from ..events import Event
from ..refs import Ref
from ..segments import Mention
from ..simulate.behaviours import SPAM, Step, behaviour
from ..simulate.summary import summary_section
from ..storage.models import AuditEntry
from .challenge import Challenge, make, normalise
from .config import AntiraidConfig, CaptchaConfig
from .store import ChallengeSlice

if TYPE_CHECKING:
    from ..engine import Engine
    from ..settings import Settings
    from ..simulate.population import Person
    from ..simulate.runner import Simulation

WAVE_HOUR = 14
WAVE_SIZE = 15
BOT_SHARE = 0.7
GUESSING_SHARE = 0.3  # of the bots: they press wrong buttons instead of staying silent
OUTCOMES = ("asked", "passed", "failed", "removed")


def with_join_defence(settings: Settings, ruleset_name: str) -> Settings:
    """The settings with the captcha and anti-raid on where the ruleset leaves them off."""
    ruleset = settings.rulesets[ruleset_name]
    update: dict[str, Any] = {}
    if not ruleset.captcha.enabled:
        update["captcha"] = CaptchaConfig(enabled=True, mode="math")
    if not ruleset.antiraid.joins:
        update["antiraid"] = AntiraidConfig(
            joins=10, window=timedelta(minutes=1), duration=timedelta(minutes=30)
        )
    rulesets = {**settings.rulesets, ruleset_name: ruleset.model_copy(update=update)}
    return settings.model_copy(update={"rulesets": rulesets})


@behaviour("join_waves")
def join_waves(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    day = (hour - sim.start) // timedelta(days=1)
    if day >= sim.options.join_waves or sim.local_hour(hour) != WAVE_HOUR:
        return []  # without waves the run draws nothing: a seed's run stays what it was
    own = random.Random(f"{sim.options.seed}:wave:{day}")
    steps = []
    for _ in range(WAVE_SIZE):
        bot = own.random() < BOT_SHARE
        person = sim.population.new_person(spammer=bot)
        at = hour + timedelta(seconds=own.randrange(60))
        steps.append(Step(at, sim.next_order(), partial(sim.join, person)))
        if bot and own.random() < GUESSING_SHARE:  # presses buttons at random, wrongly
            attempts = sim.settings.rulesets[sim.ruleset_name].captcha.attempts
            for n in range(attempts):
                later = at + timedelta(seconds=10 * (n + 1))
                steps.append(Step(later, sim.next_order(), partial(guess, sim, person)))
        elif bot:  # never answers: posts an ad instead
            text = own.choice(SPAM)
            later = at + timedelta(minutes=1)
            steps.append(Step(later, sim.next_order(), partial(sim.say, person, text)))
        else:
            later = at + timedelta(seconds=own.randint(20, 90))
            steps.append(Step(later, sim.next_order(), partial(sim.answer_captcha, person)))
    return steps


@behaviour("held_answers")
def held_answers(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    """People a raid held are asked when it ends, by a job (which the run fires at an hour's
    end): in the next hour they read that question and answer it, 20-90 s in. A question
    from their join is answered as planned at the join."""
    from ..simulate.runner import COMMUNITY

    state = sim.engine.state.get(COMMUNITY) if sim.options.join_waves and sim.engine else None
    if state is None:
        return []
    people = {p.ref: p for p in sim.population.people if not p.spammer}
    config: CaptchaConfig = sim.settings.rulesets[sim.ruleset_name].captcha
    own = random.Random(f"{sim.options.seed}:held:{hour.isoformat()}")
    steps = []
    for asked in list(state.slices[ChallengeSlice].pending.values()):
        person = people.get(Ref(asked.member))
        join_key = sim.join_keys.get(Ref(asked.member))
        if person is None or join_key is None:
            continue
        joined = make(join_key, config.mode, config, chat=sim.chat, member=person.ref)
        if joined.accepted == asked.accepted:
            continue  # their join's question: answered as planned
        at = hour + timedelta(seconds=own.randint(20, 90))
        steps.append(Step(at, sim.next_order(), partial(press, sim, person, asked)))
    return steps


def press(sim: Simulation, person: Person, asked: Challenge) -> Event | None:
    """The right button of the question `asked`, or its answer typed."""
    from ..simulate.runner import COMMUNITY

    right = [choice for choice in asked.choices if normalise(choice) in asked.accepted]
    if right:
        data = routed_data(COMMUNITY, f"captcha|{right[0]}")
        return sim.world.press_event(sim.chat, person.ref, question_of(sim, person), data)
    return sim.say(person, asked.accepted[0])


def question_of(sim: Simulation, person: Person) -> str:
    """The id of the bot's latest message with buttons that names `person` (their question;
    a press under another message answers nothing), or "" while it is not sent yet."""
    for message in reversed(sim.world.chats[sim.chat].messages.values()):
        named = any(isinstance(s, Mention) and s.user == person.ref for s in message.segments)
        if message.sender is None and message.buttons and named:
            return message.id
    return ""


def guess(sim: Simulation, person: Person) -> Event | None:
    """A bot presses a wrong button of its question."""
    from ..simulate.runner import COMMUNITY

    config: CaptchaConfig = sim.settings.rulesets[sim.ruleset_name].captcha
    key = sim.join_keys[person.ref]
    asked = make(key, config.mode, config, chat=sim.chat, member=person.ref)
    wrong = [choice for choice in asked.choices if normalise(choice) not in asked.accepted]
    if not wrong:
        return sim.say(person, "?")
    data = routed_data(COMMUNITY, f"captcha|{wrong[0]}")
    return sim.world.press_event(sim.chat, person.ref, "", data)


def solve(sim: Simulation, person: Person, join_key: str) -> Event | None:
    """A person reads their question and answers it: presses the right button, or types.

    The run plays an hour's steps before the engine answers them, so the person works out
    the question from their join (it is made from the join's key) instead of reading it."""

    config: CaptchaConfig = sim.settings.rulesets[sim.ruleset_name].captcha
    return press(sim, person, make(join_key, config.mode, config, chat=sim.chat, member=person.ref))


@summary_section("join_defence")
async def join_defence(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY as community

    rows = (
        await AuditEntry.filter(community=community, action__startswith="captcha.")
        .annotate(n=Count("id"))
        .group_by("action")
        .values("action", "n")
    )
    counts = {row["action"].removeprefix("captcha."): row["n"] for row in rows}
    switches = await AuditEntry.filter(
        community=community, action__in=("antiraid.on", "antiraid.off")
    ).order_by("created_at", "id")
    periods: list[dict[str, Any]] = []
    for entry in switches:
        if entry.action == "antiraid.on":
            periods.append({"start": entry.created_at.isoformat(), "end": None, "by": entry.actor})
        elif periods and periods[-1]["end"] is None:
            periods[-1]["end"] = entry.created_at.isoformat()
    held = await AuditEntry.filter(community=community, action="antiraid.held").count()
    return {
        "captcha": {outcome: counts.get(outcome, 0) for outcome in OUTCOMES},
        "raid_periods": periods,
        "held_in_raids": held,
    }
