"""Telegram's `language_code` chooses the catalog when the community sets no language: through
both drivers against the fake Bot API, a newcomer whose app is in Traditional Chinese (zh-TW,
zh-HK) is asked in Traditional Chinese, one in Simplified in Simplified, one in Mexican Spanish
in Spanish, one in Portuguese in Brazilian Portuguese, one in Indonesian in Indonesian, ones in
Russian, Ukrainian and Austrian German in those languages, ones in Vietnamese, Egyptian Arabic
and Iranian Persian in those languages, and one in a language groupops has no
catalog for (ja) in the community's default (English)."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
CAPTCHA = {"rulesets": {"main": {"captcha": {"enabled": True, "mode": "button"}}}}


async def question_for(h: TelegramHarness, user_id: int, language: str) -> str:
    h.world.user(user_id, "Ann", language)
    h.world.join(CHAT_ID, user_id)
    await h.settle()
    (asked,) = [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]
    return asked["text"]


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("zh-TW", "Ann，歡迎！請在5 分鐘內點選下方按鈕證明你是真人，否則將被移出本群。"),
        ("zh-HK", "Ann，歡迎！請在5 分鐘內點選下方按鈕證明你是真人，否則將被移出本群。"),
        ("zh-hans", "Ann，欢迎！请在5分钟内点击下方按钮证明你是真人，否则将被移出本群。"),
        ("es-MX", "Ann, ¡te damos la bienvenida! Pulsa el botón de abajo en menos de 5 minutos "
                  "para demostrar que eres una persona; si no, se te expulsará del grupo."),
        ("ru-RU", "Ann, добро пожаловать! Нажмите кнопку ниже, чтобы подтвердить, что вы "
                  "человек; у вас 5 минут, иначе вас удалят."),
        ("uk-UA", "Ann, ласкаво просимо! Натисніть кнопку нижче, щоб підтвердити, що ви "
                  "людина; у вас є 5 хвилин, інакше вас видалять."),
        ("de-AT", "Ann, willkommen! Drück innerhalb von 5 Minuten den Knopf unten, um zu zeigen, "
                  "dass du ein Mensch bist, sonst wirst du entfernt."),
        ("vi-VN", "Ann, chào mừng bạn! Hãy bấm nút bên dưới trong vòng 5 phút để xác nhận bạn "
                  "là người, nếu không bạn sẽ bị mời ra."),
        # right to left: a mark first keeps the line right to left after the Latin mention, the
        # name and the question are isolated, and joined by the language's comma
        # (core/i18n/direction.py)
        ("ar-EG", "\u200f\u2068Ann\u2069، \u2068أهلًا بك! اضغط الزر أدناه خلال \u20685 دقائق"
                  "\u2069 لتثبت أنك إنسان، وإلا فستُزال.\u2069"),
        ("fa-IR", "\u200f\u2068Ann\u2069، \u2068خوش آمدید! ظرف \u20685 دقیقه\u2069 دکمهٔ زیر "
                  "را بزنید تا نشان دهید انسان هستید، وگرنه اخراج می‌شوید.\u2069"),
        ("ja", "Ann, welcome! Press the button below within 5 minutes to show you are human, "
               "or you will be removed."),
        ("pt", "Ann, boas-vindas! Toque no botão abaixo em até 5 minutos para mostrar que você "
               "é humano, ou será removido do grupo."),
        ("id", "Ann, selamat datang! Tekan tombol di bawah dalam 5 menit untuk membuktikan Anda "
               "manusia, atau Anda akan dikeluarkan."),
    ],
)  # fmt: skip
async def test_a_newcomer_is_asked_in_the_language_of_their_app(
    driver, open_harness, language, question
):
    h = await open_harness(driver, CAPTCHA)
    assert await question_for(h, 42, language) == question


async def test_a_members_setlang_answers_them_in_their_private_chat(driver, sqlite_url):
    extra = {"communities": {"club": {"locale": "de"}}}
    h = await TelegramHarness.open(driver, sqlite_url, extra)
    try:
        h.member(42, "Dieter")
        h.world.say(CHAT_ID, 42, "hallo zusammen")
        h.world.private(42)
        h.world.say(42, 42, "/points")
        await h.settle()
        h.world.say(42, 42, "/setlang en")
        h.world.say(42, 42, "/points")
        await h.settle()
        said = h.world.texts(42)
        assert said[0] == "Dieter hat 0 Punkte."
        assert said[-2:] == ["Your language is now English.", "Dieter has 0 points."]
    finally:
        await h.close()
