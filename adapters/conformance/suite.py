"""The conformance tests. Subclass `AdapterConformance` and provide a `conformance_target`
fixture (see the package docstring); pytest collects the tests below for your adapter."""

from __future__ import annotations

import asyncio

import pytest

from groupops.core.actions import SendMessage
from groupops.core.adapter_queries import QUERY_CAPABILITIES, MemberInfo
from groupops.core.capabilities import CAPABILITY_METHODS, Capability
from groupops.core.errors import Unsupported
from groupops.core.events import LeaveReason, MemberJoined, MemberLeft, MessageReceived
from groupops.core.segments import Mention, Text

from .inbound import InboundConformance
from .normalised import normalised
from .refusals import RefusalConformance
from .samples import QUERIES, SAMPLES
from .target import ConformanceTarget
from .timed import TimedConformance

# what a removal the bot made must be reported as, where the platform reports it at all: a
# kick reported as LEFT would get a goodbye and count as leaving of one's own accord
REMOVALS = {Capability.KICK: LeaveReason.KICKED, Capability.BAN: LeaveReason.BANNED}
REPORT_WITHIN = 2.0  # seconds the platform has to report a removal


async def _removal_reported(target: ConformanceTarget, action, expected: LeaveReason) -> None:
    deadline = asyncio.get_running_loop().time() + REPORT_WITHIN
    while True:
        left = [e for e in target.events if isinstance(e, MemberLeft) and e.member == action.user]
        if left or asyncio.get_running_loop().time() >= deadline:
            break
        await asyncio.sleep(0.05)
    for event in left:  # none: the platform does not report the bot's own removals
        assert event.reason is expected, (
            f"{action.kind} of {action.user} reported as {event.reason}, not {expected}"
        )


class AdapterConformance(InboundConformance, RefusalConformance, TimedConformance):
    """The contract, checked against one adapter (the inbound cases in `inbound.py`, the
    platform's refusals in `refusals.py`, the ends of timed mutes and bans in `timed.py`)."""

    def test_capability_table_matches_methods(self, conformance_target: ConformanceTarget):
        adapter = conformance_target.adapter
        assert set(CAPABILITY_METHODS) == set(Capability)
        assert adapter.available <= adapter.capabilities <= set(Capability)
        assert adapter.platform and adapter.name
        if adapter.queries is None:  # a query capability is declared by answering it
            assert not adapter.capabilities & set(QUERY_CAPABILITIES)

    @pytest.mark.parametrize("capability", list(Capability), ids=str)
    async def test_capability(self, conformance_target: ConformanceTarget, capability):
        """Declared: it works and the platform shows it. Undeclared: Unsupported."""
        target, adapter = conformance_target, conformance_target.adapter
        declared = adapter.supports(capability)
        if capability in QUERIES:
            await self._query(target, capability, declared)
            return
        action = await SAMPLES[capability](target)
        if not declared:
            with pytest.raises(Unsupported) as raised:
                await adapter.perform(action)
            assert raised.value.capability == capability
            return
        result = await adapter.perform(action)
        assert await target.seen(capability, action, result), f"{capability} left no trace"
        if capability in REMOVALS:
            await _removal_reported(target, action, REMOVALS[capability])

    async def _query(self, target: ConformanceTarget, capability: Capability, declared: bool):
        asked = target.adapter.queries
        if asked is None:  # no queries at all: neither can be declared
            assert not declared, f"{capability} declared without `queries`"
            return
        member = await target.member("Quinn")
        call = (
            asked.get_member(target.chat, member)
            if capability is Capability.GET_MEMBER
            else asked.list_admins(target.chat)
        )
        if not declared:
            with pytest.raises(Unsupported):
                await call
            return
        answer = await call
        if capability is Capability.GET_MEMBER:
            assert isinstance(answer, MemberInfo) and answer.user == member
            assert answer.status == "member"
        else:
            assert isinstance(answer, list) and answer
            assert all(isinstance(a, MemberInfo) and a.is_admin for a in answer)

    async def test_member_count_is_a_count_or_unknown(self, conformance_target: ConformanceTarget):
        target = conformance_target
        await target.member("Cora")
        asked = target.adapter.queries
        count = None if asked is None else await asked.member_count(target.chat)
        assert count is None or (isinstance(count, int) and count >= 1), count

    async def test_messages_arrive_normalised(self, conformance_target: ConformanceTarget):
        target = conformance_target
        user = await target.member("Nora")
        await target.say(user, "hello conformance")
        event = target.events[-1]
        assert isinstance(event, MessageReceived)
        normalised(event, target)
        assert event.sender == user and event.text == "hello conformance"
        assert event.message_id and not event.private

    async def test_joins_arrive_normalised(self, conformance_target: ConformanceTarget):
        target = conformance_target
        user = await target.join("Jay")
        event = target.events[-1]
        assert isinstance(event, MemberJoined)
        normalised(event, target)
        assert event.member == user and event.member.platform == target.adapter.platform

    async def test_events_have_distinct_keys(self, conformance_target: ConformanceTarget):
        target = conformance_target
        user = await target.member("Kai")
        await target.say(user, "one")
        await target.say(user, "two")
        keys = [event.key for event in target.events]
        assert len(keys) == len(set(keys)) >= 2

    async def test_keys_are_not_reused_after_a_restart(self, conformance_target: ConformanceTarget):
        """A key names one event for good: the engine drops a key it processed within
        `processed_retention_days`, so keys counted from 1 again after a restart lose every
        event of the new run, silently."""
        target = conformance_target
        await target.say(await target.member("Rae"), "before the restart")
        await target.join("Ray")
        pushed = len(target.events)
        before = {event.key for event in target.events}
        try:
            await target.restart()
        except NotImplementedError as exc:
            pytest.skip(str(exc))
        await target.say(await target.member("Rue"), "after the restart")
        await target.join("Roy")
        after = {event.key for event in target.events[pushed:]}
        reused = sorted(before & after)
        assert len(after) >= 2 and not reused, (
            f"keys given again after a restart: {reused}; the engine would drop those events as "
            "duplicates. Build keys from the platform's own ids, or put an id drawn at each "
            "start in them where it has none (docs/adapters.md, Idempotency keys)"
        )

    async def test_a_mention_shows_the_members_name(self, conformance_target: ConformanceTarget):
        """A `Mention` reads as the platform writes one (`@Mina`, a pill, IRC's bare nick), and
        a named one (`named`, a member named in a sentence) as the name: either way members
        read the name, never an empty place or an id alone."""
        target, adapter = conformance_target, conformance_target.adapter
        if not adapter.supports(Capability.SEND):
            pytest.skip(f"{adapter.name} does not send to chats")
        mina, milo = await target.member("Mina"), await target.member("Milo")
        segments = (
            Mention(mina, "Mina"),
            Text(" asked; "),
            Mention(milo, "Milo", named=True),
            Text(" received 5 points"),
        )
        await adapter.perform(SendMessage(chat=target.chat, segments=segments))
        try:
            shown = await target.last_text()
        except NotImplementedError as exc:
            pytest.skip(str(exc))
        missing = [name for name in ("Mina", "Milo") if name not in shown]
        assert not missing and "received 5 points" in shown, (
            f"the platform shows {shown!r}: {', '.join(missing) or 'the text'} missing. Write "
            "each Mention into the text as your platform reads one (docs/adapters.md, Mentions)"
        )
