"""Referral campaigns against members gaming them: nothing is paid while the campaign is
paused, a banned inviter is neither paid nor ranked, a member who was there before the bot
cannot claim a code, and a second join or code never rewrites the first record."""

from __future__ import annotations

from datetime import timedelta

from support.campaigns import fire
from support.harness import START
from test_referral import settings

from groupops.core.campaigns.referral import personal_code
from groupops.core.storage.models import AuditEntry, CampaignEntry

LINK = "https://local.invalid/main/+1"


async def _invited(h, *names: str) -> list:
    """Ann's link; each named member joins through it and says hello."""
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/invite")
    await h.settle()
    invitees = [h.user(name) for name in names]
    for invitee in invitees:
        await h.world.join(h.chat, invitee, link=LINK)
        await h.world.say(h.chat, invitee, "hello all")
    await h.settle()
    return [ann, *invitees]


async def test_nothing_is_paid_while_paused_and_it_is_paid_once_resumed(harness_factory):
    h = await harness_factory(settings())
    boss = h.user("boss", admin=True)
    ann, bob = await _invited(h, "bob")
    await h.world.say(h.chat, boss, "/campaign pause grow")
    await h.settle()
    await fire(h, START + timedelta(days=3, minutes=1))  # Bob's stay is over
    assert await h.balance(ann) == 0
    assert (await CampaignEntry.get(member=bob)).status == "pending"
    await h.world.say(h.chat, boss, "/campaign resume grow")
    await h.settle()
    await fire(h, START + timedelta(days=3, hours=1, minutes=2))
    assert (await CampaignEntry.get(member=bob)).status == "confirmed"
    assert await h.balance(ann) == 10
    assert h.world.private_texts(ann)[-1] == "Your invite of Bob is confirmed (1 of 2)."


async def test_a_join_by_link_while_paused_is_recorded_and_paid_after_the_resume(
    harness_factory,
):
    h = await harness_factory(settings())
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/invite")
    await h.world.say(h.chat, boss, "/campaign pause grow")
    await h.world.say(h.chat, ann, "/invite")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "grow is paused: no new invite links until it resumes. Friends who join through a link "
        "handed out before still count once it resumes."
    )
    bob = h.user("bob")
    await h.world.join(h.chat, bob, link=LINK)  # the link works while paused
    await h.world.say(h.chat, bob, "hello all")  # and what Bob says then counts
    await h.settle()
    assert h.world.private_texts(ann)[-1] == (
        "Bob joined the group through your invite (grow); it counts once they have stayed 3 "
        "days and spoken."
    )
    await fire(h, START + timedelta(days=3, minutes=1))  # the stay ends while paused
    assert await h.balance(ann) == 0
    await h.world.say(h.chat, boss, "/campaign resume grow")
    await h.settle()
    await fire(h, START + timedelta(days=3, hours=1, minutes=2))
    assert (await CampaignEntry.get(member=bob)).status == "confirmed"
    assert await h.balance(ann) == 10
    assert h.world.private_texts(ann)[-1] == "Your invite of Bob is confirmed (1 of 2)."


async def test_a_banned_inviter_is_neither_paid_nor_ranked(harness_factory):
    h = await harness_factory(settings())
    boss = h.user("boss", admin=True)
    ann, bob, cat = await _invited(h, "bob", "cat")
    await h.world.say(h.chat, boss, f"/ban {ann} referral fraud")
    await h.settle()
    await fire(h, START + timedelta(days=3, minutes=1))
    assert await h.balance(ann) == 0
    assert not any("reached the goal" in text for text in h.world.texts(h.chat))
    statuses = dict(await CampaignEntry.all().values_list("member", "status"))
    assert statuses == {bob: "rejected", cat: "rejected"}
    await fire(h, START + timedelta(days=10))
    assert h.world.texts(h.chat)[-1] == "grow has ended: 0 members reached the goal."


async def test_a_member_from_before_the_bot_cannot_claim_a_code(harness_factory):
    h = await harness_factory(settings())
    ann, old = h.user("ann"), h.user("old")
    await h.world.say(h.chat, ann, "/invite")
    await h.world.say(h.chat, old, "hi, I have been here for years")  # no join ever seen
    await h.settle()

    code = personal_code("club", "grow", ann)
    await h.world.say(h.chat, old, f"/code {code}")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "Invite codes count only for members who joined in the last 3 days."
    )
    assert await CampaignEntry.all().count() == 0


async def test_a_later_join_or_code_never_rewrites_the_first_record(harness_factory):
    h = await harness_factory(settings(stay_days=1))
    ann, bob = await _invited(h, "bob")
    cat = h.user("cat")
    await h.world.say(h.chat, cat, "/invite")
    await h.settle()
    await fire(h, START + timedelta(days=1, minutes=1))
    assert (await CampaignEntry.get(member=bob)).status == "confirmed"
    await h.world.say(h.chat, bob, f"/code {personal_code('club', 'grow', cat)}")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Your invite is already recorded."
    entry = await CampaignEntry.get(member=bob)
    assert entry.status == "confirmed" and ann in str(entry.data)
    await h.world.say(h.chat, ann, "/referrals")
    await h.settle()
    assert "1. Ann · 1 invite" in h.world.texts(h.chat)[-1]
    assert not await AuditEntry.exists(action="referral.rejected", actor=cat)


async def test_the_announcement_says_one_day_in_the_singular(harness_factory):
    h = await harness_factory(settings(stay_days=1))
    await h.world.say(h.chat, h.user("ann"), "hello")  # the community's first event launches it
    await h.settle()
    assert h.world.texts(h.chat)[0] == (
        "Referral campaign grow: invite 2 friends who stay 1 day and take part to earn 10 "
        "points. Send /invite for your personal link; /referrals shows the ranking."
    )
