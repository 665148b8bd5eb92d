"""WeChat through a real Wechaty peer over gRPC: a spam wave deleted on the local chat is
caught in the room from its second message, and /spam by id from the admin chat removes a
room member and teaches the community."""

from __future__ import annotations

import re

from support.wechat_fixtures import new_room, until

from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, SpamLesson

WAVES = {
    "rulesets": {
        "main": {"moderation": {"blocklist": {"words": ["加微信"]}, "waves": {"enabled": True}}}
    }
}


async def test_the_copy_in_the_wechat_room_is_caught_as_a_wave(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"bob": "Bob"})
    h = await wechat_factory(room, WAVES)
    ann = h.user("ann")
    await h.world.say(
        h.chat, ann, "Selling cheap garden gnomes wholesale, 加微信 for the catalogue"
    )
    await h.settle()
    wechaty_peer(
        "say", **{"from": "bob"}, room=room,
        text="Selling cheap garden gnomes wholesale!! add me for the catalogue",
    )  # fmt: skip
    sent = await until(h, lambda: wechaty_peer("sent", conversation=room))
    assert [m["text"] for m in sent] == [
        "@Bob\u2005please mind the group rules: a copy of a spam message."
    ]
    entry = await AuditEntry.filter(rule="waves").first()
    assert entry.target == "wechat:user:bob"
    assert "like spam seen in local:main" in entry.evidence


REVIEWED = {
    "rulesets": {
        "main": {"moderation": {"classifier": {"enabled": True, "threshold": 0.9999,
                                               "review": 0.5}}}
    },
    "communities": {"club": {"admin_chat": "local:admins"}},
}  # fmt: skip


async def test_spam_by_id_from_the_admin_chat_removes_the_wechat_sender_and_teaches(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"bob": "Bob"})
    h = await wechat_factory(room, REVIEWED)
    admins = Ref("local:admins")
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    h.world.add_member(admins, boss, "admin")
    wechaty_peer("say", **{"from": "bob"}, room=room, text="Who wants extra money? Message me")
    assert await until(h, lambda: h.world.texts(admins))
    (review,) = h.world.texts(admins)
    wanted = re.search(r"/spam (\S+)", review).group(1)  # WeChat shows no ids: the review does
    await h.world.say(admins, boss, f"/spam {wanted}")
    assert await until(h, lambda: "bob" not in wechaty_peer("members", room=room))
    assert "Learned as spam: Bob, ban." in h.world.texts(admins)
    assert await SpamLesson.filter(label="spam", scope="community:club").count() == 1
