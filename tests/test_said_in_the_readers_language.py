"""What members and admins of Russian and Chinese groups read: ladder steps, rules, durations,
language names, the moderation log, the default shop and report percentages in their language,
never a stored word (`ban`, `manual`, `1h`, `en`, `done`) or an English number format."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from groupops.core.i18n import render_text
from groupops.core.metrics.config import HealthConfig
from groupops.core.metrics.history import Day, History, Scope
from groupops.core.metrics.kpis import Kpi, activity_rate, leave_rate
from groupops.core.metrics.periods import Period
from groupops.core.metrics.report import kpi_line
from groupops.core.segments import T

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)

CLASSIFIER = {"classifier": {"enabled": True}, "waves": {"enabled": True}}
UNSEEN_AD = "Selling cheap garden gnomes wholesale, ask for the catalogue"


def club(locale: str, **moderation) -> dict:
    return {
        "rulesets": {"main": {"moderation": {**CLASSIFIER, **moderation}}},
        "communities": {"club": {"locale": locale}},
    }


def last_id(h, user) -> str:
    return [m.id for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1]


async def test_spam_and_notspam_name_the_step_and_what_was_undone(harness_factory):
    h = await harness_factory(club("ru"))
    boss, seller, ann = h.user("boss", admin=True), h.user("seller"), h.user("ann")
    await h.world.say(h.chat, seller, UNSEEN_AD)
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, seller))
    await h.settle()  # its answer waits for the ban: Ann's reminder, sent meanwhile, came first
    await h.world.say(
        h.chat, ann, "Who wants to earn money from home? My shop pays per day, ask me"
    )
    await h.settle()
    await h.world.say(h.chat, boss, f"/notspam {last_id(h, ann)}")
    await h.settle()
    said = h.world.texts(h.chat)
    # the ban's notice follows the ban, then the answer ("…: Seller, ban." before)
    assert said[:2] == ["@Seller, вы заблокированы: спам.", "Отмечено как спам: Seller, бан."]
    assert said[-1] == "Отмечено как не спам: Ann; отменено: предупреждение."  # was "…: warn."


async def test_warns_say_the_rule_and_a_mute_its_duration_in_words(harness_factory):
    h = await harness_factory(club("zh_Hans"))
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "大家好")
    for command in ("/warn", "/warns", "/tmute 1h30m"):
        await h.world.say(h.chat, boss, command, reply_to=last_id(h, ann))
    await h.settle()  # the log reads "queued" for an action the platform has not answered yet
    await h.world.say(h.chat, boss, "/log")
    await h.world.say(h.chat, boss, "/setlang ru")
    await h.settle()
    said = h.world.texts(h.chat)
    assert said[2] == "Ann 有 1 次警告：管理员的决定。"  # was "…：manual。"
    assert said[3] == "@Ann 已被禁言 1小时和30分钟：管理员的决定。"  # was "1h30m"
    log = said[4].splitlines()[1:]
    assert [line.split()[3] for line in log] == ["禁言", "提醒", "警告"]  # mute, remind, warn
    assert {line.split()[-1] for line in log} == {"已完成"}  # done
    assert said[5] == "Теперь ваш язык: русский."  # was "…: ru."


async def test_a_russian_group_reads_the_default_shop_in_russian(harness_factory):
    h = await harness_factory(club("ru"))
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/shop")
    await h.world.say(h.chat, ann, "/setlang en")
    await h.settle()
    shop, language = h.world.texts(h.chat)
    assert shop.splitlines()[1] == "1. trial · Пробный доступ к премиум-функциям · 100 баллов"
    assert language == "Your language is now English."  # was "…now en."


def test_durations_are_said_exactly_in_words():
    for locale, said in (("ru", "1 час и 30 минут"), ("zh_Hans", "1小时和30分钟"),
                         ("en", "10 days")):  # fmt: skip
        delta = timedelta(hours=1, minutes=30) if locale != "en" else timedelta(days=10)
        assert render_text(T("{d}", d=delta), locale) == said
    # weeks only when whole: "1 week and 3 days" made the reader add up
    assert render_text(T("{d}", d=timedelta(days=14)), "en") == "2 weeks"


def test_arabic_durations_follow_their_preposition():
    # `لمدة` (for) and `خلال` (within) govern the genitive: the dual is ساعتين, not ساعتان
    for delta, said in ((timedelta(hours=2), "ساعتين"), (timedelta(days=2), "يومين"),
                        (timedelta(minutes=2), "دقيقتين"), (timedelta(days=14), "أسبوعين"),
                        (timedelta(days=11), "11 يومًا"), (timedelta(hours=1), "ساعة")):  # fmt: skip
        assert render_text(T("{d}", d=delta), "ar") == f"\u2068{said}\u2069"
    # Persian says one unit in words
    assert render_text(T("{d}", d=timedelta(hours=1)), "fa") == "\u2068یک ساعت\u2069"


def test_report_percentages_in_the_readers_number_format():
    line = kpi_line(Kpi("activity", 1.0, 7, 7), HealthConfig())
    assert render_text(line, "ru") == "доля активных: 100,0\xa0% (в норме)"  # was "100.0%"
    assert render_text(line, "zh_Hans") == "活跃度：100.0%（健康）"
    assert render_text(line, "en") == "activity rate: 100.0% (healthy)"


def history(days: list[Day], basis: str, start: int) -> History:
    period = Period.containing("day", days[0].day)
    scope = Scope("zh", ("local:main",))
    return History(scope, period, NOW, days, basis, start, first_recorded=days[0].day)


def test_removed_speakers_count_among_the_days_members():
    # 7 spoke, 2 of them were removed that day: 5 members at its end, 7 during it
    day = Day(date(2026, 3, 2), speakers=7, removals=2, members=5)
    assert activity_rate(history([day], "seen", 7)).value == 1.0  # was 7 / 5: 140 %
    # a platform count taken before two newcomers spoke: never fewer than the speakers
    day = Day(date(2026, 3, 2), speakers=7, joins=2, members=5)
    assert activity_rate(history([day], "reported", 5)).value == 1.0


def test_a_days_leaves_are_not_extrapolated_to_a_week():
    day = Day(date(2026, 3, 2), leaves=2, members=5)
    assert leave_rate(history([day], "reported", 5)).value == 2 / 5  # was 2 x 7 / 5: 280 %
