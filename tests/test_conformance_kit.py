"""The conformance kit's own patience: a platform over a network shows an effect a moment after
`perform` returned (an IRC server relays the line 0.3 s later), and a target may look with a
coroutine. `seen` asks until it sees the effect, and gives up after `OBSERVE_WITHIN`. And what
its cases say when an adapter gets a case wrong."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from test_conformance import LocalTarget

from groupops.adapters.conformance import Failure, target
from groupops.adapters.conformance.inbound import InboundConformance
from groupops.adapters.conformance.refusals import RefusalConformance
from groupops.adapters.conformance.suite import AdapterConformance
from groupops.adapters.conformance.target import ConformanceTarget
from groupops.adapters.local import LocalAdapter
from groupops.core.actions import Ban, Mute


class Late:
    """Shows the effect `after` seconds from now, through a plain method or a coroutine."""

    def __init__(self, after: float, coroutine: bool = False) -> None:
        self.shown_at = time.monotonic() + after
        self.coroutine = coroutine

    def observe(self, capability, action, result):
        shown = time.monotonic() >= self.shown_at
        if not self.coroutine:
            return shown

        async def looked() -> bool:
            await asyncio.sleep(0)
            return shown

        return looked()


async def test_an_effect_shown_late_is_seen():
    assert await ConformanceTarget.seen(Late(0.3), None, None, None) is True
    assert await ConformanceTarget.seen(Late(0.3, coroutine=True), None, None, None) is True


async def test_an_effect_never_shown_fails_after_the_wait(monkeypatch):
    monkeypatch.setattr(target, "OBSERVE_WITHIN", 0.3)
    began = time.monotonic()
    assert await ConformanceTarget.seen(Late(60), None, None, None) is False
    assert time.monotonic() - began >= 0.3


class DroppedBeforeTheSend(LocalTarget):
    """A target that 'provokes' unreachability by dropping the connection before the send:
    the adapter reconnects within its wait and the send goes through, as it should."""

    async def refuse_next(self, failure: Failure):
        return self.chat


async def test_an_unreachable_case_that_sent_anyway_says_how_to_provoke_it():
    conformance_target = DroppedBeforeTheSend()
    await conformance_target.start()
    try:
        with pytest.raises(pytest.fail.Exception) as failed:
            await RefusalConformance().test_a_refused_send_raises_the_typed_error(
                conformance_target, Failure.UNREACHABLE
            )
    finally:
        await conformance_target.close()
    said = str(failed.value)
    assert said.startswith("unreachable: the platform refused nothing, the send went through; ")
    assert "refuse_next(UNREACHABLE) should make the connection fail during the send" in said


class MentionsDropped(LocalTarget):
    """A platform showing the text around a mention and not the mention itself (an adapter
    that wrote Text segments only)."""

    async def last_text(self) -> str:
        return " asked; received 5 points"


async def test_a_mention_the_platform_does_not_show_fails_with_the_text_shown():
    conformance_target = MentionsDropped()
    await conformance_target.start()
    try:
        with pytest.raises(AssertionError) as failed:
            await AdapterConformance().test_a_mention_shows_the_members_name(conformance_target)
    finally:
        await conformance_target.close()
    assert "the platform shows ' asked; received 5 points': Mina, Milo missing" in str(failed.value)


class ReconnectsAsLeaveAndJoin(LocalTarget):
    """An adapter that reads a member's disconnect and return (IRC's QUIT, then JOIN) as a
    leave and a join: every reconnect was welcomed again in the channel."""

    async def reconnect(self, user):
        await self.world.leave(self.chat, user)
        await self.world.join(self.chat, user)


class ReconnectsUnseen(LocalTarget):
    """A platform where presence comes and goes without touching membership."""

    async def reconnect(self, user):
        return None


async def test_a_reconnect_read_as_a_leave_and_a_join_fails_naming_both():
    conformance_target = ReconnectsAsLeaveAndJoin()
    await conformance_target.start()
    try:
        with pytest.raises(AssertionError) as failed:
            await InboundConformance().test_a_reconnect_is_neither_a_leave_nor_a_join(
                conformance_target
            )
    finally:
        await conformance_target.close()
    assert "a reconnect pushed ['MemberLeft', 'MemberJoined']: push MemberLeft only" in str(
        failed.value
    )


async def test_a_reconnect_the_adapter_keeps_quiet_about_passes():
    conformance_target = ReconnectsUnseen()
    await conformance_target.start()
    try:
        await InboundConformance().test_a_reconnect_is_neither_a_leave_nor_a_join(
            conformance_target
        )
    finally:
        await conformance_target.close()


class OpenChannel(LocalTarget):
    """A 'chat the bot was removed from' that takes messages from outside all the same (an
    IRC channel without +n): the send goes through, rightly for that chat."""

    async def refuse_next(self, failure: Failure):
        return self.chat


async def test_a_forbidden_case_that_sent_anyway_says_the_chat_must_refuse_outsiders():
    conformance_target = OpenChannel()
    await conformance_target.start()
    try:
        with pytest.raises(pytest.fail.Exception) as failed:
            await RefusalConformance().test_a_refused_send_raises_the_typed_error(
                conformance_target, Failure.FORBIDDEN
            )
    finally:
        await conformance_target.close()
    said = str(failed.value)
    assert said.startswith("forbidden: the platform refused nothing, the send went through; ")
    assert "may not post in from outside (an IRC channel takes messages from non-members" in said


class UntilIgnored(LocalAdapter):
    """A contributor's adapter that mutes for good whatever `until` says."""

    async def mute(self, action):
        if isinstance(action, Mute):
            action = replace(action, until=None)
        return await super().mute(action)


