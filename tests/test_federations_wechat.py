"""A federation ban on Telegram reaching WeChat through the Wechaty bridge: a member whose
Telegram and WeChat accounts are linked is banned in the Telegram chats of two communities and
removed from the WeChat room (WeChat has no bans: the ruleset's fallback), removed again when
added back while banned, and let back once the ban is undone."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from support.wechat_fixtures import new_room, until, wechat_adapter

from groupops.core.storage.models import AuditEntry

SIDE_ID = -1009876543210
SIDE_OWNER = 20
ANN = 42


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_federation_ban_removes_the_linked_wechat_account(driver, db_url, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann", "bob": "Bob"})
    settings = {
        "communities": {
            "club": {
                "chats": [f"telegram:{CHAT_ID}", f"wechat:{room}"],
                "linked_accounts": [[f"telegram:user:{ANN}", "wechat:user:ann"]],
            },
            "side": {"ruleset": "main", "chats": [f"telegram:{SIDE_ID}"], "title": "Side"},
        }
    }
    h = await TelegramHarness.open(driver, db_url, settings)
    wechat = wechat_adapter(wechaty_peer)
    h.engine.adapters["wechat"] = wechat
    await wechat.start(h.engine)
    try:
        world = h.world
        world.group(SIDE_ID, "Side")
        world.user(SIDE_OWNER, "Sid")
        world.add_member(SIDE_ID, SIDE_OWNER, "creator")
        h.member(ANN, "Ann")
        world.add_member(SIDE_ID, ANN)
        world.add_member(SIDE_ID, OWNER_ID)
        world.say(CHAT_ID, OWNER_ID, "/newfed Neighbours")
        await h.settle()
        fed_id = h.texts()[-1].split("its id is ")[1].split(".")[0]
        world.say(CHAT_ID, OWNER_ID, f"/joinfed {fed_id}")
        world.say(SIDE_ID, SIDE_OWNER, f"/joinfed {fed_id}")
        # in the side community, which knows nothing of Ann's WeChat account
        ad = world.say(SIDE_ID, ANN, "followers for sale, DM me")
        await h.settle()
        world.say(SIDE_ID, OWNER_ID, "/fban selling followers", reply_to_message=ad)
        await until(h, lambda: "ann" not in wechaty_peer("members", room=room))
        assert "ann" not in wechaty_peer("members", room=room)
        assert world.chats[CHAT_ID].status(ANN) == "kicked"
        assert world.chats[SIDE_ID].status(ANN) == "kicked"
        fban = await AuditEntry.get(action="fban")
        assert h.texts(SIDE_ID)[-1] == (
            f"Federation ban in Neighbours: Ann (telegram:user:{ANN}) is banned in 3 chats. "
            f"Reason: selling followers. Undo with /undo {fban.id}."
        )
        assert fban.evidence == "followers for sale, DM me"
        on_wechat = await AuditEntry.get(action="ban", chat=f"wechat:{room}")
        assert (on_wechat.target, on_wechat.outcome) == ("wechat:user:ann", "degraded")

        # added back on WeChat while banned: removed on arrival
        wechaty_peer("add", room=room, members=["ann"], by="bob")
        assert await until(h, lambda: AuditEntry.exists(action="kick", rule="federation"))
        await until(h, lambda: "ann" not in wechaty_peer("members", room=room))
        assert "ann" not in wechaty_peer("members", room=room)

        world.say(SIDE_ID, SIDE_OWNER, f"/undo {fban.id}")  # in the log where it was decided
        await h.settle()
        assert h.texts(SIDE_ID)[-1].startswith("Undone: federation ban for ")
        assert world.chats[CHAT_ID].status(ANN) == "left"  # unbanned, may come back
        removals = await AuditEntry.filter(action="kick", rule="federation").count()
        wechaty_peer("add", room=room, members=["ann"], by="bob")

        def welcomed() -> bool:
            return any("Welcome" in m["text"] for m in wechaty_peer("sent", conversation=room))

        assert await until(h, welcomed)  # an ordinary newcomer again
        assert "ann" in wechaty_peer("members", room=room)
        assert await AuditEntry.filter(action="kick", rule="federation").count() == removals
    finally:
        await h.close()
