"""Simulated people: how much each speaks, checks in, and whether they spam."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..refs import Ref

# (share of members, messages a day, check-in chance a day) from the playbook's tiers:
# core 5-10 %, active 20-30 %, normal 60-70 %, lurkers 10-15 %.
PROFILES: dict[str, tuple[float, tuple[float, float], float]] = {
    "core": (0.07, (8.0, 20.0), 0.9),
    "active": (0.25, (1.5, 5.0), 0.6),
    "normal": (0.55, (0.1, 0.8), 0.2),
    "lurker": (0.13, (0.0, 0.03), 0.02),
}
GIVEN = [
    "Wei",
    "Li",
    "Ming",
    "Hui",
    "Anna",
    "Ben",
    "Chen",
    "Dan",
    "Eva",
    "Fang",
    "Gao",
    "Hana",
    "Ivan",
    "Jun",
    "Kai",
    "Lena",
    "Mei",
    "Nico",
    "Omar",
    "Ping",
    "Qing",
    "Rui",
    "Sara",
    "Tao",
]


@dataclass(slots=True)
class Person:
    ref: Ref
    name: str
    language: str  # "en" or "zh-hans", as a platform hint
    profile: str
    messages_per_day: float
    checkin_chance: float
    spammer: bool = False
    present: bool = True
    inviter: Ref | None = None


class Population:
    def __init__(self, rng: random.Random, platform: str) -> None:
        self.rng = rng
        self.platform = platform
        self.people: list[Person] = []
        self._next_id = 1000

    def new_person(self, *, spammer: bool = False, inviter: Ref | None = None) -> Person:
        rng = self.rng
        self._next_id += 1
        profile = "lurker" if spammer else self._profile()
        _, (low, high), checkin = PROFILES[profile]
        person = Person(
            ref=Ref.user(self.platform, self._next_id),
            name=f"{rng.choice(GIVEN)}{self._next_id % 97}",
            language=rng.choice(("zh-hans", "zh-hans", "en")),
            profile=profile,
            messages_per_day=rng.uniform(low, high),
            checkin_chance=0.0 if spammer else checkin,
            spammer=spammer,
            inviter=inviter,
        )
        self.people.append(person)
        return person

    def _profile(self) -> str:
        roll, total = self.rng.random(), 0.0
        for name, (share, _, _) in PROFILES.items():
            total += share
            if roll < total:
                return name
        return "normal"

    def present(self) -> list[Person]:
        return [p for p in self.people if p.present]
