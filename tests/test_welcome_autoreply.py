"""Welcome with rules and buttons, onboarding in private, one welcome per join wave, /rules,
and keyword replies (exact, contains, regex, /filter) with a per-chat cooldown."""

from __future__ import annotations

from groupops.core.capabilities import Capability

RULES = {"en": "1. Be kind. 2. No ads.", "zh_Hans": "1. 友善交流 2. 禁止广告"}
WELCOME = {
    "rules": RULES,
    "buttons": [{"label": {"en": "Guide", "zh_Hans": "新手指南"}, "url": "https://example.org/g"}],
    "onboarding": "Hi {name}! Here is how {community} works: introduce yourself in the group.",
}


async def test_welcome_carries_rules_buttons_and_a_private_onboarding(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"welcome": WELCOME}}})
    ann = h.world.user("ann", "Ann")
    await h.world.join(h.chat, ann)
    await h.settle()
    [welcome] = h.world.bot_messages(h.chat)
    assert welcome.text == (
        "Welcome to Test Club, Ann! Please read the group rules and say hello.\n\n"
        "1. Be kind. 2. No ads."
    )
    assert [(b.label[0].text, b.url) for b in welcome.buttons] == [
        ("Guide", "https://example.org/g")
    ]
    assert h.world.private_texts(ann) == [
        "Hi Ann! Here is how Test Club works: introduce yourself in the group."
    ]


async def test_where_the_platform_has_no_buttons_the_welcome_lists_the_link(
    harness_factory, monkeypatch
):
    """IRC, Matrix, WeChat show no buttons: the Guide button's link is a line under the
    welcome, put there by the core for every such adapter, not dropped."""
    from groupops.adapters.local.adapter import LocalAdapter
    from groupops.core.events import MessageEdited

    monkeypatch.setattr(LocalAdapter, "delivers", frozenset({MessageEdited.kind}))
    h = await harness_factory({"rulesets": {"main": {"welcome": WELCOME}}})
    ann = h.world.user("ann", "Ann")
    await h.world.join(h.chat, ann)
    await h.settle()
    [welcome] = h.world.bot_messages(h.chat)
    assert welcome.text == (
        "Welcome to Test Club, Ann! Please read the group rules and say hello.\n\n"
        "1. Be kind. 2. No ads.\nGuide: https://example.org/g"
    )
    assert welcome.buttons == ()


async def test_no_onboarding_where_the_platform_has_no_private_messages(harness_factory):
    no_private = [c for c in Capability if c is not Capability.SEND_PRIVATE]
    h = await harness_factory({"rulesets": {"main": {"welcome": WELCOME}}}, capabilities=no_private)
    ann = h.world.user("ann", "Ann")
    await h.world.join(h.chat, ann)
    await h.settle()
    assert len(h.world.texts(h.chat)) == 1  # the welcome, and no mention standing in for a DM
    assert h.world.private_texts(ann) == []


async def test_a_refused_onboarding_message_is_not_said_in_the_group_instead(harness_factory):
    """On WeChat a newcomer is rarely the bot's friend: each join in each group got the
    welcome and, beside it, the onboarding text as a mention standing in for the refused DM."""
    h = await harness_factory({"rulesets": {"main": {"welcome": WELCOME}}})
    ann = h.world.user("ann", "Ann", started_bot=False)
    await h.world.join(h.chat, ann)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Welcome to Test Club, Ann! Please read the group rules and say hello.\n\n"
        "1. Be kind. 2. No ads."
    ]
    assert h.world.private_texts(ann) == []


async def test_a_join_wave_gets_one_welcome(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"welcome": {"coalesce": "1m"}}}})
    for name in ("ann", "bob", "cy"):
        await h.world.join(h.chat, h.world.user(name, name.capitalize()))
        h.clock.advance(seconds=10)
    await h.settle()
    assert h.world.texts(h.chat) == []
    h.clock.advance(minutes=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Welcome to Test Club, Ann, Bob, and Cy! Please read the group rules and say hello."
    ]