class MutesEnding(LocalAdapter):
    """One that gives every mute an end, a mute for good too."""

    async def mute(self, action):
        if isinstance(action, Mute) and action.until is None:
            action = replace(action, until=self.world.clock.now() + timedelta(days=1))
        return await super().mute(action)


@pytest.mark.parametrize(
    ("adapter", "case", "said"),
    [
        (UntilIgnored, "test_a_timed_mute_ends_at_its_until", "the adapter ignores Mute.until"),
        (MutesEnding, "test_a_mute_without_until_is_for_good", "when asked to mute for good"),
    ],
)
async def test_an_adapter_that_does_not_honour_a_mutes_until_fails(adapter, case, said):
    conformance_target = LocalTarget()
    conformance_target.adapter = adapter(conformance_target.world)
    await conformance_target.start()
    try:
        with pytest.raises(AssertionError) as failed:
            await getattr(AdapterConformance(), case)(conformance_target)
    finally:
        await conformance_target.close()
    assert "local muted local:" in str(failed.value) and said in str(failed.value), failed.value


class MuteEndsUnread(LocalTarget):
    async def mute_ends(self, user):
        raise NotImplementedError("not here")


async def test_a_target_that_reads_no_mute_ends_fails_the_timed_mute_case():
    """Skipping it would let an adapter that ignores `until` through unnoticed."""
    conformance_target = MuteEndsUnread()
    await conformance_target.start()
    try:
        with pytest.raises(pytest.fail.Exception) as failed:
            await AdapterConformance().test_a_timed_mute_ends_at_its_until(conformance_target)
    finally:
        await conformance_target.close()
    assert "implement ConformanceTarget.mute_ends" in str(failed.value)


class BanUntilIgnored(LocalAdapter):
    """A contributor's adapter that bans for good whatever `until` says."""

    async def ban(self, action):
        if isinstance(action, Ban):
            action = replace(action, until=None)
        return await super().ban(action)


class BansEnding(LocalAdapter):
    """One that gives every ban an end, a ban for good too."""

    async def ban(self, action):
        if isinstance(action, Ban) and action.until is None:
            action = replace(action, until=self.world.clock.now() + timedelta(days=1))
        return await super().ban(action)


@pytest.mark.parametrize(
    ("adapter", "case", "said"),
    [
        (BanUntilIgnored, "test_a_timed_ban_ends_at_its_until", "the adapter ignores Ban.until"),
        (BansEnding, "test_a_ban_without_until_is_for_good", "when asked to ban for good"),
    ],
)
async def test_an_adapter_that_does_not_honour_a_bans_until_fails(adapter, case, said):
    conformance_target = LocalTarget()
    conformance_target.adapter = adapter(conformance_target.world)
    await conformance_target.start()
    try:
        with pytest.raises(AssertionError) as failed:
            await getattr(AdapterConformance(), case)(conformance_target)
    finally:
        await conformance_target.close()
    said_first = str(failed.value).splitlines()[0]
    assert said_first.startswith("local banned local:") and said in said_first, failed.value


class BanEndsUnread(LocalTarget):
    async def ban_ends(self, user):
        raise NotImplementedError("not here")


async def test_a_target_that_reads_no_ban_ends_fails_the_timed_ban_case():
    """Skipping it would let an adapter that ignores `until` through unnoticed."""
    conformance_target = BanEndsUnread()
    await conformance_target.start()
    try:
        with pytest.raises(pytest.fail.Exception) as failed:
            await AdapterConformance().test_a_timed_ban_ends_at_its_until(conformance_target)
    finally:
        await conformance_target.close()
    assert "implement ConformanceTarget.ban_ends" in str(failed.value)
