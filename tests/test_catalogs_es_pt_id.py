"""Spanish, Brazilian Portuguese and Indonesian: the platform's hint (`es-MX`, `pt`, `in`…)
finds the catalog, and a member sees the bot's messages in it, plurals included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from groupops.core.i18n import language_name, render_text
from groupops.core.metrics.charts import Labeller
from groupops.core.segments import TN, T

LOCALES = Path(__file__).resolve().parent.parent / "locales"

# the language a member's app asks for, and the catalog that serves it (the cases of these
# tables run in test_catalog_phrases.py)
HINTS = [
    ("es", "es"),
    ("es-MX", "es"),
    ("es-ES", "es"),
    ("es-419", "es"),
    ("pt", "pt_BR"),
    ("pt-BR", "pt_BR"),
    ("pt-br", "pt_BR"),  # Telegram's language_code
    ("pt-PT", "pt_BR"),  # no European Portuguese catalog: the Brazilian one, not English
    ("id", "id"),
    ("id-ID", "id"),
    ("in", "id"),  # Indonesian's former code, still sent by older Android apps
    ("in-ID", "id"),
]

# a newcomer greeted in the language of their app
WELCOMES = {
    "es-MX": "¡Te damos la bienvenida a Test Club, Li! Lee las normas del grupo y saluda.",
    "pt-br": "Boas-vindas a Test Club, Li! Leia as regras do grupo e diga oi.",
    "in": "Selamat datang di Test Club, Li! Silakan baca aturan grup dan sapa semuanya.",
}

# a day's check-in, then an admin's gift of 7 points: one singular, one plural
POINTS = {
    "es": [
        "Ann hizo check-in: +1 punto. 1 día seguido, saldo 1.",
        "Ann recibió 7 puntos (welcome gift). Saldo: 8.",
    ],
    "pt_BR": [
        "Ann fez check-in: +1 ponto. 1 dia seguido, saldo 1.",
        "Ann recebeu 7 pontos (welcome gift). Saldo: 8.",
    ],
    "id": [
        "Ann berhasil check-in: +1 poin. 1 hari berturut-turut, saldo 1.",
        "Ann menerima 7 poin (welcome gift). Saldo 8.",
    ],
}

# the check-in notice for n points, for each n
PLURALS = {
    "es": {
        1: "Ann hizo check-in: +1 punto.",
        0: "Ann hizo check-in: +0 puntos.",
        2: "Ann hizo check-in: +2 puntos.",
        1500: "Ann hizo check-in: +1.500 puntos.",
        1_000_000: "Ann hizo check-in: +1.000.000 puntos.",
    },
    "pt_BR": {  # Brazilian Portuguese counts zero in the singular
        1: "Ann fez check-in: +1 ponto.",
        0: "Ann fez check-in: +0 ponto.",
        2: "Ann fez check-in: +2 pontos.",
        1500: "Ann fez check-in: +1.500 pontos.",
        1_000_000: "Ann fez check-in: +1.000.000 pontos.",
    },
    "id": {  # Indonesian has one form: the noun does not change with the count
        1: "Ann berhasil check-in: +1 poin.",
        0: "Ann berhasil check-in: +0 poin.",
        2: "Ann berhasil check-in: +2 poin.",
        1500: "Ann berhasil check-in: +1.500 poin.",
        1_000_000: "Ann berhasil check-in: +1.000.000 poin.",
    },
}

# a chart's panel title: DejaVu Sans, matplotlib's own font, draws these Latin letters
CHART_TITLES = {"es": "entradas y salidas", "pt_BR": "entradas e saídas", "id": "masuk dan keluar"}


@pytest.mark.parametrize(
    ("locale", "n", "text"), [(loc, n, t) for loc, by in PLURALS.items() for n, t in by.items()]
)
def test_the_plural_form_follows_the_count(locale, n, text):
    message = TN("{name} checked in: +{n} point.", "{name} checked in: +{n} points.", n, name="Ann")
    assert render_text(message, locale) == text


@pytest.mark.parametrize(("locale", "title"), CHART_TITLES.items())
def test_charts_are_labelled_in_the_reports_language(locale, title):
    assert Labeller(locale)(T("joins and leaves")) == title


def test_indonesian_addresses_the_reader_as_anda_throughout():
    # docs/languages.md promises the polite `Anda`; `kamu`, `datamu`, `kepadaku` mixed it with
    # the informal register ("Di obrolan pribadi ini kamu bisa memakai:")
    informal = re.compile(r"\b(kamu|aku|kau)\b|\w+(mu|ku)\b", re.IGNORECASE)
    fine = {"berlaku", "buku", "laku"}  # words that merely end in -ku
    found = []
    with (LOCALES / "id" / "LC_MESSAGES" / "groupops.po").open("rb") as handle:
        for message in read_po(handle, locale="id"):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                words = [m.group(0) for m in informal.finditer(text or "")]
                found += [w for w in words if w.lower() not in fine]
    assert found == []
    assert render_text(
        T("Your language is now {language}.", language=language_name("id")), "id"
    ) == (
        "Bahasa Anda sekarang bahasa Indonesia."  # was "…sekarang Indonesia."
    )
