"""The WeChat adapter against a real Wechaty puppet service (the mock world over gRPC)."""

from __future__ import annotations

from support.wechat_fixtures import new_room, until

from groupops.core.refs import Ref
from groupops.core.storage.models import Member


def texts(peer, room: str) -> list[str]:
    return [m["text"] for m in peer("sent", conversation=room)]


async def test_a_member_who_joins_is_welcomed_with_the_inviter_known(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    h = await wechat_factory(room)
    wechaty_peer("add", room=room, members=["newbie"], by="ann")
    sent = await until(h, lambda: texts(wechaty_peer, room))
    assert sent == ["Welcome to Test Club, newbie! Please read the group rules and say hello."]
    member = await Member.get(community="club", key=Ref.user("wechat", "newbie"))
    assert member.status == "member" and member.joined_at is not None
