"""A one-time secret sent privately (a `/link` code, the console's sign-in link) is not kept in
the outbox: once delivered or given up on, its row holds a placeholder naming what it was, and a
failed one is not re-queued, since a retry would send a stale secret."""

from __future__ import annotations

from support.console import console_client, link_for, sign_in
from test_delivery_outbox import groupops
from test_points_identity import code_in, two_platforms

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import Forbidden, TransientError
from groupops.core.storage.models import OutboxItem

IDENTITY = {"rulesets": {"main": {"identity": {"scope": "shared"}}}}


class NoPrivateChats(LocalAdapter):
    """A member who never opened a private chat with the bot: the platform refuses."""

    async def send_private(self, action):
        raise Forbidden("Forbidden: bot can't initiate conversation with a user")


async def test_a_delivered_link_code_is_not_kept_in_the_outbox(harness_factory):
    h, _wx, adapter, ann_tg, _ann_wx = await two_platforms(harness_factory)
    try:
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        await h.engine.outbox.log.flush()
        code = code_in(h.world.private_texts(ann_tg)[-1])  # she got it
        payloads = await OutboxItem.all().values_list("payload", flat=True)
        assert payloads and not [p for p in payloads if code in p]
        (kept,) = await OutboxItem.filter(kind="send_private").values_list("payload", flat=True)
        assert "the /link code" in kept
    finally:
        await adapter.stop()


async def test_a_refused_link_code_is_not_kept_nor_retried(harness_factory, tmp_path):
    h = await harness_factory(IDENTITY, run=False)
    await h.start_with(NoPrivateChats(h.world))
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/link")
    await h.settle()
    await h.engine.outbox.log.flush()
    (row,) = await OutboxItem.filter(kind="send_private", status="failed")
    assert "code is" not in row.payload and "the /link code" in row.payload
    await h.engine.stop()

    code, out, err = await groupops("outbox", "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    assert row.id in out and "one-time secret" in out

    code, out, err = await groupops("outbox", "retry", "--all", "--db", h.db_url, cwd=tmp_path)
    assert "0 actions re-queued" in out
    code, out, err = await groupops("outbox", "retry", row.id, "--db", h.db_url, cwd=tmp_path)
    assert code == 1
    assert f"{row.id}: carried a one-time secret (the /link code)" in err
    assert (await OutboxItem.get(id=row.id)).status == "failed"

    async with console_client(h, engine=False) as client:  # the console offers no retry either
        await sign_in(client, await link_for(h))
        listed = (await client.get("/outbox")).text
    assert "its one-time secret is not kept, so it is not retried" in listed
    assert f'value="{row.id}"' not in listed


async def test_a_code_asked_for_in_a_private_chat_is_not_kept_either(harness_factory):
    h, _wx, adapter, ann_tg, _ann_wx = await two_platforms(harness_factory)
    try:
        await h.world.say_private(ann_tg, "/link")
        await h.settle()
        await h.engine.outbox.log.flush()
        (kept,) = await OutboxItem.filter(kind="reply").values_list("payload", flat=True)
        assert "code is" not in kept and "the /link code" in kept
    finally:
        await adapter.stop()


async def test_the_console_sign_in_link_is_not_kept_in_the_outbox(harness):
    h = harness
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/dashboard")
    await h.settle()
    await h.engine.outbox.log.flush()
    token = h.world.private_texts(boss)[-1].rsplit("/login/", 1)[1].split()[0]  # he got it
    payloads = await OutboxItem.all().values_list("payload", flat=True)
    assert not [p for p in payloads if token in p]
    kept = await OutboxItem.filter(kind="send_private").values_list("payload", flat=True)
    assert ["the console sign-in link" in p for p in kept] == [True]


class PrivateChatsDown(LocalAdapter):
    """Private messages fail for now: the code waits in the outbox, retried."""

    async def send_private(self, action):
        raise TransientError("Bad Gateway")


async def test_a_cancelled_link_code_is_not_kept_either(harness_factory, tmp_path):
    h = await harness_factory(IDENTITY, run=False)
    await h.start_with(PrivateChatsDown(h.world))
    await h.world.say(h.chat, h.user("ann"), "/link")
    await h.committed()
    (row,) = await OutboxItem.filter(kind="send_private", status="pending")
    assert "code is" in row.payload  # kept while it may still be sent
    await h.engine.stop(drain_timeout=0)
    code, _out, err = await groupops("outbox", "cancel", row.id, "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    kept = await OutboxItem.get(id=row.id)
    assert kept.status == "cancelled" and "code is" not in kept.payload
    assert "the /link code" in kept.payload
