"""Earning rules through the local adapter: answers, shares, organisers and invites, each
with the limits that stop farming."""

from __future__ import annotations

from datetime import timedelta

from groupops.core.storage.models import LedgerEntry, Referral


async def post(h, user, text, reply_to=None) -> str:
    await h.world.say(h.chat, user, text, reply_to=reply_to)
    return [m for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1].id


def limits(**points) -> dict:
    return {"rulesets": {"main": {"points": points}}}


async def test_helpful_answer_by_reaction_or_thanks(harness_factory):
    h = await harness_factory()
    ann, bob, cat = h.user("ann"), h.user("bob"), h.user("cat")
    question = await post(h, bob, "How do I deploy this?")
    answer = await post(h, ann, "Run make deploy from the repo root", reply_to=question)
    await h.world.react(h.chat, cat, answer, "👍")  # not the asker: nothing
    await h.world.react(h.chat, bob, answer, "👍")
    await h.world.react(h.chat, bob, answer, "❤")  # the same answer pays once
    other = await post(h, cat, "Where are the docs?")
    reply = await post(h, ann, "In the wiki, section Setup", reply_to=other)
    await post(h, cat, "thanks, found it", reply_to=reply)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann earned 3 points: helpful answer.",
        "Ann earned 3 points: helpful answer.",
    ]
    assert await h.balance(ann) == 6


async def test_answer_limits_pair_cooldown_receivers_length_and_daily_cap(harness_factory):
    h = await harness_factory(
        limits(max_receivers=2, limits={"answer": {"daily_cap": 6, "min_length": 10}})
    )
    ann, bob, cat, dan = h.user("ann"), h.user("bob"), h.user("cat"), h.user("dan")
    q1 = await post(h, bob, "Which database should I use?")
    answers = [
        await post(h, who, f"{who.local_id} says PostgreSQL, clearly", reply_to=q1)
        for who in (ann, cat, dan)
    ]
    for answer in answers:  # only the first two answerers are paid
        await h.world.react(h.chat, bob, answer, "👍")
    short = await post(h, cat, "yes", reply_to=await post(h, dan, "Is it fast?"))
    await h.world.react(h.chat, dan, short, "👍")  # too short to count
    q2 = await post(h, bob, "And which ORM?")
    again = await post(h, ann, "Tortoise works well for us", reply_to=q2)
    await h.world.react(h.chat, bob, again, "👍")  # bob already rewarded ann today
    q3 = await post(h, dan, "Any hosting tips?")
    third = await post(h, ann, "A small VPS is plenty to start", reply_to=q3)
    await h.world.react(h.chat, dan, third, "👍")  # ann reaches the daily cap of 6
    q4 = await post(h, cat, "What about backups?")
    fourth = await post(h, ann, "pg_dump nightly plus WAL archiving", reply_to=q4)
    await h.world.react(h.chat, cat, fourth, "👍")  # over the cap: nothing
    h.clock.advance(days=1)
    q5 = await post(h, bob, "Which cache then?")
    later = await post(h, ann, "Redis, for the rate limits", reply_to=q5)
    await h.world.react(h.chat, bob, later, "👍")  # a day later the pair may reward again
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann earned 3 points: helpful answer.",
        "Cat earned 3 points: helpful answer.",
        "Ann earned 3 points: helpful answer.",
        "Ann earned 3 points: helpful answer.",
    ]
    assert await h.balance(ann) == 9


async def test_shares_by_admin_approval_or_reactions_with_cooldown(harness_factory):
    h = await harness_factory(limits(share_reactions=2))
    boss, ann, bob, cat = h.user("boss", admin=True), h.user("ann"), h.user("bob"), h.user("cat")
    guide = await post(h, ann, "A good guide: https://example.com/deploy")
    await h.world.react(h.chat, boss, guide, "⭐")
    plain = await post(h, bob, "I like this group a lot, really")  # no link: not a share
    await h.world.react(h.chat, ann, plain, "🔥")
    await h.world.react(h.chat, cat, plain, "🔥")
    h.clock.advance(minutes=11)
    tool = await post(h, bob, "Try https://example.com/tool for charts")
    await h.world.react(h.chat, ann, tool, "🔥")
    await h.world.react(h.chat, bob, tool, "🔥")  # one's own reaction does not count
    await h.world.react(h.chat, cat, tool, "👍")
    soon = await post(h, bob, "And https://example.com/other is nice")  # within bob's cooldown
    await h.world.say(h.chat, boss, "/valuable", reply_to=soon)
    await h.world.say(h.chat, boss, "/valuable", reply_to=guide)  # paid already
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann earned 5 points: valuable share.",
        "Bob earned 5 points: valuable share.",
        "No points this time: already rewarded, or a limit was reached.",
        "No points this time: already rewarded, or a limit was reached.",
    ]
    assert (await h.balance(ann), await h.balance(bob)) == (5, 5)


