"""A member the bot removed from a WeChat room, where the bridge never announces the removal:
the member-list sweep that finds them gone records a removal, not a voluntary leave."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support.onebot_bridge import FakeOneBot
from support.onebot_fixtures import ROOM, TOKEN
from support.wechat_components import MODERATED
from support.wechat_fixtures import until

from groupops.adapters.wechat import OneBotAdapter
from groupops.adapters.wechat.wechaty.inbound import Inbound
from groupops.core.events import LeaveReason
from groupops.core.metrics.compute import compute_kpis
from groupops.core.metrics.periods import Period
from groupops.core.metrics.report import as_text, report_message
from groupops.core.storage.models import MembershipMove


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann", "bo": "Bo", "spam": "Spammer"}


async def running(harness_with, bridge: FakeOneBot):
    options = {"access_token": TOKEN, "messages_per_second": 0, "messages_per_minute": 0}
    options |= {"member_sweep_seconds": 3600, "reconnect_max_seconds": 1}
    adapter = OneBotAdapter(url=await bridge.listen(), **options)
    h = await harness_with(adapter, ROOM, MODERATED)
    assert await until(h, adapter.connected.is_set)
    return h, adapter


async def report_lines(h) -> list[str]:
    today = h.settings.clock_of("club").day_of(h.clock.now())
    kpis = await compute_kpis(
        h.settings, "club", Period.containing("day", today), h.clock.now(), chat=f"wechat:{ROOM}"
    )
    health = h.settings.rulesets["main"].health
    return as_text(report_message(kpis, "Club", health), "en").splitlines()


async def test_a_removal_the_bridge_never_told_is_a_removal_in_the_report(harness_with, bridge):
    h, adapter = await running(harness_with, bridge)
    bridge.kicks_told = False
    for _ in range(3):
        await bridge.say(ROOM, "spam", "加微信 领红包")
    assert await until(h, lambda: "spam" not in bridge.groups[ROOM])
    assert await adapter.sweep_members() == 1
    await h.settle()
    (move,) = await MembershipMove.filter(member="wechat:user:spam")
    assert move.kind == "removal"
    lines = await report_lines(h)
    assert lines[2] == "Messages: 3; joined: 0; left: 0; removed: 1"
    assert "weekly leave rate: 0.0% (healthy)" in lines


async def test_a_member_who_leaves_by_themselves_after_coming_back_left(harness_with, bridge):
    h, adapter = await running(harness_with, bridge)
    bridge.kicks_told = False
    for _ in range(3):
        await bridge.say(ROOM, "spam", "加微信 领红包")
    assert await until(h, lambda: "spam" not in bridge.groups[ROOM])
    await bridge.join(
        ROOM, "spam", "Spammer", operator="ann"
    )  # back before any sweep saw them gone
    await h.settle()
    bridge.quit_quietly(ROOM, "spam")
    assert await adapter.sweep_members() == 1
    await h.settle()
    kinds = await MembershipMove.filter(member="wechat:user:spam").values_list("kind", flat=True)
    assert sorted(kinds) == ["join", "leave"]


class RoomLists:
    """A puppet service's member lists, as the Wechaty adapter reads them."""

    def __init__(self, members: list[str]) -> None:
        self.members = members

    async def call(self, method: str, **params):
        assert method == "RoomMemberList"
        return SimpleNamespace(member_ids=list(self.members))


async def test_the_wechaty_sweep_reads_the_bots_own_removal_as_one():
    lists = RoomLists(["bot", "ann", "spam", "bo"])
    inbound = Inbound(lists)  # type: ignore[arg-type]
    inbound.self_id = "bot"
    inbound.rooms["r@chatroom"] = set(lists.members)
    inbound.removed.made("r@chatroom", "spam")
    lists.members = ["bot", "ann"]  # spam removed by the bot, bo left by himself: no events
    left = {e.member.local_id: e.reason for e in await inbound.sweep()}
    assert left == {"spam": LeaveReason.KICKED, "bo": LeaveReason.LEFT}
