"""A community's title per language: `title = { ru = …, de = …, zh_Hans = … }` is said in the
language each text is read in (the community's language, then the first, for others), and
`groupops check` names a title of another shape."""

from __future__ import annotations

from support.settings_cli import check_text

from groupops.core.refs import Ref

TITLES = {"ru": "Клуб бегунов", "de": "Lauftreff", "zh_Hans": "跑步俱乐部"}
SETTINGS = {
    "communities": {
        "club": {
            "title": TITLES,
            "chats": ["local:ru", "local:de", "local:zh", "local:en"],
            "locale": "ru",
            "chat_locales": {"local:de": "de", "local:zh": "zh_Hans", "local:en": "en"},
        }
    }
}
DE, ZH, EN = Ref("local:de"), Ref("local:zh"), Ref("local:en")


async def test_each_group_is_welcomed_with_the_title_in_its_own_language(harness_factory):
    h = await harness_factory(SETTINGS)
    greta, zhang, eve = (h.world.user(n, name) for n, name in
                         (("greta", "Greta"), ("zhang", "新人小张"), ("eve", "Eve")))  # fmt: skip
    await h.world.join(DE, greta)
    await h.world.join(ZH, zhang)
    await h.world.join(EN, eve)  # no English title: the community's (Russian) one
    await h.settle()
    assert h.world.texts(DE) == [
        "Willkommen in Lauftreff, Greta! Bitte lies die Gruppenregeln und sag Hallo."
    ]
    assert h.world.texts(ZH) == ["欢迎 新人小张 加入跑步俱乐部！请先阅读群规，再和大家打个招呼。"]
    assert h.world.texts(EN) == [
        "Welcome to Клуб бегунов, Eve! Please read the group rules and say hello."
    ]


async def test_an_operators_own_welcome_fills_in_the_title_of_its_language(harness_factory):
    welcome = {
        "de": "Hallo {name}, hier ist {community}.",
        "zh_Hans": "{name}，这里是{community}。",
    }
    settings = {**SETTINGS, "rulesets": {"main": {"welcome": {"text": welcome}}}}
    h = await harness_factory(settings)
    greta, zhang = h.world.user("greta", "Greta"), h.world.user("zhang", "小张")
    await h.world.join(DE, greta)
    await h.world.join(ZH, zhang)
    await h.settle()
    assert h.world.texts(DE) == ["Hallo Greta, hier ist Lauftreff."]
    assert h.world.texts(ZH) == ["小张，这里是跑步俱乐部。"]


COMMUNITY = """
[default.rulesets.main]
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001234567890"]
locale = "ru"
"""


def test_check_accepts_a_title_per_language(tmp_path):
    result = check_text(
        tmp_path,
        COMMUNITY + 'title = { ru = "Клуб бегунов", de = "Lauftreff", zh_Hans = "跑步俱乐部" }\n',
    )
    assert result.returncode == 0, result.stderr
    assert "OK (1 ruleset, 1 community" in result.stdout


def test_check_names_a_title_of_another_shape(tmp_path):
    for line, said in (
        ("title = 5", "communities.club.title: expected a text, or a table of texts by locale"),
        ("title = {}", "communities.club.title: an empty table: give at least one text"),
        ("title = { de = 5 }", "communities.club.title: de: expected a text, got 5"),
        (
            'title = { klingon = "Qapla" }',
            "communities.club.title: 'klingon' is not a known locale",
        ),
    ):
        result = check_text(tmp_path, COMMUNITY + line + "\n")
        assert result.returncode == 2, (line, result.stdout)
        assert said in result.stderr, (line, result.stderr)


async def test_a_private_answer_names_the_community_in_the_members_language(harness_factory):
    h = await harness_factory(SETTINGS)
    zhang = h.user("zhang", chat=ZH)
    await h.world.say(ZH, zhang, "大家好")  # seen in the Chinese group
    await h.settle()
    h.world.chat(zhang.local_id)
    await h.world.say_private(zhang, "/start")
    await h.settle()
    said = h.world.texts(h.world.chat(zhang.local_id).ref)[-1]
    assert said.startswith("我是 跑步俱乐部 的机器人："), said
