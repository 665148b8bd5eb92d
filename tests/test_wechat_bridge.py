"""The WeChat adapter against a real Wechaty puppet service (the mock world over gRPC)."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest
from support.ports import free_port
from support.wechat_components import MODERATED, PIPELINE
from support.wechat_fixtures import BOT, login, new_room, start_peer, until, wechat_adapter

from groupops.adapters.wechat.refused import TlsRefused
from groupops.adapters.wechat.wechaty.rpc import BridgeAuthError
from groupops.core.actions import SendMessage
from groupops.core.errors import ActionError
from groupops.core.events import MemberJoined
from groupops.core.refs import Ref
from groupops.core.segments import Text
from groupops.core.sink import CallbackSink
from groupops.core.storage.models import AuditEntry, Member, OutboxItem

MENTION_END = "\u2005"
WARNING = "this is an automatic warning: a blocked word. Please follow the group rules."


async def left(key: str) -> Member | None:
    return await Member.get_or_none(community="club", key=key, status="left")


def texts(peer, conversation: str) -> list[str]:
    return [m["text"] for m in peer("sent", conversation=conversation)]


async def test_a_member_who_joins_is_welcomed(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    h = await wechat_factory(room)
    wechaty_peer("add", room=room, members=["newbie"], by="ann")
    sent = await until(h, lambda: texts(wechaty_peer, room))
    assert sent == ["Welcome to Test Club, newbie! Please read the group rules and say hello."]
    member = await Member.get(community="club", key=Ref.user("wechat", "newbie"))
    assert member.status == "member" and member.joined_at is not None


async def test_spam_climbs_the_ladder_and_mute_falls_back_to_a_warning(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"ann": "Ann", "spam": "Spammer"})
    h = await wechat_factory(room, MODERATED)
    for _ in range(3):
        wechaty_peer("say", **{"from": "spam"}, room=room, text="加微信 领红包")
    assert await until(h, lambda: "spam" not in wechaty_peer("members", room=room))
    removed = await until(h, lambda: left(Ref.user("wechat", "spam")))
    assert removed is not None and removed.name == "Spammer"
    assert texts(wechaty_peer, room) == [
        f"@Spammer{MENTION_END}please mind the group rules: a blocked word.",
        f"@Spammer{MENTION_END}{WARNING}",
        f"@Spammer{MENTION_END}has been removed from the group: a blocked word.",
    ]
    assert [m["mentions"] for m in wechaty_peer("sent", conversation=room)] == [["spam"]] * 3
    mute = await AuditEntry.get(action="mute", target="wechat:user:spam")
    assert mute.outcome == "degraded" and "fallback 'warn'" in mute.detail
    # WeChat lets a bot delete no member's message: each spam deletion is skipped, on record
    deletions = await AuditEntry.filter(action="delete").values_list("outcome", flat=True)
    assert deletions == ["degraded"] * 3


async def test_a_bad_token_is_refused_with_a_clear_error(wechaty_peer):
    adapter = wechat_adapter(wechaty_peer, token="not-the-token-42")
    with pytest.raises(BridgeAuthError) as refused:
        await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    await adapter.stop()
    await adapter.release()
    message = str(refused.value)
    assert f"the Wechaty bridge at {wechaty_peer.endpoint} refused the token" in message
    assert "platforms.wechat.token" in message and "not-the-token-42" not in message


async def test_doctor_says_to_compare_a_refused_token_and_init_lists_the_rooms(wechaty_peer):
    """A refused token had the generic fix (start the bridge, scan the QR code); init found no
    room: the adapter listed none."""
    from groupops.core.doctor.findings import Level, Refusal

    [refused] = await wechat_adapter(wechaty_peer, token="not-the-token-42").diagnose([])
    assert isinstance(refused, Refusal) and refused.level is Level.BLOCKER
    assert refused.fix == (
        "check platforms.wechat.token (in .secrets.toml) against the bridge's token"
    )
    room = new_room(wechaty_peer, {"ann": "Ann"})
    seen = {
        str(chat.ref): chat.title for chat in await wechat_adapter(wechaty_peer).discover_chats(0)
    }
    assert seen[f"wechat:{room}"] == "Test room"


async def test_a_restarted_peer_gets_the_action_queued_while_it_was_down(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    h = await wechat_factory(room)
    wechaty_peer.kill()
    joined = MemberJoined(
        key="wechat:test:late-join",
        chat=Ref.chat("wechat", room),
        time=datetime.now(UTC),
        member=Ref.user("wechat", "late"),
        name="Late",
    )
    await h.engine.submit(joined)
    assert not await h.engine.drain(timeout=1.5)  # the bridge is down: the welcome waits
    assert await OutboxItem.filter(status="pending").count() == 1
    wechaty_peer.start()
    login(wechaty_peer)
    wechaty_peer(
        "world",
        contacts=[{"id": "ann", "name": "Ann"}],
        rooms=[{"id": room, "owner": BOT["id"], "members": [BOT["id"], "ann"]}],
    )
    sent = await until(h, lambda: texts(wechaty_peer, room), timeout=20)
    assert sent == ["Welcome to Test Club, Late! Please read the group rules and say hello."]
    assert h.wechat.reconnects >= 1
    assert await OutboxItem.filter(status="sent").count() == 1


async def test_a_restarted_bridge_not_logged_in_yet_keeps_the_action_waiting(
    harness_with, tmp_path
):
    """A bridge restarted mid-week comes back before its account has logged in: it knows no
    room yet, so a message sent then fails for good. It waits for the login instead."""
    peer = start_peer(tmp_path)
    try:
        room = new_room(peer, {"ann": "Ann"})
        h = await harness_with(wechat_adapter(peer), room)
        peer.kill()
        joined = MemberJoined(
            key="wechat:test:unlogged-restart",
            chat=Ref.chat("wechat", room),
            time=datetime.now(UTC),
            member=Ref.user("wechat", "late"),
            name="Late",
        )
        await h.engine.submit(joined)
        assert not await h.engine.drain(timeout=1.0)
        streams = h.wechat.streams
        peer.start()  # up again, its account not logged in (its world is empty)
        assert await until(h, lambda: h.wechat.streams > streams, timeout=30)
        assert not await until(
            h, lambda: OutboxItem.filter(status__in=("failed", "sent")).exists(), timeout=3
        )
        assert not h.wechat.connected.is_set()
        login(peer)
        peer(
            "world",
            contacts=[{"id": "ann", "name": "Ann"}],
            rooms=[{"id": room, "owner": BOT["id"], "members": [BOT["id"], "ann"]}],
        )
        sent = await until(h, lambda: texts(peer, room), timeout=20)
        assert sent == ["Welcome to Test Club, Late! Please read the group rules and say hello."]
        assert await OutboxItem.filter(status="failed").count() == 0
    finally:
        peer.kill()


async def test_a_member_leaving_quietly_is_found_by_the_member_list_sweep(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"ann": "Ann", "bob": "Bob"})
    h = await wechat_factory(room)
    wechaty_peer("say", **{"from": "bob"}, room=room, text="hi all")
    assert await until(h, lambda: Member.get_or_none(community="club", key="wechat:user:bob"))
    wechaty_peer("quit", room=room, member="bob")
    assert await h.wechat.sweep_members() == 1
    await h.settle()
    bob = await Member.get(community="club", key=Ref.user("wechat", "bob"))
    assert bob.status == "left"
    assert await h.wechat.sweep_members() == 0  # reported once


async def test_mentions_and_private_messages_reach_the_engine(wechat_factory, wechaty_peer):
    ann = f"ann-{uuid.uuid4().hex[:6]}"  # private chats outlive a test on the shared peer
    room = new_room(wechaty_peer, {ann: "Ann", "bob": "Bob"})
    h = await wechat_factory(room, PIPELINE)
    wechaty_peer("say", **{"from": ann}, room=room, text="/poke @Bob", mentions=["bob"])
    wechaty_peer("say", **{"from": ann}, text="/poke 7")
    assert await until(h, lambda: texts(wechaty_peer, ann) and texts(wechaty_peer, room))
    assert texts(wechaty_peer, room) == [f"@Ann{MENTION_END}poked wechat:user:bob"]
    assert texts(wechaty_peer, ann) == ["poked wechat:user:7"]


async def test_the_words_after_a_mention_stay_the_commands_words(wechat_factory, wechaty_peer):
    """WeChat ends a mention with U+2005; `/give @Bob 10 reason` lost its 10 with it (the
    mention and the next word were read as one word)."""
    room = new_room(wechaty_peer, {"ann": "Ann", "bob": "Bob"})
    h = await wechat_factory(room, PIPELINE)
    for text in (f"/tell @Bob{MENTION_END}10 回答问题", "/tell @Bob 3d 刷屏"):
        wechaty_peer("say", **{"from": "ann"}, room=room, text=text, mentions=["bob"])
    assert await until(h, lambda: len(texts(wechaty_peer, room)) == 2)
    assert texts(wechaty_peer, room) == [
        f"@Ann{MENTION_END}told wechat:user:bob: 10 回答问题",
        f"@Ann{MENTION_END}told wechat:user:bob: 3d 刷屏",
    ]


async def test_refused_actions_are_typed_errors_in_the_audit_log(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    not_ours = new_room(wechaty_peer, {"ann": "Ann"}, owner="ann")
    h = await wechat_factory(room, PIPELINE)
    wechaty_peer("say", **{"from": "ann"}, room=room, text=f"/try {not_ours}")

    async def two_failed():
        entries = await AuditEntry.filter(outcome="failed").all()
        return entries if len(entries) == 2 else None

    entries = await until(h, two_failed)
    found = {e.action: json.loads(e.detail) for e in entries}
    assert found["send_private"]["error"] == "TargetNotFound"
    assert "wechat:user:ghost is not a WeChat contact" in found["send_private"]["message"]
    assert found["kick"]["error"] == "Forbidden"
    assert f"the bot does not own wechat:{not_ours}" in found["kick"]["message"]
    assert "ann" in wechaty_peer("members", room=not_ours)


async def test_tls_with_the_bridge_ca_is_a_setting(wechaty_tls_peer, tmp_path):
    peer = wechaty_tls_peer
    ca = tmp_path / "bridge-ca.pem"
    ca.write_text(peer.ca)
    room = new_room(peer, {"ann": "Ann"})
    adapter = wechat_adapter(peer, tls=True, tls_ca_file=str(ca), tls_server_name="insecure")
    events = []

    async def sink(event):
        events.append(event)

    await adapter.start(CallbackSink(sink))
    try:
        await adapter.perform(SendMessage(chat=Ref.chat("wechat", room), segments=(Text("hi"),)))
        peer("add", room=room, members=["newbie"], by="ann")
        for _ in range(200):
            if events:
                break
            await asyncio.sleep(0.02)
    finally:
        await adapter.stop()
        await adapter.release()
    assert texts(peer, room) == ["hi"]
    assert [(e.member, e.inviter) for e in events] == [
        (Ref.user("wechat", "newbie"), Ref.user("wechat", "ann"))
    ]


async def test_an_absent_bridge_does_not_stop_the_start(wechaty_peer):
    adapter = wechat_adapter(wechaty_peer, endpoint=f"127.0.0.1:{free_port()}")
    # logs a warning and keeps trying
    await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    assert not adapter.connected.is_set()
    await adapter.stop()
    await adapter.release()


async def test_actions_wait_while_the_account_is_logged_out(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    h = await wechat_factory(room)
    wechaty_peer("logout")
    try:
        assert await until(h, lambda: not h.wechat.connected.is_set())
        joined = MemberJoined(
            key=f"wechat:test:logged-out-{room}",
            chat=Ref.chat("wechat", room),
            time=datetime.now(UTC),
            member=Ref.user("wechat", "late"),
            name="Late",
        )
        await h.engine.submit(joined)
        assert not await h.engine.drain(timeout=1.0)
        assert texts(wechaty_peer, room) == []
    finally:
        login(wechaty_peer)  # the peer is shared: never leave it logged out
    sent = await until(h, lambda: texts(wechaty_peer, room), timeout=15)
    assert sent == ["Welcome to Test Club, Late! Please read the group rules and say hello."]


async def test_a_ruleset_may_turn_mute_into_removal_on_wechat(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"ann": "Ann", "spam": "Spammer"})
    ruleset = MODERATED["rulesets"]["main"]
    h = await wechat_factory(
        room, {"rulesets": {"main": {**ruleset, "fallbacks": {"mute": "kick"}}}}
    )
    for _ in range(2):  # the reminder, then "mute"
        wechaty_peer("say", **{"from": "spam"}, room=room, text="加微信 领红包")
    assert await until(h, lambda: "spam" not in wechaty_peer("members", room=room))
    assert texts(wechaty_peer, room) == [
        f"@Spammer{MENTION_END}please mind the group rules: a blocked word.",
        # the mute, as a kick
        f"@Spammer{MENTION_END}has been removed from the group: a blocked word.",
    ]


async def test_doctor_on_a_plain_bridge_dialled_with_tls_says_to_turn_tls_off(wechaty_peer):
    """The handshake fails, which looked only like a bridge that is down (after 10 s, beside
    the advice to start the bridge and scan its QR code)."""
    from groupops.core.doctor.findings import Level

    adapter = wechat_adapter(wechaty_peer, tls=True)
    (finding,) = await adapter.diagnose([])
    assert finding.level is Level.BLOCKER
    assert finding.what == f"the Wechaty bridge at {wechaty_peer.endpoint} answers without TLS"
    assert finding.fix == "set tls = false in [platforms.wechat] (only on a trusted local network)"


async def test_a_bridge_certificate_nobody_trusts_is_said_with_the_settings_it_needs(
    wechaty_tls_peer,
):
    """A Wechaty puppet service serves TLS with its own CA by default: doctor said to turn TLS
    off, and `run` kept retrying; the settings it needs are named instead, and run stops."""
    from groupops.core.doctor.findings import Level

    peer = wechaty_tls_peer
    (finding,) = await wechat_adapter(peer, tls=True).diagnose([])
    assert finding.level is Level.BLOCKER
    assert finding.what == (
        f"the Wechaty bridge at {peer.endpoint} presents a certificate no trusted CA signed"
    )
    assert finding.fix.startswith("set tls_ca_file to the CA that signed it and tls_server_name")
    assert "named 'insecure'" in finding.fix
    adapter = wechat_adapter(peer, tls=True)
    with pytest.raises(TlsRefused) as refused:
        await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    assert str(refused.value) == f"{finding.what}: {finding.fix}"


async def test_doctor_names_a_configured_room_the_bot_is_not_in(wechaty_peer):
    """A room the account is not in passed with 0 blockers."""
    from groupops.core.doctor.findings import Level

    room = new_room(wechaty_peer, {"ann": "Ann"})
    ghost = Ref("wechat:ghost@chatroom")
    findings = await wechat_adapter(wechaty_peer).diagnose([Ref(f"wechat:{room}"), ghost])
    by_subject = {f.subject: f for f in findings}
    assert by_subject[f"wechat:{room}"].level is Level.OK
    assert by_subject[ghost].level is Level.BLOCKER
    assert by_subject[ghost].what.startswith("the bot is not in the room")


async def test_doctor_names_an_admin_room_the_bot_is_not_in(wechaty_peer):
    """An admin room is only posted to (reviews, alerts): doctor said nothing of it."""
    from groupops.core.doctor.findings import Level

    room, log = new_room(wechaty_peer, {"ann": "Ann"}), new_room(wechaty_peer, {"bo": "Bo"})
    ghost = Ref("wechat:old-log@chatroom")
    adapter = wechat_adapter(wechaty_peer)
    unread = await adapter.diagnose_posting([ghost])  # before `diagnose` read the room list
    assert [(f.level, f.what) for f in unread] == [
        (Level.NOTE, "admin chat not checked: adapter 'wechaty' cannot tell whether the bot "
         "may post there")
    ]  # fmt: skip
    await adapter.diagnose([Ref(f"wechat:{room}")])
    findings = await adapter.diagnose_posting([Ref(f"wechat:{log}"), ghost])
    by_subject = {str(f.subject): f for f in findings}
    assert by_subject[f"wechat:{log}"].level is Level.OK
    assert by_subject[str(ghost)].level is Level.WARNING
    assert by_subject[str(ghost)].switches_off == "reviews, alerts and reports for the admins"


async def test_doctor_beside_a_running_bot_is_no_blocker(wechat_factory, wechaty_peer):
    """The puppet service serves one event stream: with `groupops run` holding it, doctor
    said the bridge was down (a blocker) and logged six tracebacks."""
    from loguru import logger

    from groupops.core.doctor.findings import Level

    room = new_room(wechaty_peer, {"ann": "Ann"})
    await wechat_factory(room, PIPELINE)  # the running bot, holding the stream
    said: list[str] = []
    sink = logger.add(said.append, format="{message}{exception}", level="WARNING")
    try:
        (finding,) = await wechat_adapter(wechaty_peer).diagnose([Ref(f"wechat:{room}")])
    finally:
        logger.remove(sink)
    assert finding.level is Level.WARNING, finding
    assert finding.what.startswith("the bridge serves its events to another process")
    assert not any("Traceback" in line for line in said)


async def test_a_bridge_error_is_one_line_without_its_stack(wechaty_peer):
    """The reference server puts its JavaScript stack in the error's details: a member-list
    sweep or admin lookup after a bridge restart wrote 15 lines of frames into the run log."""
    adapter = wechat_adapter(wechaty_peer)
    await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    try:
        with pytest.raises(ActionError) as refused:
            await adapter.client.call("RoomPayload", id="nowhere@chatroom")
    finally:
        await adapter.release()
    said = str(refused.value)
    assert "\n" not in said and " at " not in said, said
    assert said.startswith("RoomPayload: ") and "nowhere@chatroom" in said, said
