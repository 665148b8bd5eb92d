"""The console without its database: a 503 page in its layout and the reader's language,
saying nothing was saved, for a form and for a page; no bare "Internal Server Error" and no
traceback; and the action is not half done once the database answers again."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import (
    a_member_who_spoke,
    console_client,
    csrf_of,
    link_for,
    post_form,
    sign_in,
)
from tortoise import connections
from tortoise.exceptions import DBConnectionError

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many",
           "execute_script", "_in_transaction")  # fmt: skip


def refuse_connections(monkeypatch, database) -> None:
    def refused(*args, **kwargs):
        raise DBConnectionError("connection refused: [Errno 111] Connect call failed")

    client = type(connections.get(database.dialect))
    for name in METHODS:
        if hasattr(client, name):
            monkeypatch.setattr(client, name, refused)


async def test_no_database_is_a_page_saying_nothing_was_saved(harness, monkeypatch):
    h = harness
    ann, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale="de")
        token = csrf_of((await client.get(page)).text)
        with monkeypatch.context() as away:
            refuse_connections(away, h.database)
            form = {"csrf": token, "kind": "points", "amount": "11", "reason": "x"}
            posted = await client.post(f"{page}/act", data=form)
            shown = await client.get("/moderation")
        for answer in (posted, shown):
            assert answer.status_code == 503
            assert answer.headers["content-type"].startswith("text/html")
            text = unescape(answer.text)
            assert "Die Datenbank ist nicht erreichbar" in text and "Traceback" not in text
            assert 'href="/communities"' in text  # the console's menu
        assert await h.balance(ann) == 0
        assert (await client.get(page)).status_code == 200  # back: the console works again
        await post_form(client, page, f"{page}/act", kind="points", amount="11", reason="x")
        await h.settle()
        assert await h.balance(ann) == 11
        assert re.search(r"<h1>[^<]*</h1>", (await client.get(page)).text)
