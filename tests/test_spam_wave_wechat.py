"""A spam wave across two platforms: deleted on the local chat, its copy in a WeChat room
(a real Wechaty peer over gRPC) is caught as a wave from that second message."""

from __future__ import annotations

from support.wechat_fixtures import new_room, until

from groupops.core.storage.models import AuditEntry

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
        "@Bob\u2005 please mind the group rules: a copy of a spam message."
    ]
    entry = await AuditEntry.filter(rule="waves").first()
    assert entry.target == "wechat:user:bob"
    assert "like spam seen in local:main" in entry.evidence
