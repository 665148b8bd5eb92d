"""Moderation of what Matrix clients show, against a real Synapse: a link hidden in a
message's HTML body, an edit chain of a message moderation removed, the bot losing its power
level or its place in the room."""

from __future__ import annotations

import pytest
from support.matrix_harness import MatrixHarness

pytestmark = pytest.mark.timeout(600)
LOCKED_URL = {"rulesets": {"main": {"moderation": {"locks": {"locked": ["url"]}}}}}
NEWCOMERS = {"rulesets": {"main": {"moderation": {"newcomers": {"enabled": True}}}}}
GIFT = "https://free-gift.example/claim"
WELCOME = "Welcome to Test Club, {}! Please read the group rules and say hello."
NEWCOMER_REMINDER = "{} please mind the group rules: links or contacts from a new member."


@pytest.fixture
async def open_matrix(synapse, sqlite_url):
    made: list[MatrixHarness] = []

    async def make(extra: dict | None = None, **options) -> MatrixHarness:
        h = await MatrixHarness.open(synapse, sqlite_url, extra, **options)
        made.append(h)
        return h

    yield make
    for h in made:
        await h.close()


def hidden_link(h: MatrixHarness, member, words: str, url: str) -> str:
    """A message whose link is only in its HTML body, behind words (as clients render it)."""
    return h.users[member].send(
        h.room,
        f"{words}, щоб отримати подарунок",
        format="org.matrix.custom.html",
        formatted_body=f'<a href="{url}">{words}</a>, щоб отримати подарунок',
    )


async def test_a_link_hidden_in_the_html_body_is_caught_by_the_url_lock(open_matrix):
    h = await open_matrix(LOCKED_URL)
    kat = h.member("Kat")
    await h.settle()
    h.say(kat, "привіт")
    hidden_link(h, kat, "Натисніть тут", GIFT)
    await h.settle()
    assert h.visible() == [WELCOME.format("Kat"), "привіт"]  # the link's message redacted


async def test_a_newcomers_link_hidden_in_the_html_body_is_caught(open_matrix):
    h = await open_matrix(NEWCOMERS)
    kat = h.member("Kat")
    await h.settle()
    hidden_link(h, kat, "Натисніть тут", GIFT)
    await h.settle()
    assert h.visible() == [WELCOME.format("Kat"), NEWCOMER_REMINDER.format("Kat")]
