"""The crash test's stream: chatter, check-ins, keyword questions and joins as in the benchmark,
plus flood bursts, blocked words, edits that turn a message into spam, reactions, admin
commands (warn, mute, unmute, give, settings changes) and a lottery campaign with its
own commands. Deterministic: the same seed gives the same world and the same events, so a
reference run and the cluster run each get an identical platform."""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from groupops.adapters.local import LocalWorld
from groupops.core.clock import ManualClock
from groupops.core.events import Event, MessageEdited, ReactionChanged
from groupops.core.refs import Ref
from groupops.core.segments import Text

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
BLOCKED = "deploy finished"
CHATTER = (
    "good morning",
    "has anyone tried the new release?",
    "thanks, that helped",
    "what is the price?",
    "签到",
    "/checkin",
    "大家好",
    BLOCKED,
    "here is how I solved it, see the docs for the whole story",
)
# Nobody is removed: whether an action on a removed member succeeds depends on the order the
# platform got the two (a backlog is delivered by priority), and that is not what this
# stream tests. Every step here succeeds whatever the order.
ADMIN_COMMANDS = (  # sent as replies to a member's recent message
    "/warn please stay on topic",
    "/tmute 30m cool down",
    "/unmute",
    "/give 5 thanks for the help",
    "/warns",
)
MEMBER_COMMANDS = ("/join spring", "/campaigns", "/points", "/join")
SETTING_COMMANDS = ("/setflood 6", "/addblocklist crypto pump", "/setflood 5")


@dataclass
class CrashWorkload:
    world: LocalWorld
    events: list[Event]


def ruleset() -> dict:
    return {
        "timezone": "Asia/Shanghai",
        "moderation": {
            "escalation": ["remind", "warn_private", "mute 1h"],
            "flood": {"messages": 5, "seconds": 10, "action": "mute 1h"},
            "blocklist": {"words": [BLOCKED]},
        },
        # cooldown windows live in the owner's memory (docs/scaling.md); 0 keeps it exact
        "autoreply": {
            "rules": [{"pattern": "price", "reply": "See the pinned message.", "cooldown": 0}]
        },
        # entries are confirmed one by one: a gathered confirmation's job runs on the wall
        # clock, so which entries it names would differ between the two runs compared
        "campaigns": {
            "spring": {"kind": "lottery", "prize": "a mug", "ends": "400d", "confirm_window": "0s"}
        },
    }


def crash_workload(chats: list[str], members: int, count: int, seed: int = 11) -> CrashWorkload:
    rng = random.Random(seed)
    clock = ManualClock(START)
    world = LocalWorld("local", clock, run=f"crash{seed}")  # both runs compared: one key each
    people: dict[Ref, list[Ref]] = {}
    admins: dict[Ref, Ref] = {}
    recent: dict[Ref, deque[tuple[str, Ref]]] = {}  # chat -> recent (message id, sender)
    for index, chat_ref in enumerate(chats):
        chat = world.chat(chat_ref.partition(":")[2]).ref
        admin = world.user(f"{index}-admin", f"admin{index}")
        world.add_member(chat, admin, "admin")
        admins[chat] = admin
        people[chat] = []
        for m in range(members):
            user = world.user(f"{index}-{m}", f"user{index}-{m}")
            world.add_member(chat, user)
            people[chat].append(user)
        recent[chat] = deque(maxlen=40)
    events: list[Event] = []

    def say(chat: Ref, user: Ref, text: str, reply_to: str | None = None) -> None:
        event = world.message_event(chat, user, text, reply_to=reply_to)
        recent[chat].append((event.message_id, user))
        events.append(event)

    chat_list = list(people)
    n = 0
    while len(events) < count:
        n += 1
        clock.set(START + timedelta(milliseconds=len(events) * 20))
        chat = rng.choice(chat_list)
        user = rng.choice(people[chat])
        roll = rng.random()
        if roll < 0.01:
            newcomer = world.user(f"new-{n}", f"newcomer{n}")
            events.append(world.join_event(chat, newcomer))
            people[chat].append(newcomer)
        elif roll < 0.015:  # a flood: six messages in a few seconds
            for burst in range(6):
                clock.set(START + timedelta(milliseconds=len(events) * 20))
                say(chat, user, f"look at this {burst}")
        elif roll < 0.05 and recent[chat]:
            message_id, sender = rng.choice(recent[chat])
            if sender != user:
                events.append(reaction(world, chat, user, message_id))
        elif roll < 0.07 and recent[chat]:
            message_id, sender = recent[chat][-1]
            if sender in people[chat]:
                text = BLOCKED if rng.random() < 0.5 else "edited: fixed a typo"
                events.append(edit(world, chat, message_id, text))
        elif roll < 0.085 and recent[chat]:
            message_id, _ = rng.choice(recent[chat])
            say(chat, admins[chat], rng.choice(ADMIN_COMMANDS), reply_to=message_id)
        elif roll < 0.087:
            say(chat, admins[chat], rng.choice(SETTING_COMMANDS))
        elif roll < 0.1:
            say(chat, user, rng.choice(MEMBER_COMMANDS))
        else:
            say(chat, user, rng.choice(CHATTER))
    return CrashWorkload(world, events[:count])


def reaction(world: LocalWorld, chat: Ref, user: Ref, message_id: str) -> ReactionChanged:
    return ReactionChanged(
        key=world._key(),
        chat=chat,
        time=world.clock.now(),
        member=user,
        message_id=message_id,
        added=("👍",),
    )


def edit(world: LocalWorld, chat: Ref, message_id: str, text: str) -> MessageEdited:
    message = world.chats[chat].messages[message_id]
    message.segments = (Text(text),)
    assert message.sender is not None
    return MessageEdited(
        key=world._key(),
        chat=chat,
        time=world.clock.now(),
        sender=message.sender,
        sender_name=world.names.get(message.sender, ""),
        message_id=message_id,
        segments=message.segments,
    )
