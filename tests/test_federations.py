"""Federations through both Telegram drivers against the fake Bot API, with a second messenger
(a local adapter standing for WeChat) in one community: two communities of two owners join one
federation; a member whose Telegram and WeChat accounts are linked is banned in every chat of
both on both platforms; the ban survives a restart, removes her when she comes back, is
refused to someone who does not run the federation, and /undo lifts it everywhere; bans queued
during a Bot API outage are carried out after a restart; the owner bans from WeChat too."""

from __future__ import annotations

import asyncio

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness, make_adapter

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.engine import Engine
from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, FederationBan

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

SIDE_ID = -1009876543210
SIDE_OWNER = 20
ROOM = Ref("wx:room")
ANN, BO = 42, 43
SETTINGS = {
    "platforms": {"wx": {"adapter": "local"}},  # the local adapter plays the WeChat side
    "communities": {
        "club": {"chats": [f"telegram:{CHAT_ID}", str(ROOM)]},
        "side": {"ruleset": "main", "chats": [f"telegram:{SIDE_ID}"], "title": "Side"},
    },
}
OTHER = {"aiogram": "ptb", "ptb": "aiogram"}


class Federated:
    """The Telegram harness plus the WeChat side: a local world on platform `wx`."""

    def __init__(self, h: TelegramHarness) -> None:
        self.h = h
        self.wx = LocalWorld("wx", h.clock)
        self.wx.chat("room")
        self.wx_adapter = LocalAdapter(self.wx)

    async def attach(self) -> None:
        self.h.engine.adapters["wx"] = self.wx_adapter
        await self.wx_adapter.start(self.h.engine)

    async def restart(self, driver: str) -> None:
        """Stop everything and start a new engine on the same database (a redeploy)."""
        await self.h.engine.stop(drain_timeout=5)
        await self.start(driver)

    async def start(self, driver: str) -> None:
        h = self.h
        h.world.polled.clear()
        h.adapter = make_adapter(driver, h.fake, h.clock)
        h.engine = Engine(h.engine.settings, h.database, [h.adapter, self.wx_adapter], h.clock)
        await h.engine.start(scheduler=False)
        await asyncio.wait_for(h.world.polled.wait(), 10)


@pytest.fixture
async def federated(db_url):
    made: list[Federated] = []

    async def make(driver: str) -> Federated:
        h = await TelegramHarness.open(driver, db_url, SETTINGS)
        f = Federated(h)
        await f.attach()
        made.append(f)
        return f

    yield make
    for f in made:
        await f.wx_adapter.stop()
        await f.h.close()


def status(h: TelegramHarness, chat_id: int, user_id: int) -> str:
    return h.world.chats[chat_id].status(user_id)


async def setup_federation(f: Federated) -> str:
    """Olga makes a federation; her club and Sid's side group join it; Ann links WeChat."""
    h, world = f.h, f.h.world
    world.group(SIDE_ID, "Side")
    world.user(SIDE_OWNER, "Sid")
    world.add_member(SIDE_ID, SIDE_OWNER, "creator")
    h.member(ANN, "Ann")
    h.member(BO, "Bo")
    world.say(CHAT_ID, BO, "hello")  # known by name in the club only
    world.add_member(SIDE_ID, ANN)
    world.add_member(SIDE_ID, OWNER_ID)  # a plain member there: federation rights suffice
    world.say(CHAT_ID, OWNER_ID, "/newfed Anti-spam league")
    await h.settle()
    fed_id = h.texts()[-1].split("its id is ")[1].split(".")[0]
    world.say(CHAT_ID, OWNER_ID, f"/joinfed {fed_id}")
    world.say(SIDE_ID, ANN, f"/joinfed {fed_id}")  # not the side group's owner
    world.say(SIDE_ID, SIDE_OWNER, f"/joinfed {fed_id}")
    await h.settle()
    await link(f, ANN, "ann_wx", "Ann W")  # Ann links her WeChat account to her Telegram one
    return fed_id


async def link(f: Federated, user_id: int, wx_id: str, wx_name: str) -> Ref:
    """`/link` from Telegram, the code from WeChat, confirmed from Telegram."""
    h, world = f.h, f.h.world
    account = f.wx.user(wx_id, wx_name)
    f.wx.add_member(ROOM, account)
    world.private(user_id)
    world.say(CHAT_ID, user_id, "/link")
    await h.settle()
    code = world.texts(user_id)[-1].split("code is ")[1].split(".")[0]
    await f.wx.say(ROOM, account, f"/link {code}")
    await h.settle()
    world.say(CHAT_ID, user_id, "/link confirm")
    await h.settle()
    return account


