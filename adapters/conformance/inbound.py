"""The inbound half of the contract beyond messages and joins: replies (the answered message
and its author), leaves, edits and reactions (mapped where the adapter declares them in
`delivers`, else ignored), and the acknowledgement of an update only after the engine
committed its events."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from groupops.core.events import (
    Event,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEdited,
    MessageReceived,
    ReactionChanged,
)

from .normalised import normalised
from .target import ConformanceTarget

ACK_WAIT = 60.0  # seconds an acknowledgement may take after the commit (a sync's round trip)
EMOJI = "👍"


async def _posted(target: ConformanceTarget, name: str, text: str) -> MessageReceived:
    user = await target.member(name)
    await target.say(user, text)
    event = target.events[-1]
    assert isinstance(event, MessageReceived) and event.sender == user
    return event


async def _after(target: ConformanceTarget, since: int, user_name: str) -> list[Event]:
    """The events pushed since index `since`, up to a message posted after them (the platform
    delivers in order, so whatever the adapter made of the change has arrived by then)."""
    await target.say(await target.member(user_name), "after the change")
    return target.events[since:-1]


class InboundConformance:
    async def test_a_reply_names_the_answered_message_and_its_author(
        self, conformance_target: ConformanceTarget
    ):
        """`reply_to` and `reply_to_sender`: a command aimed at a member given as a reply
        finds its target through the author alone (`target_of`), so a reply carrying only
        the message id is a command without a target."""
        target = conformance_target
        original = await _posted(target, "Ora", "the message answered")
        replier = await target.member("Rae")
        try:
            await target.reply(replier, original.message_id, "the answer")
        except NotImplementedError as exc:
            pytest.skip(str(exc))
        event = target.events[-1]
        assert isinstance(event, MessageReceived) and event.sender == replier
        normalised(event, target)
        assert event.text == "the answer"
        assert event.reply_to == original.message_id
        assert event.reply_to_sender == original.sender, "the answered message's author"
        assert event.reply_to_text in ("", original.text)  # said where the platform says it

    async def test_leaves_arrive_normalised(self, conformance_target: ConformanceTarget):
        target = conformance_target
        user = await target.member("Lee")
        await target.leave(user)
        event = next(e for e in reversed(target.events) if isinstance(e, MemberLeft))
        normalised(event, target)
        assert event.member == user and event.reason is LeaveReason.LEFT

    async def test_a_reconnect_is_neither_a_leave_nor_a_join(
        self, conformance_target: ConformanceTarget
    ):
        """Where presence and membership differ (IRC), a member whose client disconnected and
        came back never left: a `MemberLeft` would count a leave and say goodbye, a
        `MemberJoined` would welcome them again at each reconnect."""
        target = conformance_target
        user = await target.member("Rin")
        since = len(target.events)
        try:
            await target.reconnect(user)
        except NotImplementedError as exc:
            pytest.skip(str(exc))
        moved = [
            e
            for e in await _after(target, since, "Ren")
            if isinstance(e, (MemberJoined, MemberLeft)) and e.member == user
        ]
        assert moved == [], (
            f"a reconnect pushed {[type(e).__name__ for e in moved]}: push MemberLeft only for "
            "leaving the chat, and no MemberJoined for a member back after a disconnect "
            "(docs/adapters.md, presence and membership)"
        )

    async def test_edits_are_mapped_or_ignored_as_declared(
        self, conformance_target: ConformanceTarget
    ):
        target, adapter = conformance_target, conformance_target.adapter
        original = await _posted(target, "Eda", "before the edit")
        since = len(target.events)
        try:
            await target.edit(original.sender, original.message_id, "after the edit")
        except NotImplementedError:  # the platform has no edits: nothing to declare
            assert MessageEdited.kind not in adapter.delivers
            return
        edits = [e for e in await _after(target, since, "Ed") if isinstance(e, MessageEdited)]
        if MessageEdited.kind not in adapter.delivers:
            assert edits == [], "edits are pushed but not declared in `delivers`"
            return
        assert len(edits) == 1, f"one edit, one event: {edits}"
        normalised(edits[0], target)
        assert edits[0].message_id == original.message_id
        assert edits[0].sender == original.sender and edits[0].text == "after the edit"
        assert edits[0].key != original.key

    async def test_reactions_are_mapped_or_ignored_as_declared(
        self, conformance_target: ConformanceTarget
    ):
        target, adapter = conformance_target, conformance_target.adapter
        message = await _posted(target, "Ria", "react to this")
        reactor = await target.member("Rex")
        since = len(target.events)
        try:
            await target.react(reactor, message.message_id, EMOJI)
        except NotImplementedError:  # the platform has no reactions
            assert ReactionChanged.kind not in adapter.delivers
            return
        found = [e for e in await _after(target, since, "Rod") if isinstance(e, ReactionChanged)]
        if ReactionChanged.kind not in adapter.delivers:
            assert found == [], "reactions are pushed but not declared in `delivers`"
            return
        assert len(found) == 1, f"one reaction, one event: {found}"
        normalised(found[0], target)
        assert found[0].member == reactor and found[0].message_id == message.message_id
        assert found[0].added == (EMOJI,) and found[0].removed == ()

    async def test_an_update_is_acknowledged_only_after_its_commit(
        self, conformance_target: ConformanceTarget
    ):
        """The sink's commit (`submit` returning, or `submit_nowait`'s future resolving): the
        platform may be told the update was taken only after that, so a crash during the
        commit never loses it."""
        target = conformance_target
        user = await target.member("Ack")
        text = "acknowledge me after the commit"
        seen: list[tuple[Event, bool | None]] = []  # the message, acknowledged while committing

        async def committing(event: Event) -> None:
            if isinstance(event, MessageReceived) and event.text == text:
                for _ in range(20):  # room for an acknowledgement sent too early to land
                    await asyncio.sleep(0)
                seen.append((event, await target.acknowledged(event)))

        target.committing = committing
        try:
            await target.say(user, text)
            # a target whose `say` waits for the acknowledgement returns before the commit
            # when the adapter acknowledged early: wait for the sink to have seen it
            await _until(lambda: bool(seen), "the message never reached the sink")
        finally:
            target.committing = None
        assert len(seen) == 1, f"one message, one commit: {seen}"
        event, during = seen[0]
        if during is None:  # the platform takes no acknowledgement
            return
        assert during is False, "the platform was told before the sink returned (the commit)"
        await _until(lambda: target.acknowledged(event), "never acknowledged after the commit")

    async def test_events_enter_through_the_sink_once(self, conformance_target: ConformanceTarget):
        """Every event reaches the engine through one of the sink's two entries, once."""
        target = conformance_target
        before = len(target.entries)
        await target.say(await target.member("Sia"), "through the sink")
        taken = target.entries[before:]
        assert taken and set(taken) <= {"submit", "submit_nowait"}
        await _until(lambda: len(target.events) >= len(target.entries), "a commit never came")
        assert len(target.entries) == len(target.events), "an event submitted twice"


async def _until(check: Callable[[], Awaitable[bool | None] | bool], failure: str) -> None:
    """Wait for `check()`, up to ACK_WAIT seconds (a sync's round trip), else fail."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ACK_WAIT
    while True:
        answer = check()
        if answer if isinstance(answer, bool) else await answer:
            return
        assert loop.time() < deadline, failure
        await asyncio.sleep(0.05)
