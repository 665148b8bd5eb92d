"""A failed action's error is kept on its outbox row for `groupops outbox` and the console to
show; what a proxy or the Bot API said may quote the request's URL, bot token and all. The
row keeps the error with secrets masked, and rows stored before are shown masked too."""

from __future__ import annotations

import asyncio
import json

from test_delivery_outbox import ERRANDS, groupops

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import TransientError
from groupops.core.storage.models import AuditEntry, OutboxItem

TOKEN = "7312956480:AAHc9VwZk3L_fakeTokenFor-Tests_0123456"
PAGE = f"Bad Gateway (502): The requested URL could not be retrieved: /bot{TOKEN}/sendMessage"


class BehindAProxy(LocalAdapter):
    """Every reply fails with the error page of a proxy that echoes the request's path."""

    async def reply(self, action):
        raise TransientError(PAGE)


async def test_an_error_quoting_the_token_is_kept_and_listed_masked(harness_factory, tmp_path):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(BehindAProxy(h.world))
    await h.world.say(h.chat, h.user("ann"), "hello")

    async def noted() -> OutboxItem | None:
        return await OutboxItem.filter(kind="reply").exclude(error="").first()

    for _ in range(400):
        row = await noted()
        if row is not None:
            break
        await asyncio.sleep(0.05)
    assert row is not None
    await h.engine.stop(drain_timeout=0)  # the reply keeps failing: nothing to wait for
    assert TOKEN not in row.error
    assert "could not be retrieved: /bot***/sendMessage" in row.error

    # a row stored before errors were masked on the way in is listed masked all the same
    await OutboxItem.filter(id=row.id).update(error=PAGE)
    code, out, err = await groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    (listed,) = [r for r in json.loads(out) if r["id"] == row.id]
    assert listed["error"].endswith("/bot***/sendMessage")
    assert TOKEN not in out + err
    assert not [e for e in await AuditEntry.all() if TOKEN in json.dumps(e.detail)]
