"""The console's KPI cells count the days the report counts for the same week: a finished
week whole, the running week its days so far, quiet days included."""

from __future__ import annotations

import pytest
from support.console import console_client, link_for, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


def activity_cell(html: str) -> str:
    start = html.index('<span class="label">activity rate</span>')
    value = html.index('<span class="value">', start) + len('<span class="value">')
    return html[value : html.index(" ", value)]


async def test_quiet_days_after_the_last_message_count_in_the_week(harness):
    h = harness
    people = [h.user(name) for name in ("ann", "bo", "cy", "dan")]
    for person in people[:2]:  # Monday 2 March: 2 of 4 speak, then nobody
        await h.world.say(h.chat, person, "hello")
    await h.settle()
    h.clock.advance(days=3)  # Thursday: the week so far is four days, three of them quiet
    async with console_client(h) as client:
        assert (await sign_in(client, await link_for(h))).status_code == 303
        assert activity_cell((await client.get("/c/club")).text) == "12.5%"  # (2/4) / 4
        h.clock.advance(days=5)  # the next Tuesday: that week is over, all seven days count
        await sign_in(client, await link_for(h))  # days on: the session has ended
        assert activity_cell((await client.get("/communities")).text) == "7.1%"  # (2/4) / 7