async def test_a_federation_ban_reaches_every_chat_on_both_platforms(driver, federated):
    f = await federated(driver)
    h, world = f.h, f.h.world
    fed_id = await setup_federation(f)
    assert h.texts()[:3] == [
        f"Federation Anti-spam league created; its id is {fed_id}. The owner or a deputy of a "
        f"community adds it with /joinfed {fed_id}.",
        "This community joined the federation Anti-spam league: its bans apply here now.",
        "I sent you a link code privately.",
    ]
    assert h.texts(SIDE_ID) == [
        "Only the owner and deputy owners can use /joinfed.",
        "This community joined the federation Anti-spam league: its bans apply here now.",
    ]
    assert h.texts()[-1] == "Linked Ann W (Wx) to Ann."

    spam = world.say(SIDE_ID, ANN, "cheap followers at t.me/buyfollowers")
    world.say(CHAT_ID, BO, f"/fban {ANN} I do not like her")  # Bo runs nothing
    world.say(SIDE_ID, OWNER_ID, "/fban selling followers", reply_to_message=spam)
    await h.settle()
    (fban,) = await AuditEntry.filter(action="fban")
    assert h.texts()[-1] == "Only admins of the federation Anti-spam league can use /fban."
    assert h.texts(SIDE_ID)[-1] == (
        f"Federation ban in Anti-spam league: Ann (telegram:user:{ANN}) is banned in 3 chats. "
        f"Reason: selling followers. Undo with /undo {fban.id}."
    )
    assert status(h, CHAT_ID, ANN) == "kicked"
    assert status(h, SIDE_ID, ANN) == "kicked"
    assert f.wx.chats[ROOM].members[Ref("wx:user:ann_wx")].status == "banned"
    assert status(h, CHAT_ID, BO) == "member"
    assert fban.evidence == "cheap followers at t.me/buyfollowers"
    assert fban.community == "side" and fban.actor == f"telegram:user:{OWNER_ID}"
    bans = await FederationBan.filter(entry=fban.id).order_by("id")
    assert [(b.account, b.reason) for b in bans] == [
        (f"telegram:user:{ANN}", "selling followers"),
        ("wx:user:ann_wx", "selling followers"),
    ]
    applied = await AuditEntry.filter(action="ban", rule="federation").values_list(
        "chat", "target", "outcome"
    )
    assert sorted(applied) == [
        (f"telegram:{CHAT_ID}", f"telegram:user:{ANN}", "done"),
        (f"telegram:{SIDE_ID}", f"telegram:user:{ANN}", "done"),
        (str(ROOM), "wx:user:ann_wx", "done"),
    ]

    # a restart on the other driver: the ban is in the database, not in memory
    await f.restart(OTHER[driver])
    world.chats[SIDE_ID].members[ANN]["status"] = "left"  # as if Telegram let her back in
    world.join(SIDE_ID, ANN)
    await h.settle()
    assert status(h, SIDE_ID, ANN) == "left"  # removed on arrival
    (removal,) = await AuditEntry.filter(action="kick", rule="federation")
    assert (removal.chat, removal.outcome) == (f"telegram:{SIDE_ID}", "done")

    world.say(CHAT_ID, OWNER_ID, "/fedinfo")
    world.say(CHAT_ID, OWNER_ID, f"/undo {fban.id}")  # in the log of the side group only
    await h.settle()
    world.say(SIDE_ID, SIDE_OWNER, f"/undo {fban.id}")
    await h.settle()
    assert h.texts()[-2:] == [
        f"Federation Anti-spam league ({fed_id}): owned by Olga; admins: 0, communities: 2, "
        "banned accounts: 2.",
        "No log entry with that id; /log shows them.",
    ]
    assert h.texts(SIDE_ID)[-1] == "Undone: federation ban for Ann."
    assert status(h, CHAT_ID, ANN) == "left"  # unbanned: she may come back
    assert f.wx.chats[ROOM].members[Ref("wx:user:ann_wx")].status != "banned"
    assert await FederationBan.filter(lifted_at=None).count() == 0
    world.join(SIDE_ID, ANN)
    await h.settle()
    assert status(h, SIDE_ID, ANN) == "member"


