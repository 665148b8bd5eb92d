"""A shared ban list: a ban in one community keeps the member out of every linked chat, now
and on their next join; /unban lifts it everywhere."""

from __future__ import annotations

from groupops.core.refs import Ref

SIDE = Ref("local:side")
ELSEWHERE = Ref("local:elsewhere")
SETTINGS = {
    "rulesets": {
        "main": {"moderation": {"shared_bans": "acme"}},
        "solo": {"timezone": "UTC"},
    },
    "communities": {
        "side": {"ruleset": "main", "chats": [SIDE], "title": "Side"},
        "elsewhere": {"ruleset": "solo", "chats": [ELSEWHERE]},
    },
}


async def test_a_ban_applies_in_every_linked_chat_and_on_the_next_join(harness_factory):
    h = await harness_factory(SETTINGS)
    boss = h.user("boss", admin=True)
    ann = h.user("ann")
    h.world.add_member(SIDE, ann)
    h.world.add_member(ELSEWHERE, ann)
    dan = h.user("dan")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, dan, "hi")
    await h.world.say(h.chat, boss, "/ban @ann scam")
    await h.world.say(h.chat, boss, "/tban @dan 3d scam")
    await h.settle()
    assert h.world.texts(h.chat)[-2:] == [
        "@Ann has been banned: scam.",
        "@Dan has been banned for 3 days: scam.",
    ]
    assert h.world.chats[SIDE].members[ann].status == "banned"
    assert h.world.chats[ELSEWHERE].members[ann].status == "member"  # not on the list
    # Dan was never in the side chat: he is kept out there too, and a join is answered
    assert h.world.chats[SIDE].members[dan].status == "banned"
    h.world.chats[SIDE].members[dan].status = "left"  # as if the platform let him in
    await h.world.join(SIDE, dan)
    await h.settle()
    assert h.world.chats[SIDE].members[dan].status == "banned"
    assert h.world.texts(SIDE) == []  # no welcome for him
    await h.world.say(h.chat, boss, "/unban local:user:dan")
    await h.settle()
    await h.world.join(SIDE, dan)
    await h.settle()
    assert h.world.texts(SIDE) == [
        "Welcome to Side, Dan! Please read the group rules and say hello."
    ]


async def test_a_listed_member_rejoining_is_banned_and_asked_no_captcha(harness_factory):
    settings = {
        "rulesets": {"main": {"moderation": {"shared_bans": "acme"}, "captcha": {"enabled": True}}},
        "communities": {"side": {"ruleset": "main", "chats": [SIDE], "title": "Side"}},
    }
    h = await harness_factory(settings)
    boss = h.user("boss", admin=True)
    dan = h.user("dan")
    await h.world.say(h.chat, dan, "hi")
    await h.world.say(h.chat, boss, "/ban @dan scam")
    await h.settle()
    h.world.chats[SIDE].members[dan].status = "left"  # as if the platform let him in
    await h.world.join(SIDE, dan)
    await h.settle()
    assert h.world.chats[SIDE].members[dan].status == "banned"
    assert h.world.texts(SIDE) == []  # no captcha question, no welcome
    ann = h.user("ann")
    await h.world.join(SIDE, ann)
    await h.settle()
    assert h.world.texts(SIDE) == [  # anyone else is asked as before
        "@Ann, welcome! Press the button below within 5 minutes to show you are human, "
        "or you will be removed."
    ]
