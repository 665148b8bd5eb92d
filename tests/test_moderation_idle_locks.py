"""A lock whose only step is a deletion, where the bot cannot delete (WeChat): it notes the
message and leaves the other rules it broke to act, as they would without the lock."""

from __future__ import annotations

import pytest
from support.harness import Harness

from groupops.core.capabilities import Capability
from groupops.core.storage.models import AuditEntry

ADMINS = "local:admins"
LIKE_WECHAT = [
    c for c in Capability if c not in (Capability.DELETE, Capability.MUTE, Capability.SEND_PRIVATE)
]
SPAM = "刷单返利，一单一结 http://t.cn/A6xyz"


async def _club(harness_factory, locked: list[str], classifier: bool = True) -> Harness:
    moderation = {"classifier": {"enabled": classifier}, "locks": {"locked": locked}}
    extra = {
        "rulesets": {"main": {"moderation": moderation}},
        "communities": {"club": {"admin_chat": ADMINS}},
    }
    h = await harness_factory(extra, capabilities=LIKE_WECHAT)
    h.world.chat("admins")
    return h


async def _entries() -> list[tuple[str, str, str]]:
    return [(e.action, e.rule, e.outcome) for e in await AuditEntry.all().order_by("id")]


@pytest.mark.parametrize("locked", [["url"], []])
async def test_a_lock_that_cannot_delete_leaves_spam_to_the_classifier(harness_factory, locked):
    h = await _club(harness_factory, locked)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, SPAM)
    await h.settle()
    # the same warning with the link locked as without: the lock cannot remove it here
    assert h.world.texts(h.chat) == ["@Ann, please mind the group rules: spam."]
    assert await _entries() == [
        ("delete", "classifier", "degraded"),
        ("warn", "classifier", "done"),
        ("remind", "classifier", "done"),
    ]
    [notice] = h.world.texts(ADMINS)
    broke = "spam and a message type locked in this group" if locked else "spam"
    assert notice.startswith(f"Moderation: Ann (local:user:ann) broke {broke} in Test Club")


async def test_a_lock_alone_only_notes_the_message(harness_factory):
    h = await _club(harness_factory, ["url"], classifier=False)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "see http://example.org/page")
    await h.settle()
    assert h.world.texts(h.chat) == []  # kept, no warning: the lock's step is a deletion
    assert await _entries() == [("delete", "locks", "degraded")]
