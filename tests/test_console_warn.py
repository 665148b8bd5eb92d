"""The console's Warn counts a warning and takes the escalation ladder's step for it (a
reminder first): the page says which step it took, as the chat and the log say it."""

from __future__ import annotations

from html import unescape

import pytest
from support.console import a_member_who_spoke, console_client, link_for, post_form, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def test_a_warning_from_the_console_says_the_step_it_took(harness):
    h = harness
    _, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, page, f"{page}/act", kind="warn", amount="0", reason="be kind")
        await h.settle()
        said = unescape((await client.get(page)).text)
        assert "Done: warning 1 counted; the escalation ladder's step for it: reminder." in said
