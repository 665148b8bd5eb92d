"""/forgetme of an inviter: the referral entries of the members they brought in kept their
account in the entry's data (`{"inviter": ...}`), so the record still named them. It is
rewritten to their alias, as the entries' member column is."""

from __future__ import annotations

import json
from datetime import timedelta

from support.campaigns import fire
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
