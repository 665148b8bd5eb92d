"""Each language group's cases (the HINTS, WELCOMES and POINTS tables of its test module): the
platform's hint finds the catalog, a newcomer is welcomed in the language of their app, and
points are told in the community's language."""

from __future__ import annotations

import pytest
import test_catalogs_es_pt_id
import test_catalogs_vi_ar_fa

from groupops.core.i18n.negotiate import match

GROUPS = (test_catalogs_es_pt_id, test_catalogs_vi_ar_fa)
HINTS = [case for group in GROUPS for case in group.HINTS]
WELCOMES = {hint: text for group in GROUPS for hint, text in group.WELCOMES.items()}
POINTS = {locale: texts for group in GROUPS for locale, texts in group.POINTS.items()}


@pytest.mark.parametrize(("asked", "served"), HINTS)
def test_the_platforms_hint_finds_the_catalog(asked, served):
    assert match(asked) == served


@pytest.mark.parametrize(("hint", "text"), WELCOMES.items())
async def test_a_newcomer_is_welcomed_in_the_language_of_their_app(harness_factory, hint, text):
    h = await harness_factory()
    event = h.world.join_event(h.chat, h.world.user("li", "Li"))
    event.language = hint
    await h.engine.submit(event)
    await h.settle()
    assert h.world.texts(h.chat) == [text]


@pytest.mark.parametrize(("locale", "texts"), POINTS.items())
async def test_points_are_told_in_the_communitys_language(harness_factory, locale, texts):
    h = await harness_factory({"communities": {"club": {"locale": locale}}})
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, boss, "/give @ann 7 welcome gift")
    await h.settle()
    assert h.world.texts(h.chat) == texts


async def test_a_history_line_keeps_its_signed_amount_whole_right_to_left(harness_factory):
    """In Persian the day and `+1` arrive isolated, so a right-to-left line shows `+1`, not
    `1+` (the line was raw text)."""
    fsi, pdi = "\u2068", "\u2069"
    h = await harness_factory({"communities": {"club": {"locale": "fa"}}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/history")
    await h.settle()
    line = h.world.texts(h.chat)[-1].splitlines()[-1]
    # a right-to-left mark first: nothing outside the isolates would set the line's direction
    assert line.startswith(f"\u200f{fsi}2026-03-02{pdi}  {fsi}+1{pdi}  "), line
