"""/privacy and /forgetme from a member connected to their group (/connect): the private chat
is still theirs. Taken as sent in the group, both only said to send them privately, which they
had. The erasure ends the connection (its row was keyed by the account) and the member's
approval (/approved listed their account to the admins afterwards), and an admin forgotten
leaves the settings they changed to the community, under their alias. Through the
python-telegram-bot driver against the fake Bot API."""

from __future__ import annotations

import json

from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.privacy.alias import is_forgotten
from groupops.core.storage.models import CommunitySetting

ANN, BOB = 501, 502


async def test_a_connected_member_gets_the_export_and_is_forgotten(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(CHAT_ID, ANN, "/connect")
    await h.settle()
    h.world.say(ANN, ANN, "/privacy")
    await h.settle()
    (sent,) = [m for m in h.world.bot_messages(ANN) if "document" in m]
    assert sent["caption"] == "What Test Club stores about you."
    assert json.loads(h.world.files[sent["document"]["file_id"]])["profile"]["name"] == "Ann"
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    said = h.world.texts(ANN)
    assert said[-2].startswith("This erases what Test Club stores about you")
    assert said[-1] == "Done: Test Club has forgotten you. What it keeps no longer names you."
    rows = await CommunitySetting.all().values_list("key", "value", "updated_by")
    assert [row for row in rows if str(ANN) in str(row)] == []


async def test_an_admin_forgotten_leaves_their_settings_under_an_alias(open_harness):
    h = await open_harness("ptb")
    said = h.world.say(CHAT_ID, h.member(BOB, "Bob"), "hi")
    h.world.private(OWNER_ID)
    h.world.say(CHAT_ID, OWNER_ID, "/approve", reply_to_message=said)
    await h.settle()
    h.world.say(OWNER_ID, OWNER_ID, "/forgetme")
    await h.settle()
    h.world.say(OWNER_ID, OWNER_ID, "/forgetme confirm")
    await h.settle()
    (approved,) = await CommunitySetting.filter(key="approved")
    assert json.loads(approved.value) == [f"telegram:user:{BOB}"]  # Bob stays approved
    assert is_forgotten(approved.updated_by)


async def test_a_forgotten_members_approval_ends(open_harness):
    h = await open_harness("ptb")
    ann, bob = h.member(ANN, "Ann"), h.member(BOB, "Bob")
    h.world.private(ANN)
    for member in (ann, bob):
        said = h.world.say(CHAT_ID, member, "hi")
        h.world.say(CHAT_ID, OWNER_ID, "/approve", reply_to_message=said)
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/approved")
    await h.settle()
    assert h.texts()[-1] == "1 approved member: Bob."
    (approved,) = await CommunitySetting.filter(key="approved")
    assert json.loads(approved.value) == [f"telegram:user:{BOB}"]
    assert is_forgotten(approved.updated_by)  # the change was hers: filed under her alias
