"""Vietnamese, Arabic and Persian: the platform's hint (`vi-VN`, `ar-EG`, `fa-IR`…) finds the
catalog, a member sees the bot's messages in it, and the count picks the plural form: Arabic has
six (0, 1, 2, 3–10, 11–99, 100 and up), Persian two, Vietnamese one. In Arabic and Persian every
interpolated value arrives between FSI and PDI (core/i18n/direction.py)."""

from __future__ import annotations

import pytest

from groupops.core.i18n import render_text
from groupops.core.metrics.config import HealthConfig
from groupops.core.metrics.kpis import Kpi
from groupops.core.metrics.report import kpi_line
from groupops.core.segments import TN

FSI, PDI = "\u2068", "\u2069"


def iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


# the language a member's app asks for, and the catalog that serves it (the cases of these
# tables run in test_catalog_phrases.py)
HINTS = [
    ("vi", "vi"),
    ("vi-VN", "vi"),
    ("ar", "ar"),
    ("ar-EG", "ar"),
    ("ar-SA", "ar"),
    ("ar-MA", "ar"),
    ("fa", "fa"),
    ("fa-IR", "fa"),
    ("fa-AF", "fa"),
]

# a newcomer greeted in the language of their app
WELCOMES = {
    "vi-VN": "Chào mừng Li đến với Test Club! Hãy đọc nội quy nhóm và chào mọi người nhé.",
    "ar-EG": f"أهلًا بك في {iso('Test Club')} يا {iso('Li')}! يُرجى قراءة قواعد المجموعة وإلقاء "
    "التحية.",
    "fa-IR": f"{iso('Li')}، به {iso('Test Club')} خوش آمدید! لطفاً قوانین گروه را بخوانید و سلام "
    "کنید.",
}

# a day's check-in, then an admin's gift of 7 points
POINTS = {
    "vi": [
        "Ann đã điểm danh: +1 điểm. 1 ngày liên tiếp, số dư 1.",
        "Ann nhận được 7 điểm (welcome gift). Số dư 8.",
    ],
    "ar": [
        f"تم تسجيل حضور {iso('Ann')}: {iso('+1')} نقطة. يوم واحد على التوالي، الرصيد {iso('1')}.",
        f"حصل {iso('Ann')} على {iso('7')} نقاط ({iso('welcome gift')}). الرصيد {iso('8')}.",
    ],
    "fa": [
        f"{iso('Ann')} حضور ثبت کرد: {iso('+1')} امتیاز. {iso('1')} روز پشت سر هم، موجودی "
        f"{iso('1')}.",
        f"{iso('Ann')} {iso('7')} امتیاز گرفت ({iso('welcome gift')}). موجودی {iso('8')}.",
    ],
}

# the noun after the count, for each n: Arabic's six forms, Persian's two, Vietnamese's one
PLURALS = {
    "ar": {
        0: "ليس لدى {name} أي نقاط بعد.",  # none yet
        1: "لدى {name} نقطة واحدة.",  # one and two are said in words, without the numeral
        2: "لدى {name} نقطتان.",
        3: "لدى {name} {n} نقاط.",
        10: "لدى {name} {n} نقاط.",
        11: "لدى {name} {n} نقطةً.",
        99: "لدى {name} {n} نقطةً.",
        100: "لدى {name} {n} نقطة.",
        102: "لدى {name} {n} نقطة.",
        103: "لدى {name} {n} نقاط.",  # counted by its last two digits, like 3
        1500: "لدى {name} {n} نقطة.",
    },
    "fa": {
        0: "{name} {n} امتیاز دارد.",
        1: "{name} {n} امتیاز دارد.",
        7: "{name} {n} امتیاز دارد.",
    },
    "vi": {0: "{name} có {n} điểm.", 1: "{name} có {n} điểm.", 1500: "{name} có {n} điểm."},
}


@pytest.mark.parametrize(
    ("locale", "n", "form"), [(loc, n, f) for loc, by in PLURALS.items() for n, f in by.items()]
)
def test_the_plural_form_follows_the_count(locale, n, form):
    message = TN("{name} has {n} point.", "{name} has {n} points.", n, name="Ann")
    rtl = locale != "vi"
    expected = form.format(
        name=iso("Ann") if rtl else "Ann",
        n=iso(f"{n:,}") if rtl else f"{n:,}".replace(",", "."),
    )
    assert render_text(message, locale) == expected


VI_CLUB = {
    "rulesets": {
        "main": {
            "campaigns": {
                "week": {
                    "kind": "challenge",
                    "title": "Điểm danh 7 ngày",
                    "ends": "10d",
                    "points": 20,
                }
            }
        }
    },
    "communities": {"club": {"locale": "vi"}},
}


async def test_a_vietnamese_group_reads_the_challenge_and_captcha_exemptions(harness_factory):
    h = await harness_factory(VI_CLUB)
    boss, lan = h.user("boss", admin=True), h.user("lan")
    h.world.chats[h.chat].members[boss].status = "owner"  # the captcha is the owner's setting
    await h.world.say(h.chat, lan, "/checkin")
    await h.world.say(h.chat, boss, "/captcha exempt @lan")
    await h.world.say(h.chat, boss, "/captcha unexempt @lan")
    await h.settle()
    said = h.world.texts(h.chat)
    # the title set apart, where it ran into the sentence ("Thử thách điểm danh Điểm danh 7 ngày:")
    assert said[1].startswith("Thử thách điểm danh “Điểm danh 7 ngày”: điểm danh 7 ngày liên tiếp")
    assert (  # the challenge's day is a line of the check-in's reply: one message a check-in
        "Lan đã điểm danh: +1 điểm. 1 ngày liên tiếp, số dư 1.\n"
        "Thử thách “Điểm danh 7 ngày”: ngày 1/7." in said
    )
    assert said[-2:] == [  # whom the exemption is about ("Họ sẽ không phải trả lời captcha.")
        "Lan sẽ không phải trả lời captcha.",
        "Lan sẽ phải trả lời captcha như mọi người khác.",
    ]


def test_report_labels_are_lower_case_in_vietnamese_as_in_english():
    # "tỷ lệ hoạt động: 25,0%" stood next to "Tỷ lệ giữ chân 7 ngày: …"
    for name in ("activity", "retention_7d", "retention_30d"):
        line = kpi_line(Kpi(name, 0.25, 1, 4), HealthConfig())
        for locale in ("en", "vi"):
            first = render_text(line, locale).lstrip("\u2068")[0]
            assert not first.isupper(), render_text(line, locale)
