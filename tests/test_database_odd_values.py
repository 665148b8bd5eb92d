"""Values PostgreSQL never takes (a NUL character, a name longer than its column) came from
outside and failed the commit every time it was tried: every later event of every chat
waited behind it for good. They are made to fit, and nothing waits."""

from __future__ import annotations

from groupops.core.storage.models import Member


async def test_a_nul_character_and_an_overlong_name_hold_up_nothing(harness_factory):
    h = await harness_factory()
    long_named = h.world.user("long", "N" * 300)
    nul_named = h.world.user("nul", "Nul\x00Name")
    for member in (long_named, nul_named):
        h.world.add_member(h.chat, member, "member")
    await h.world.say(h.chat, long_named, "hello, what is the price?")
    await h.world.say(h.chat, nul_named, "nul\x00in\x00text: the price?")
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "and the price for me?")
    await h.settle()
    counted = [(await Member.get(key=m)).messages for m in (long_named, nul_named, ann)]
    assert counted == [1, 1, 1]
    on_postgres = h.db_url.startswith("postgres")  # SQLite takes both as they are
    assert (await Member.get(key=long_named)).name == "N" * (255 if on_postgres else 300)
    # a control character in a name is shown (and so kept) as a space, on either database
    assert (await Member.get(key=nul_named)).name == "Nul Name"
    assert (await Member.get(key=ann)).messages == 1
