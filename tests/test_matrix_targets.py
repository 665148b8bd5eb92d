"""Commands aimed at a Matrix member by their id as members write it (`@name:server`, or a
matrix.to link), on a real Synapse; and /info about someone it cannot find says so."""

from __future__ import annotations

import pytest
from support.matrix_harness import MatrixHarness

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


@pytest.fixture
async def club(synapse, sqlite_url):
    h = await MatrixHarness.open(
        synapse,
        sqlite_url,
        {"rulesets": {"main": {"pipeline": ["membership", "modcommands", "moderation", "whois"]}}},
    )
    yield h
    await h.close()


async def test_a_matrix_id_or_link_names_the_member(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    h.owner.send(h.room, f"/warns {ann.local_id}")
    h.owner.send(h.room, f"/info https://matrix.to/#/{ann.local_id}")
    await h.settle()
    warns, info = h.texts()[-2:]
    assert warns == "Ann has no warnings."
    assert info.startswith(f"Ann ({ann.local_id})\n")


async def test_info_about_someone_it_cannot_find_says_so(club):
    h = club
    h.owner.send(h.room, "/info @nobody-here")
    await h.settle()
    assert h.texts()[-1] == (  # not the asker's own profile
        "I don't know @nobody-here yet: they have not posted or joined since I arrived. "
        "Reply to one of their messages, or give their id."
    )
