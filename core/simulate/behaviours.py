"""What simulated people do each hour. Each behaviour plans steps (a time and a function that
makes the event at that time); the runner plays them in time order through the local world.

Features add behaviours with `@behaviour`; order of registration is the order of planning,
which keeps a seed's run reproducible.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from ..events import Event

if TYPE_CHECKING:
    from .runner import Simulation

# Relative chatter by local hour of day (mean 1.0): quiet nights, peaks at noon and evening.
HOUR_WEIGHTS = (
    0.2,
    0.1,
    0.05,
    0.05,
    0.05,
    0.1,
    0.3,
    0.7,
    1.2,
    1.1,
    1.0,
    1.0,
    1.4,
    1.1,
    1.0,
    1.0,
    1.0,
    1.1,
    1.3,
    1.5,
    1.8,
    1.7,
    1.2,
    0.6,
)
_SCALE = 24 / sum(HOUR_WEIGHTS)

CHATTER = {
    "en": [
        "Good morning all",
        "Has anyone tried the new release?",
        "Thanks, that helped a lot!",
        "I wrote a short guide on this, will share later",
        "Which editor do you use?",
        "Deploy finished, all green",
        "Interesting point",
        "Can someone review my PR?",
    ],
    "zh-hans": [
        "大家早上好",
        "有人试过新版本吗？",
        "谢谢，很有帮助！",
        "我写了一篇小教程，晚点分享",
        "你们用什么编辑器？",
        "部署完成了",
        "这个观点很有意思",
        "有人帮忙看下代码吗？",
    ],
}
QUESTIONS = {
    "en": ["What is the price of the premium plan?", "price for teams?"],
    "zh-hans": ["高级版价格多少？", "团队版价格怎么算？"],
}
SPAM = [
    "加V: abc12345 低价代购，私聊",
    "Earn $500/day, join t.me/+AbCdEfGhIj now",
    "兼职刷单日结 加微信 vx123456",
    "Best crypto signals https://spam.example/x7",
]
CHECKIN = {"en": "/checkin", "zh-hans": "签到"}


@dataclass(order=True, slots=True)
class Step:
    time: datetime
    order: int
    make: Callable[[], Event | None] = field(compare=False)


Planner = Callable[["Simulation", datetime, random.Random], list[Step]]
BEHAVIOURS: list[tuple[str, Planner]] = []


def behaviour(name: str) -> Callable[[Planner], Planner]:
    def register(planner: Planner) -> Planner:
        BEHAVIOURS.append((name, planner))
        return planner

    return register


def poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def within(hour: datetime, rng: random.Random) -> datetime:
    return hour + timedelta(seconds=rng.randrange(3600))


def hourly(per_day: float, sim: Simulation, hour: datetime) -> float:
    return per_day * HOUR_WEIGHTS[sim.local_hour(hour)] * _SCALE / 24


@behaviour("joins")
def joins(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    steps = []
    for _ in range(poisson(rng, hourly(len(sim.population.present()) * sim.join_rate, sim, hour))):
        spammer = rng.random() < sim.spammer_share
        inviters = [p for p in sim.population.present() if p.profile in ("core", "active")]
        inviter = (
            rng.choice(inviters).ref if inviters and not spammer and rng.random() < 0.3 else None
        )
        person = sim.population.new_person(spammer=spammer, inviter=inviter)
        steps.append(Step(within(hour, rng), sim.next_order(), partial(sim.join, person)))
        if sim.options.join_waves and not spammer:  # with the captcha on, people answer it
            at = steps[-1].time + timedelta(seconds=45)
            steps.append(Step(at, sim.next_order(), partial(sim.answer_captcha, person)))
        if spammer:  # spammers post their ads soon after joining
            for minute in range(rng.randint(1, 3)):
                at = steps[-1].time + timedelta(minutes=2 + minute * 3)
                text = rng.choice(SPAM)
                steps.append(Step(at, sim.next_order(), partial(sim.say, person, text)))
    return steps


@behaviour("leaves")
def leaves(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    candidates = [
        p for p in sim.population.present() if p.profile in ("normal", "lurker") and not p.spammer
    ]
    steps = []
    for _ in range(poisson(rng, hourly(len(candidates) * sim.leave_rate, sim, hour))):
        if candidates:
            person = candidates.pop(rng.randrange(len(candidates)))
            steps.append(Step(within(hour, rng), sim.next_order(), partial(sim.leave, person)))
    return steps


@behaviour("chatter")
def chatter(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    steps = []
    for person in sim.population.present():
        if person.spammer:
            continue
        for _ in range(poisson(rng, hourly(person.messages_per_day, sim, hour))):
            pool = QUESTIONS if rng.random() < 0.03 else CHATTER
            text = rng.choice(pool[person.language])
            reply = rng.random() < 0.2
            steps.append(
                Step(
                    within(hour, rng),
                    sim.next_order(),
                    partial(sim.say, person, text, reply=reply),
                )
            )
    return steps


@behaviour("checkins")
def checkins(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    if sim.local_hour(hour) != 8:  # people decide at breakfast whether to check in today
        return []
    steps = []
    for person in sim.population.present():
        if rng.random() < person.checkin_chance:
            at = hour + timedelta(minutes=rng.randrange(14 * 60))
            text = CHECKIN[person.language]
            steps.append(Step(at, sim.next_order(), partial(sim.say, person, text)))
    return steps
