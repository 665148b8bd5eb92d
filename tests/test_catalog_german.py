"""German sentences that take another translated phrase (a rule, a period, a step) read right
with every phrase they take: a rule is named after the sentence, not inflected into it, and
/top's period is in the genitive wherever it stands."""

from __future__ import annotations

import pytest

from groupops.core.i18n import render_text
from groupops.core.moderation.detector import DETECTORS
from groupops.core.moderation.reasons import reason_of
from groupops.core.points.honours import PERIODS
from groupops.core.segments import T
from groupops.core.words import word_of


def violation(rule: str) -> str:
    return render_text(T(
        "Moderation: {name} ({user}) broke {rules} in {chat}; step: {step}.",
        name="bernd", user="matrix:user:@bernd:localhost", rules=(reason_of(rule),),
        chat="Gemeinschaft", step=word_of("action", "ban"),
    ), "de")  # fmt: skip


def test_a_rule_broken_is_named_after_the_sentence_for_every_rule():
    assert violation("links") == (
        "Moderation: bernd (matrix:user:@bernd:localhost) hat in Gemeinschaft gegen die "
        "Gruppenregeln verstoßen (Links zu Seiten, die hier nicht erlaubt sind); Maßnahme: Bann."
    )
    assert "gegen die Gruppenregeln verstoßen (das Fluten des Chats)" in violation("flood")
    assert "gegen die Gruppenregeln verstoßen (Spam)" in violation("classifier")
    for rule in DETECTORS:
        assert "gegen die Gruppenregeln verstoßen (" in violation(rule), rule


@pytest.mark.parametrize(
    ("period", "top", "empty"),
    [
        ("week", "Top-Mitglieder dieser Woche:", "Die Rangliste dieser Woche ist noch leer."),
        ("month", "Top-Mitglieder dieses Monats:", "Die Rangliste dieses Monats ist noch leer."),
        ("all", "Top-Mitglieder aller Zeiten:", "Die Rangliste aller Zeiten ist noch leer."),
    ],
)
def test_the_top_period_is_in_the_genitive(period, top, empty):
    said = PERIODS[period]
    assert render_text(T("Top members, {period}:", period=said), "de") == top
    assert render_text(T("No points earned {period} yet.", period=said), "de") == empty


def test_learned_as_spam_is_a_sentence():
    said = T("Learned as spam: {name}, {step}.", name="emil", step=word_of("action", "ban"))
    assert render_text(said, "de") == (
        "Die Nachricht wurde als Spam gelernt. Maßnahme gegen emil: Bann."
    )