async def test_a_join_waves_names_are_listed_in_the_communitys_language(harness_factory):
    welcome = {"welcome": {"coalesce": "1m"}, "locale": "zh_Hans"}
    h = await harness_factory({"rulesets": {"main": welcome}})
    for name in ("莉莉", "老周", "Ann"):
        await h.world.join(h.chat, h.world.user(name, name))
        h.clock.advance(seconds=10)
    h.clock.advance(minutes=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    [text] = h.world.texts(h.chat)
    assert "莉莉、老周和Ann" in text, text


async def test_a_newcomer_removed_before_the_wave_ends_is_not_welcomed(harness_factory):
    """A spammer removed a minute after joining was still welcomed by name with the wave."""
    h = await harness_factory({"rulesets": {"main": {"welcome": {"coalesce": "1m"}}}})
    ann, spam = h.world.user("ann", "Ann"), h.world.user("spam", "Spammer")
    await h.world.join(h.chat, ann)
    await h.world.join(h.chat, spam)
    h.clock.advance(seconds=20)
    await h.world.leave(h.chat, spam)
    await h.settle()
    h.clock.advance(minutes=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Welcome to Test Club, Ann! Please read the group rules and say hello."
    ]


async def test_rules_on_demand_and_set_by_command(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"locale": "zh_Hans", "welcome": WELCOME}}})
    boss, ann = h.user("boss", owner=True), h.user("ann")
    await h.world.say(h.chat, ann, "/rules")
    await h.world.say(h.chat, ann, "/setrules none")
    await h.world.say(h.chat, boss, "/setrules 禁止广告，违者移出。")
    await h.world.say(h.chat, ann, "/rules")
    await h.world.say(h.chat, boss, "/setwelcome 欢迎 {name}！")
    await h.world.say(h.chat, boss, "/welcome off")
    await h.world.join(h.chat, h.world.user("dee", "Dee"))
    await h.world.say(h.chat, boss, "/welcome on")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "1. 友善交流 2. 禁止广告",
        "只有群主和副群主可以使用 /setrules。",
        "群规已保存。",
        "禁止广告，违者移出。",
        "欢迎语已保存。",
        "欢迎语已关闭。",
        "欢迎语已开启。",
        "欢迎 Boss！\n\n禁止广告，违者移出。",
    ]


AUTOREPLY = {
    "rules": [
        {"match": "exact", "pattern": "hi bot", "reply": "Hello {name}!", "cooldown": "10m"},
        {"match": "regex", "pattern": r"(price|价格)\s*\?", "reply": "See the pinned message."},
    ]
}


async def test_keyword_replies_exact_regex_and_cooldown(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"autoreply": AUTOREPLY}}})
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "Hi Bot")
    await h.world.say(h.chat, bob, "hi bot")  # within the cooldown: silent
    await h.world.say(h.chat, ann, "hi bot, how are you")  # not exact
    await h.world.say(h.chat, bob, "what's the PRICE ?")
    h.clock.advance(minutes=11)
    await h.world.say(h.chat, bob, "hi bot")
    h.clock.advance(minutes=11)
    await h.world.say(h.chat, bob, "/ask@OtherBot price ?")  # a command, not a question: silent
    await h.settle()
    assert h.world.texts(h.chat) == ["Hello Ann!", "See the pinned message.", "Hello Bob!"]


async def test_filters_by_command(harness_factory):
    h = await harness_factory({})
    boss, ann = h.user("boss", owner=True), h.user("ann")
    await h.world.say(h.chat, boss, '/filter "good morning" Morning! Coffee is on the left.')
    await h.world.say(h.chat, boss, "/filter wifi The password is on the fridge.")
    await h.world.say(h.chat, ann, "Good morning everyone")
    await h.world.say(h.chat, ann, "/filters")
    await h.world.say(h.chat, boss, "/stop wifi")
    await h.world.say(h.chat, ann, "what is the wifi?")
    await h.world.say(h.chat, boss, "/stop nothing")
    await h.settle()
    assert h.world.texts(h.chat) == [
        'Saved: I will answer "good morning".',
        'Saved: I will answer "wifi".',
        "Morning! Coffee is on the left.",
        "2 keyword replies: good morning, wifi",
        'Removed the keyword reply "wifi".',
        'There is no keyword reply "nothing".',
    ]


async def test_a_join_wave_survives_a_restart(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"welcome": {"coalesce": "1m"}}}})
    for name in ("ann", "bob"):
        await h.world.join(h.chat, h.world.user(name, name.capitalize()))
    await h.settle()
    await h.restart()  # the wave's names were only in memory
    h.clock.advance(minutes=2)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Welcome to Test Club, Ann and Bob! Please read the group rules and say hello."
    ]
