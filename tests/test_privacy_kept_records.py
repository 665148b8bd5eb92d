"""What /forgetme leaves in the records and backups. An inviter's account stayed in the data of
the referral entries of the members they brought in (`{"inviter": ...}`), and a confirmation
run later credited it points again: it is rewritten to their alias, as the entries' member
column is. A backup taken before an erasure brings the member back when restored: restore
says so."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support.campaigns import fire
from support.cli import groupops
from support.harness import START
from test_referral import settings

from groupops.core.privacy.alias import is_forgotten
from groupops.core.storage.models import CampaignEntry, LedgerEntry


async def test_forgetting_an_inviter_leaves_their_id_in_no_referral_entry(harness_factory):
    h = await harness_factory(settings())
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.join(h.chat, bob, inviter=ann)  # added by Ann (how WeChat reports it)
    await h.settle()
    (entry,) = await CampaignEntry.all()
    assert entry.member == str(bob) and json.loads(entry.data)["inviter"] == str(ann)

    private = h.world.chat(ann.local_id).ref  # her private chat with the bot
    await h.world.say_private(ann, "/forgetme")
    await h.settle()
    await h.world.say_private(ann, "/forgetme confirm")
    await h.settle()
    assert h.world.texts(private)[-1].startswith("Done: ")
    (entry,) = await CampaignEntry.all()
    assert entry.member == str(bob)  # Bob's own entry is his, untouched
    assert is_forgotten(json.loads(entry.data)["inviter"])
    assert str(ann) not in entry.data

    # Bob stays and speaks: the invite is confirmed later, and credits no row to her account
    await h.world.say(h.chat, bob, "hello all")
    await h.settle()
    await fire(h, START + timedelta(days=3, minutes=1))
    members = await LedgerEntry.all().values_list("member", "key", "ref")
    assert members and not [row for row in members if any(str(ann) in v for v in row)], members


async def test_restoring_a_backup_from_before_an_erasure_says_the_member_is_back(
    harness_factory, tmp_path
):
    h = await harness_factory(settings())
    if not h.db_url.startswith("sqlite"):
        pytest.skip("restore puts back SQLite files; PostgreSQL's is pg_restore")
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    taken = await groupops("backup", "--db", h.db_url, "--out", "before.db", cwd=tmp_path)
    assert taken.code == 0, taken.text
    await h.world.say_private(ann, "/forgetme")
    await h.settle()
    await h.world.say_private(ann, "/forgetme confirm")
    await h.settle()
    await h.close()

    restored = await groupops("restore", "--db", h.db_url, "before.db", cwd=tmp_path)
    assert restored.code == 0, restored.text
    assert restored.err == (
        "note: the backup predates 1 erasure(s) by /forgetme: those members' data is back, and "
        "groupops kept nothing naming them to erase it again (restore a backup taken after "
        "them if there is one)\n"
    )
    again = await groupops("restore", "--db", h.db_url, "before.db", cwd=tmp_path)
    assert again.code == 0 and again.err == ""  # nothing erased since: nothing to say
