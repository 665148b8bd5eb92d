"""Timed bans on Matrix, against a real Synapse: a ban has no end in the protocol, so the
adapter notes the end in room state and its sweep unbans once due, also after a restart; a
permanent ban or an unban drops the end, so the sweep never lifts those. The adapter's clock
is moved instead of waiting; the sweep runs every 0.1 s."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness

from groupops.adapters.matrix.bans import BANS
from groupops.core.actions import Ban, Unban
from groupops.core.clock import ManualClock, SystemClock

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
LADDER = {
    "rulesets": {
        "main": {
            "moderation": {"blocklist": {"words": ["刷单"]}, "escalation": ["delete", "ban 3d"]}
        }
    }
}
SWEEP = {"sweep_seconds": 0.1}


def move_clock(h: MatrixHarness, **ahead: float) -> None:
    assert h.adapter is not None
    h.adapter.clock = ManualClock(SystemClock().now() + timedelta(**ahead))


def ends(h: MatrixHarness) -> dict:
    return h.owner.state(h.room, BANS) or {}


async def lifted(h: MatrixHarness, user) -> bool:
    """Unbanned and the end dropped (the sweep unbans first, then rewrites the ends)."""
    return await until(
        lambda: (
            h.owner.membership(h.room, user.local_id) == "leave" and user.local_id not in ends(h)
        )
    )


async def test_a_ladder_ban_for_3_days_is_lifted_once_due_also_after_a_restart(open_matrix):
    h = await open_matrix(LADDER, **SWEEP)
    ann = h.member("Ann")
    await h.settle()
    for _ in range(2):
        h.say(ann, "刷单日结")
        await h.settle()
    assert h.texts()[-1] == "Ann has been banned for 3 days: a blocked word."
    assert h.owner.membership(h.room, ann.local_id) == "ban"
    end = ends(h)[ann.local_id]
    assert end > (SystemClock().now() + timedelta(days=2)).timestamp() * 1000
    # groupops restarts while she is has been banned: the end is in the room, not in the process
    await h.stop()
    await h.start(**SWEEP)
    move_clock(h, days=3, hours=1)
    assert await lifted(h, ann), "the sweep did not lift the ban once due"
    assert ends(h) == {}


async def test_a_permanent_ban_or_an_unban_drops_the_end(open_matrix):
    h = await open_matrix(None, **SWEEP)
    assert h.adapter is not None
    ann, bo, cy = h.member("Ann"), h.member("Bo"), h.member("Cy")
    await h.settle()
    soon = SystemClock().now() + timedelta(hours=1)
    for user in (ann, bo, cy):
        await h.adapter.perform(Ban(chat=h.chat, user=user, until=soon))
    assert set(ends(h)) == {ann.local_id, bo.local_id, cy.local_id}
    await h.adapter.perform(Ban(chat=h.chat, user=bo))  # for good now
    await h.adapter.perform(Unban(chat=h.chat, user=cy))
    assert set(ends(h)) == {ann.local_id}
    move_clock(h, hours=2)
    # Ann's ban ended with the others' old ends: once it is lifted, theirs were due too
    assert await lifted(h, ann)
    assert h.owner.membership(h.room, bo.local_id) == "ban"
    assert h.owner.membership(h.room, cy.local_id) == "leave"
    assert ends(h) == {}
