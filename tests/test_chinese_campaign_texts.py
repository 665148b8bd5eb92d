"""Campaign texts as a Simplified Chinese reader sees them: a title or gift inserted into a
sentence is quoted “…” with no spaces around it or around a member's name, a giveaway's
kind word is not said twice next to its title, and names are joined with 、 and 和."""

from __future__ import annotations

from datetime import timedelta

from support.campaigns import fire
from support.harness import START

ZH = {"communities": {"club": {"locale": "zh_Hans"}}}
REFERRAL = {
    "kind": "referral", "goal": 1, "stay_days": 1, "ends": "10d",
    "title": "邀请3人进群送水果", "gift": "免费水果一箱",
}  # fmt: skip


async def test_a_referral_quotes_its_title_and_sets_no_spaces_around_names(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"campaigns": {"grow": REFERRAL}}}, **ZH})
    inviter, friend = h.user("成员01"), h.user("小红")
    await h.world.say(h.chat, inviter, "/invite")
    await h.settle()
    launch = next(t for t in h.world.texts(h.chat) if "/invite" in t)
    assert launch.startswith("“邀请3人进群送水果”：邀请1位好友入群并停留1天、参与发言，")
    assert "即可获得免费水果一箱。" in launch
    link = "https://local.invalid/main/+1"
    assert h.world.private_texts(inviter) == [f"你在“邀请3人进群送水果”的专属邀请链接：{link}"]
    await h.world.join(h.chat, friend, link=link)
    await h.settle()
    h.clock.set(START + timedelta(hours=2))
    await h.world.say(h.chat, friend, "大家好")
    await h.settle()
    await fire(h, START + timedelta(days=1, hours=3))
    assert h.world.texts(h.chat)[-1] == "@成员01达成了“邀请3人进群送水果”的目标，获得免费水果一箱！"
    assert h.world.private_texts(inviter)[-1] == "你邀请的小红已确认（1/1）。"


async def test_giveaway_entries_are_listed_the_chinese_way_without_a_doubled_kind(
    harness_factory,
):
    h = await harness_factory(ZH)
    boss = h.user("boss", admin=True)
    members = [h.user(name) for name in ("成员03", "成员04", "成员06", "成员25")]
    await h.world.say(
        h.chat, boss, "/campaign new lottery weekend ends=1d prize=机械键盘 title=周末抽奖"
    )
    for member in members:
        await h.world.say(h.chat, member, "/join weekend")
    await h.settle()
    assert h.world.texts(h.chat)[0].startswith("“周末抽奖”：奖品“机械键盘”，共 1 名中奖者，")
    assert "成员03已参加“周末抽奖”（共 1 人）。" in h.world.texts(h.chat)
    await fire(h, h.clock.now() + timedelta(seconds=60))  # the minute's entries, told together
    assert h.world.texts(h.chat)[-1] == "成员04、成员06和成员25已参加“周末抽奖”（共 4 人）。"


async def test_the_referral_ranking_sets_a_name_ending_in_digits_apart_from_its_count(
    harness_factory,
):
    h = await harness_factory({"rulesets": {"main": {"campaigns": {"grow": REFERRAL}}}, **ZH})
    inviter, friend = h.user("成员01"), h.user("小红")
    await h.world.say(h.chat, inviter, "/invite")
    await h.settle()
    await h.world.join(h.chat, friend, link="https://local.invalid/main/+1")
    h.clock.set(START + timedelta(hours=2))
    await h.world.say(h.chat, friend, "大家好")
    await h.settle()
    await fire(h, START + timedelta(days=1, hours=3))
    await h.world.say(h.chat, inviter, "/referrals")
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines()[1] == "1. 成员01 · 1 人"  # was "成员01 1 人"


async def test_a_challenge_paying_points_and_a_coupon_says_both(harness_factory):
    week = {
        "kind": "challenge", "days": 2, "ends": "3d", "points": 20,
        "coupon": "满100减20优惠券", "title": "连续签到2天",
    }  # fmt: skip
    h = await harness_factory({"rulesets": {"main": {"campaigns": {"week": week}}}, **ZH})
    member = h.user("成员03")
    await h.world.say(h.chat, member, "签到")
    h.clock.set(START + timedelta(hours=20))  # the next community day
    await h.world.say(h.chat, member, "签到")
    await h.settle()
    launch = next(t for t in h.world.texts(h.chat) if t.startswith("打卡挑战"))
    assert "连续签到 2 天即可获得20 积分和优惠券“满100减20优惠券”。" in launch
    checkins = [t for t in h.world.texts(h.chat) if t.startswith("成员03 签到成功")]
    assert checkins == [  # one message a check-in: the challenge is a line of the reply
        "成员03 签到成功：+1 积分。已连续签到 1 天，当前积分 1。\n"
        "挑战“连续签到2天”：第 1 天，共 2 天。",
        "成员03 签到成功：+1 积分。已连续签到 2 天，当前积分 2。\n"
        "成员03完成了挑战“连续签到2天”：连续 2 天！奖励：20 积分和优惠券“满100减20优惠券”。",
    ]
    assert await h.balance(member) == 2 + 20  # the two check-ins and the reward, as said


async def test_top_says_the_points_unit(harness_factory):
    h = await harness_factory(ZH)
    member = h.user("成员03")
    await h.world.say(h.chat, member, "签到")
    await h.world.say(h.chat, member, "/top")
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines()[1] == "1. 成员03 · 1 积分"  # was "成员03 · 1"


async def test_tier_names_perks_in_the_readers_words(harness_factory):
    perks = {"volunteer": ["moderation_exempt", "snacks", "meetup"]}
    names = {"snacks": {"en": "free snacks", "zh_Hans": "免费零食"}}
    tiers = {"tiers": {"perks": perks, "perk_names": names}}
    h = await harness_factory({"rulesets": {"main": tiers}, **ZH})
    boss = h.user("boss", admin=True)  # an admin holds the volunteers' perks
    await h.world.say(h.chat, boss, "/tier")
    await h.settle()
    # was "权益：meetup, moderation_exempt, snacks。"
    assert h.world.texts(h.chat)[-1].endswith("权益：线下聚会、免自动审核和免费零食。")
