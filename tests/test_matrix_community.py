"""One community across three messengers: a Telegram group (aiogram on the fake Bot API), a
WeChat room (on the real Wechaty peer, and on the OneBot 12 bridge) and a Matrix room (a real
Synapse) run one
ruleset; a member's Telegram and Matrix accounts become one member after /link; one report
counts all three."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
from support.fake_telegram import FakeBotAPI
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness
from support.onebot_bridge import FakeOneBot
from support.onebot_fixtures import ROOM, TOKEN
from support.telegram_harness import CHAT_ID, OWNER_ID, make_adapter
from support.wechat_fixtures import new_room, wechat_adapter

from groupops.adapters.wechat import OneBotAdapter
from groupops.core.clock import SystemClock
from groupops.core.storage.models import AccountLink, Member

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
REMINDER = "{}, please mind the group rules: a blocked word."


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"bo": "Bo"}


@dataclass
class WechatRoom:
    """The WeChat side of the community, whichever bridge carries it."""

    peer: Any  # the Wechaty peer, or the OneBot 12 bridge
    room: str

    async def adapter(self) -> Any:
        if isinstance(self.peer, FakeOneBot):
            return OneBotAdapter(
                url=await self.peer.listen(), access_token=TOKEN, messages_per_second=0,
                messages_per_minute=0, member_sweep_seconds=3600,
            )  # fmt: skip
        return wechat_adapter(self.peer)

    async def say(self, member: str, text: str) -> None:
        if isinstance(self.peer, FakeOneBot):
            await self.peer.say(self.room, member, text)
        else:
            self.peer("say", **{"from": member}, room=self.room, text=text)

    def texts(self) -> list[str]:
        if isinstance(self.peer, FakeOneBot):
            return self.peer.texts(self.room)
        return [m["text"] for m in self.peer("sent", conversation=self.room)]


@pytest.fixture(params=["wechaty", "onebot"])
def wechat(request) -> WechatRoom:
    if request.param == "wechaty":
        peer = request.getfixturevalue("wechaty_peer")
        return WechatRoom(peer, new_room(peer, {"bo": "Bo"}))
    return WechatRoom(request.getfixturevalue("bridge"), ROOM)


@pytest.fixture
async def telegram():
    fake = FakeBotAPI(SystemClock())
    await fake.start()
    fake.world.group(CHAT_ID, "Test Club")
    fake.world.user(OWNER_ID, "Olga")
    fake.world.add_member(CHAT_ID, OWNER_ID, "creator")
    yield fake
    await fake.close()


async def test_one_ruleset_one_member_one_report_across_three_messengers(
    synapse, sqlite_url, telegram, wechat
):
    tg = make_adapter("aiogram", telegram, SystemClock())
    wx = await wechat.adapter()
    h = await MatrixHarness.open(
        synapse,
        sqlite_url,
        RULES,
        others=(tg, wx),
        chats=(f"telegram:{CHAT_ID}", f"wechat:{wechat.room}"),
    )
    world = telegram.world

    async def settle() -> None:
        if world.updates:  # pushed and not yet confirmed by the bot
            await asyncio.wait_for(world.wait_acknowledged(), 60)
        await h.settle()

    try:
        assert await until(wx.connected.is_set)
        ann_mx = h.member("Ann")
        ann_tg = 42
        world.user(ann_tg, "Ann")
        world.add_member(CHAT_ID, ann_tg)
        world.private(ann_tg)  # she started the bot
        await settle()

        # one ruleset: the same blocked word is caught on every messenger
        world.say(CHAT_ID, ann_tg, "刷单日结")
        await wechat.say("bo", "刷单日结")
        cy = h.member("Cy")
        await settle()
        h.say(cy, "刷单日结")
        await settle()
        assert await until(wechat.texts, settle=settle)
        assert world.texts(CHAT_ID) == [REMINDER.format("Ann")]
        # a mention in the bridge's own form (OneBot: a mention segment; Wechaty: @name)
        assert wechat.texts()[0].endswith("please mind the group rules: a blocked word.")
        assert h.texts()[-1] == REMINDER.format("Cy")
        assert "刷单日结" not in h.visible()  # deleted on Matrix

        # one member: her Matrix account asks for a code, her Telegram account gives it
        h.say(ann_mx, "签到")
        world.say(CHAT_ID, ann_tg, "签到")  # not linked yet: her Telegram account's own point
        h.say(ann_mx, "/link")
        await settle()
        (code_text,) = h.direct_texts(ann_mx)
        code = code_text.split("code is ")[1].split(".")[0]
        world.say(CHAT_ID, ann_tg, f"/link {code}")
        await settle()
        assert await until(lambda: len(h.direct_texts(ann_mx)) == 2, settle=settle)
        h.say(ann_mx, "/link confirm")
        await settle()
        world.say(CHAT_ID, ann_tg, "/points")
        await settle()
        assert h.texts()[-1] == "Linked Ann (Telegram) to Ann."
        assert world.texts(CHAT_ID)[-1] == "Ann has 2 points."
        assert await AccountLink.filter(account=f"telegram:user:{ann_tg}").count() == 1
        assert await h.balance(ann_mx) == 2
        assert not await Member.filter(
            community="club", key=f"telegram:user:{ann_tg}", balance__gt=0
        ).exists()

        # one report: the owner asks on Telegram and gets the whole community
        world.say(CHAT_ID, OWNER_ID, "/stats day")
        await settle()
        report = world.texts(CHAT_ID)[-1]
        assert report.startswith("Report for Test Club, day ")
        # every member message on the three messengers before the request: Telegram 4, WeChat
        # 1, Matrix 4 (the asking /stats is counted after its answer); Ann and Cy joined
        assert "Messages: 9; joined: 2; left: 0; removed: 0" in report, report
    finally:
        await h.close()
        await tg.release()
        await wx.release()