async def test_admins_promoted_by_the_owner_ban_and_unban(driver, federated):
    f = await federated(driver)
    h, world = f.h, f.h.world
    fed_id = await setup_federation(f)
    world.say(SIDE_ID, SIDE_OWNER, f"/fedpromote {SIDE_OWNER}")  # not the federation's owner
    world.say(CHAT_ID, OWNER_ID, f"/fedpromote telegram:user:{SIDE_OWNER}")
    await h.settle()
    world.say(SIDE_ID, SIDE_OWNER, f"/fban {BO} spam bot")
    world.say(SIDE_ID, SIDE_OWNER, f"/fban {OWNER_ID}")
    world.say(CHAT_ID, ANN, "/fedadmins")
    await h.settle()
    assert h.texts(SIDE_ID)[-3:] == [
        "Only the owner of the federation Anti-spam league can use /fedpromote.",
        f"Federation ban in Anti-spam league: Bo (telegram:user:{BO}) is banned in 2 chats. "
        f"Reason: spam bot. Undo with /undo {(await AuditEntry.get(action='fban')).id}.",
        "Olga runs the federation Anti-spam league; they cannot be banned from it.",
    ]
    assert h.texts()[-2:] == [
        "Sid is now an admin of the federation Anti-spam league.",
        "Federation Anti-spam league: owner Olga; admins: Sid.",
    ]
    assert status(h, CHAT_ID, BO) == "kicked"
    world.say(CHAT_ID, OWNER_ID, f"/unfban {BO}")
    world.say(CHAT_ID, OWNER_ID, f"/feddemote {SIDE_OWNER}")
    world.say(CHAT_ID, OWNER_ID, "/leavefed")
    await h.settle()
    assert h.texts()[-3:] == [
        "Bo is no longer banned in Anti-spam league.",
        "Sid is no longer an admin of the federation Anti-spam league.",
        "This community left the federation Anti-spam league.",
    ]
    assert status(h, CHAT_ID, BO) == "left"
    world.say(SIDE_ID, SIDE_OWNER, f"/fban {ANN}")
    await h.settle()
    assert h.texts(SIDE_ID)[-1] == "Only admins of the federation Anti-spam league can use /fban."
    assert fed_id


async def test_bans_queued_during_a_bot_api_outage_are_carried_out_after_a_restart(
    driver, federated
):
    f = await federated(driver)
    h, world = f.h, f.h.world
    await setup_federation(f)
    h.fake.outage = 502  # Telegram refuses everything but getUpdates
    world.say(CHAT_ID, OWNER_ID, f"/fban {ANN} ban evasion")
    await h.fake.wait_until(lambda: ("banChatMember", 502) in h.fake.rejected)
    await h.engine.stop(drain_timeout=0)  # stopped with the bans still in the outbox
    assert status(h, CHAT_ID, ANN) == "member"
    h.fake.outage = None
    await f.start(OTHER[driver])
    await h.settle()
    assert status(h, CHAT_ID, ANN) == "kicked"
    assert status(h, SIDE_ID, ANN) == "kicked"
    outcomes = await AuditEntry.filter(action="ban", rule="federation").values_list(
        "chat", "outcome"
    )
    assert sorted(outcomes) == [
        (f"telegram:{CHAT_ID}", "done"),
        (f"telegram:{SIDE_ID}", "done"),
        (str(ROOM), "done"),
    ]
    assert h.texts()[-1].startswith("Federation ban in Anti-spam league: Ann")


async def test_the_owner_bans_from_wechat_with_a_linked_account(driver, federated):
    f = await federated(driver)
    h = f.h
    await setup_federation(f)
    olga_wx = await link(f, OWNER_ID, "olga_wx", "Olga W")
    await f.wx.say(ROOM, olga_wx, f"/fban telegram:user:{BO} spam bot")
    await f.wx.say(ROOM, Ref("wx:user:ann_wx"), f"/unfban telegram:user:{BO}")
    await h.settle()
    assert f.wx.texts(ROOM)[-2:] == [
        f"Federation ban in Anti-spam league: Bo (telegram:user:{BO}) is banned in 2 chats. "
        f"Reason: spam bot. Undo with /undo {(await AuditEntry.get(action='fban')).id}.",
        "Only admins of the federation Anti-spam league can use /unfban.",
    ]
    assert status(h, CHAT_ID, BO) == "kicked"
    assert status(h, SIDE_ID, BO) == "kicked"
