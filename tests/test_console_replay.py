"""A form is carried out once: the same submission sent again (a double click, a replay with
the same cookie and token) adds nothing; and a form posted from another site (its Origin, or
without one its Referer) is refused."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import a_member_who_spoke, console_client, csrf_of, link_for, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

ONCE = re.compile(r'name="once" value="([^"]+)"')


async def test_the_same_form_sent_twice_is_carried_out_once(harness):
    h = harness
    ann, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        html = (await client.get(page)).text
        marks = ONCE.findall(html)
        assert len(marks) == len(set(marks)) > 1  # one mark per form
        form = {"csrf": csrf_of(html), "once": marks[0], "kind": "points", "amount": "5",
                "reason": "helped"}  # fmt: skip
        for _ in range(2):
            assert (await client.post(f"{page}/act", data=form)).status_code == 303
            await h.settle()
        assert await h.balance(ann) == 5
        other = {**form, "amount": "3"}  # the page kept (Back), another amount: another request
        await client.post(f"{page}/act", data=other)
        await h.settle()
        assert await h.balance(ann) == 8  # was 5, the page saying "Done." for it
        shown = await client.get(page)
        # not kept for Back (which refilled the form under a fresh mark: sent twice)
        assert shown.headers["cache-control"] == "no-store"
        assert '<form method="post" autocomplete="off"' in shown.text
        again = {**form, "once": ONCE.findall(shown.text)[0]}
        await client.post(f"{page}/act", data=again)  # the form shown afresh: a new request
        await h.settle()
        assert await h.balance(ann) == 13


@pytest.mark.parametrize(
    "headers",
    [{"origin": "http://evil.example"}, {"referer": "http://evil.example/page"},
     {"origin": "null"}],
)  # fmt: skip
async def test_a_form_from_another_site_is_refused(harness, headers):
    h = harness
    ann, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        form = {"csrf": csrf_of((await client.get(page)).text), "kind": "points", "amount": "5"}
        refused = await client.post(f"{page}/act", data=form, headers=headers)
        assert refused.status_code == 403
        assert "This form was sent from another site" in unescape(refused.text)
        await h.settle()
        assert await h.balance(ann) == 0
        own = await client.post(f"{page}/act", data=form, headers={"origin": "http://console"})
        assert own.status_code == 303
        await h.settle()
        assert await h.balance(ann) == 5
