"""What /forgetme leaves behind names the member nowhere: not in the log's chat column (their
private chat is their id), not in a /link entry's detail, not in the payloads of actions sent
to them or mentioning them (the /privacy export, the /link code) but the confirmation itself,
sent after the erasure."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID

from groupops.core.storage.models import AuditEntry, OutboxItem

ANN, ALT = 201, 203  # Ann and her second account


def code_in(text: str) -> str:
    return text.split("code is ")[1].split(".")[0]


async def test_forgetting_leaves_no_id_in_the_log_or_the_sent_actions(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.member(ALT, "Ann again")
    h.world.private(ANN)
    h.world.say(CHAT_ID, ANN, "/link")
    await h.settle()
    code = code_in(h.world.texts(ANN)[-1])
    h.world.say(CHAT_ID, ALT, f"/link {code}")
    await h.settle()
    h.world.say(CHAT_ID, ANN, "/link confirm")
    h.world.say(ANN, ANN, "/privacy")
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    assert h.world.texts(ANN)[-1].startswith("Done: Test Club has forgotten you.")
    ids = (f"telegram:user:{ANN}", f"telegram:user:{ALT}", f"telegram:{ANN}")
    entries = await AuditEntry.filter(community="club")
    assert {"link", "privacy.export", "privacy.erase"} <= {e.action for e in entries}
    for entry in entries:
        kept = (entry.chat, entry.actor, entry.target, entry.detail)
        assert not [i for i in ids if any(i in text for text in kept)], kept
    (erase,) = [e for e in entries if e.action == "privacy.erase"]
    assert erase.chat == ""
    sent = await OutboxItem.filter(community="club", status="sent")
    # the confirmation, sent once the erasure committed, is the one left addressed to her
    earlier = [row for row in sent if "has forgotten you" not in row.payload]
    assert len(earlier) == len(sent) - 1
    for row in earlier:
        assert code not in row.payload and not [i for i in ids if f'"{i}"' in row.payload]
