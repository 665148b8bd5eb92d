"""`groupops outbox` shows a backlog: after an outage, 175 replies queued behind Telegram's
pace took 8 minutes to drain while it said "no failed or stuck actions" and nothing else."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from test_delivery_outbox import ERRANDS, groupops

from groupops.core.storage.models import OutboxItem


async def test_outbox_counts_actions_waiting_to_be_sent_per_chat(harness_factory, tmp_path):
    h = await harness_factory(ERRANDS)
    for n in range(3):
        await h.world.say(h.chat, h.user("ann"), f"both {n}")
    await h.settle()
    await h.engine.stop()
    queued = datetime.now(UTC) - timedelta(minutes=8, seconds=30)
    # as a backlog leaves them: pending, not failed, young enough not to count as stuck
    await OutboxItem.all().update(status="pending", created_at=queued, error="", done_at=None)
    code, out, err = await groupops("outbox", "--older-than", "1h", "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "no failed or stuck actions"
    assert lines[1] == "3 actions waiting to be sent (pending, failing or not):"
    assert lines[2].split()[:5] == ["local:main", "3", "oldest", "waiting", "8m"]
    # --json lists what the text counts: the three waiting, none failed or stuck
    code, out, err = await groupops(
        "outbox", "--json", "--older-than", "1h", "--db", h.db_url, cwd=tmp_path
    )
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["state"], r["troubled"], r["chat"]) for r in rows] == [
        ("waiting", False, "local:main")
    ] * 3
    # a mistyped community read as all clear while three actions waited: refused, naming it
    code, out, err = await groupops("outbox", "--community", "clb", "--db", h.db_url, cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == "--community: 'clb' is not known here (known: club)\n"
    code, out, err = await groupops(
        "outbox", "--community", "club", "--older-than", "1h", "--db", h.db_url, cwd=tmp_path
    )
    assert code == 0 and "3 actions waiting to be sent" in out, err

    await OutboxItem.all().update(status="sent")
    code, out, err = await groupops("outbox", "--db", h.db_url, cwd=tmp_path)
    assert out.splitlines()[-1] == "nothing waiting to be sent"
