"""What an auditor reads in the database after /forgetme: every table dumped, no row names the
member's Telegram id, handle or display name, nor quotes what they wrote. The keys the log
and the joins history keep are their events' (a message in the member's private chat is
`m{id}/…` on Telegram, their join `c{chat}/{id}/…`): the erasure's own log entry, filed under
the alias, named the account behind it. Left naming them, as docs/architecture.md says, are
only the keys of recent events (`processed_events`, the outbox's ids) until their retention
drops them, the confirmation sent after the erasure, and the text of messages of theirs an
admin taught the spam classifier as spam (or a spammer could unteach it); one taught as not
spam, an ordinary message, goes with the rest (tests/test_privacy_lessons.py). In
an SQLite file, what was deleted is overwritten, not left in free pages or the write-ahead log
for its bytes to show.

Before, the member's /privacy export has a part for every table holding rows about them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.privacy.alias import is_forgotten
from groupops.core.storage.models import AuditEntry, Campaign, MembershipMove

ZOE = 777123456
SAID = "my cat is called Pumpernickel"
NAMED = (str(ZOE), "zoequill", "Zoe Quill", "Pumpernickel")
GROW = {"kind": "referral", "goal": 2, "points": 10, "stay_days": 3, "ends": "10d"}
# dropped by their retention, not by the erasure, or kept (docs/architecture.md)
KEPT = {"processed_events": "key", "outbox": "id"}
# table -> the export's part showing its rows; the rest are the bot's own bookkeeping
EXPORTED = {
    "members": "profile", "ledger": "points_ledger", "warnings": "warnings",
    "checkins": "checkins", "activity_days": "activity_days", "speaker_days": "activity_days",
    "membership_moves": "joins_and_leaves", "audit_log": "log_entries",
    "campaigns": "", "spam_lessons": "",  # the community's: a referral link, a lesson
}  # fmt: skip
BOOKKEEPING = {"outbox", "processed_events", "scheduled_jobs"}
DONE = "Done: {community} has forgotten you."  # the confirmation, as the outbox keeps it


async def dump(h: TelegramHarness) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as `sqlite3 .dump` or `pg_dump` would show them."""
    connection = h.database.connection
    if h.database.url.startswith("sqlite"):
        listing = "SELECT name AS t FROM sqlite_master WHERE type = 'table'"
    else:
        listing = "SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()"
    _, tables = await connection.execute_query(listing)
    found: dict[str, list[dict[str, Any]]] = {}
    for table in sorted(row["t"] for row in tables):
        _, rows = await connection.execute_query(f'SELECT * FROM "{table}"')
        found[table] = [dict(row) for row in rows]
    return found


async def test_no_table_names_a_forgotten_member(db_url):
    h = await TelegramHarness.open(
        "ptb", db_url, {"rulesets": {"main": {"campaigns": {"grow": GROW}}}}
    )
    try:
        h.world.user(ZOE, "Zoe Quill", "en", "zoequill")
        h.world.private(ZOE)
        h.world.join(CHAT_ID, ZOE)
        await h.settle()
        said = h.world.say(CHAT_ID, ZOE, SAID)
        h.world.say(CHAT_ID, ZOE, "/checkin")
        h.world.say(CHAT_ID, ZOE, "/invite")
        h.world.private(OWNER_ID)  # the admins hear of her report privately, naming her
        rude = h.world.say(CHAT_ID, h.member(43, "Bob"), "you are all wrong")
        h.world.say(CHAT_ID, ZOE, "/report rude", reply_to_message=rude)
        h.world.say(CHAT_ID, OWNER_ID, "/warn off topic", reply_to_message=said)
        await h.settle()
        h.world.say(CHAT_ID, OWNER_ID, "/notspam", reply_to_message=said)
        await h.settle()
        h.world.say(ZOE, ZOE, "/privacy")
        await h.settle()
        (sent,) = [m for m in h.world.bot_messages(ZOE) if "document" in m]
        export = json.loads(h.world.files[sent["document"]["file_id"]])
        held = {t for t, rows in (await dump(h)).items() for row in rows if str(ZOE) in str(row)}
        assert held - BOOKKEEPING <= set(EXPORTED), held
        assert [t for t in held - BOOKKEEPING if EXPORTED[t] and not export[EXPORTED[t]]] == []
        assert ("warn", "off topic") in [
            (e["action"], e["evidence"]) for e in export["log_entries"]
        ]
        assert "notspam" not in str(export)  # the owner's lesson is about her, not by her
        assert [e["action"] for e in export["log_entries_by_you"]] == ["report"]

        h.world.say(ZOE, ZOE, "/forgetme")
        await h.settle()
        h.world.say(ZOE, ZOE, "/forgetme confirm")
        await h.settle()
        assert h.world.texts(ZOE)[-1].startswith("Done: Test Club has forgotten you.")

        tables = await dump(h)
        assert tables["spam_lessons"] == []  # her /notspam lesson: her words, gone
        leftovers = []
        for table, rows in tables.items():
            for row in rows:
                row.pop(KEPT.get(table, ""), None)
                if table == "processed_events" or DONE in str(row.get("payload")):
                    continue
                text = json.dumps(row, default=str, ensure_ascii=False)
                leftovers += [(table, text) for name in NAMED if name in text]
        assert leftovers == []
        (erased,) = await AuditEntry.filter(action="privacy.erase")
        assert is_forgotten(erased.target) and str(ZOE) not in erased.id
        (joined,) = await MembershipMove.all()
        assert joined.member == erased.target and str(ZOE) not in joined.key
        (link,) = json.loads((await Campaign.get(name="grow")).state)["links"].values()
        assert link == erased.target  # a join through her link credits the alias
        if h.database.url.startswith("sqlite"):  # nor in the file's free pages, nor its log
            h.world.say(CHAT_ID, OWNER_ID, "/rules")  # the bot goes on
            await h.settle()
            file = Path(h.database.url.removeprefix("sqlite://").split("?")[0])
            wal = file.with_name(file.name + "-wal")
            data = file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
            assert [n for n in ("zoequill", "Zoe Quill") if n.encode() in data] == []
    finally:
        await h.close()