async def test_organiser_points_are_granted_by_admins(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await post(h, ann, "I can host the meetup")
    await h.world.say(h.chat, ann, "/organize @ann meetup")
    await h.world.say(h.chat, boss, "/organize @ann Spring meetup")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Only admins can use /organize.",
        "Ann earned 20 points: organised an event.",
    ]
    assert await h.balance(ann) == 20


async def test_invites_count_after_a_stay_and_a_word(harness_factory):
    h = await harness_factory()
    ann, dan, eve, gus, fay = (h.user(n) for n in ("ann", "dan", "eve", "gus", "fay"))
    await post(h, fay, "hello, I was here first")
    await h.world.leave(h.chat, fay)
    await h.world.join(h.chat, dan, inviter=ann)
    await h.world.join(h.chat, eve, inviter=ann)
    await h.world.join(h.chat, gus, inviter=ann)
    await h.world.join(h.chat, fay, inviter=ann)  # a re-join
    await h.world.join(h.chat, ann, inviter=ann)  # a self-invite
    await post(h, dan, "hi everyone")
    await h.world.leave(h.chat, eve)  # leaves before the week is out
    await h.world.say(h.chat, ann, "/points")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "Ann has 0 points. 2 invites are waiting for the invitees to stay and speak."
    )
    h.clock.advance(days=7, minutes=1)
    assert await h.run_due("points.invite") == 2  # dan's and gus's stays are over
    await h.settle()
    earned = [t for t in h.world.texts(h.chat) if "earned" in t]
    assert earned == ["Ann earned 10 points: invited a member."]
    h.clock.advance(days=1)
    await post(h, gus, "finally saying hi")  # gus spoke only after the week: now he counts
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Ann earned 10 points: invited a member."
    assert await h.balance(ann) == 20
    rows = await Referral.all().order_by("invitee").values_list("invitee", "status")
    assert rows == [(dan, "confirmed"), (eve, "dropped"), (gus, "confirmed")]
    assert await LedgerEntry.filter(reason="invite").count() == 2
    assert timedelta(days=7) <= h.clock.now() - (await Referral.get(invitee=gus)).joined_at


async def test_one_event_pays_its_organiser_once(harness_factory):
    """`/organize @mallory meetup` sent twice paid 40 points; now the second is refused, naming
    the event, even after a restart; another event, or the same one another day, pays."""
    h = await harness_factory()
    boss, mal = h.user("boss", admin=True), h.user("mallory")
    await post(h, mal, "I can host the meetup")
    await h.world.say(h.chat, boss, "/organize @mallory meetup")
    await h.world.say(h.chat, boss, "/organize @mallory meetup")
    await h.settle()
    await h.restart()
    await h.world.say(h.chat, boss, "/organize @mallory  Meetup")
    await h.world.say(h.chat, boss, "/organize @mallory")
    await h.world.say(h.chat, boss, "/organize @mallory cleanup day")
    h.clock.advance(days=1)
    await h.world.say(h.chat, boss, "/organize @mallory meetup")
    await h.settle()
    refused = (
        "Mallory was already paid today for organising “{}”. To pay for another event, name "
        "it: /organize @member EVENT."
    )
    assert h.world.texts(h.chat) == [
        "Mallory earned 20 points: organised an event.",
        refused.format("meetup"),
        refused.format("Meetup"),
        "Usage: /organize @member EVENT",
        "Mallory earned 20 points: organised an event.",
        "Mallory earned 20 points: organised an event.",
    ]
    assert await h.balance(mal) == 60
