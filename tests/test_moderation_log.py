"""/log shows recent actions with ids; /undo reverses a mistaken one; the admin chat hears
about automatic actions."""

from __future__ import annotations

from groupops.core.engine import Engine
from groupops.core.storage.models import AuditEntry, OutboxItem


async def test_log_and_undo_a_ban_and_a_warning(harness_factory):
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
    )
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "刷单日结")
    await h.world.say(h.chat, boss, "/ban @ann")
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "banned"
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    log = h.world.texts(h.chat)[-1].splitlines()
    assert log[0] == "Recent moderation (undo with /undo ID):"
    assert [line.split()[3] for line in log[1:]] == ["ban", "reminder", "warning", "message"]
    ban_id, warn_id = log[1].split()[2], log[3].split()[2]
    assert log[1].split(" ", 3)[3] == "ban Ann [a moderator's decision] Boss done"
    await h.world.say(h.chat, boss, f"/undo {ban_id}")
    await h.world.say(h.chat, boss, f"/undo {warn_id}")
    await h.world.say(h.chat, boss, f"/undo {ban_id}")
    await h.world.say(h.chat, boss, "/undo nope")
    await h.world.say(h.chat, boss, "/warns @ann")
    await h.settle()
    assert h.world.texts(h.chat)[-5:] == [
        "Undone: ban for Ann.",
        "Undone: warning for Ann.",
        "That was undone already.",
        "No log entry with that id; /log shows them.",
        "Ann has no warnings.",
    ]
    assert h.world.chats[h.chat].members[ann].status == "left"  # may come back
    undone = await AuditEntry.filter(undone_at__not_isnull=True).values_list("id", flat=True)
    assert sorted(undone) == sorted([ban_id, warn_id])
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    top = h.world.texts(h.chat)[-1].splitlines()[1].split()
    assert top[3] == "undo" and top[-1] == "done"


async def test_members_cannot_read_the_log(harness_factory):
    h = await harness_factory({})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/log")
    await h.settle()
    assert h.world.texts(h.chat) == ["Only admins can use /log."]


async def test_the_audit_log_records_how_each_action_ended(harness_factory):
    h = await harness_factory({})
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    for user in (ann, bob):
        await h.world.say(h.chat, user, "hi")
    await h.world.say(h.chat, boss, "/kick @ann")
    await h.settle()
    h.world.chats[h.chat].bot_is_admin = False  # someone took the bot's admin rights
    await h.world.say(h.chat, boss, "/kick @bob")
    await h.settle()
    kicks = await AuditEntry.filter(action="kick").order_by("created_at", "id")
    assert [(k.target, k.outcome) for k in kicks] == [(ann, "done"), (bob, "failed")]
    assert h.world.chats[h.chat].members[bob].status == "member"


async def test_a_step_delivered_after_a_restart_still_records_its_outcome(harness_factory):
    h = await harness_factory(
        {"communities": {"club": {"roles": {"deputy": ["local:user:dee"]}}}}, run=False
    )
    dee, ann = h.user("dee"), h.user("ann")
    offline = Engine(h.settings, h.database, [], h.clock)  # the platform is not connected
    await offline.start(scheduler=False)
    await offline.submit(h.world.message_event(h.chat, ann, "hi"))
    await offline.submit(h.world.message_event(h.chat, dee, "/kick @ann"))
    await offline.stop(drain_timeout=0.1)  # committed, not delivered: then the process died
    [queued] = await AuditEntry.filter(action="kick").values_list("outcome", flat=True)
    assert queued == "queued"
    assert await h.rows(OutboxItem, status="pending") >= 1
    await h.engine.start(scheduler=False)  # a new process replays the outbox
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "kicked"
    [kick] = await AuditEntry.filter(action="kick")
    assert (kick.target, kick.outcome) == (ann, "done")


async def test_manual_actions_are_reported_to_the_admin_chat(harness_factory):
    h = await harness_factory({"communities": {"club": {"admin_chat": "local:admins"}}})
    h.world.chat("admins")
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/tmute @ann 10m off-topic")
    await h.settle()
    assert h.world.texts("local:admins") == [
        "Moderation: Boss took mute for 10 minutes against Ann (local:user:ann) in Test Club: "
        "off-topic."
    ]


async def test_a_reminder_and_a_private_warning_are_done_once_delivered(harness_factory):
    # the ladder's first steps send a message and act on no member: the log follows that
    # message, where it said "queued" for ever
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
    )
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "兼职刷单")
    await h.world.say(h.chat, ann, "兼职刷单 again")
    await h.settle()
    steps = await AuditEntry.filter(action__in=("remind", "warn_private")).order_by("id")
    assert [(s.action, s.outcome) for s in steps] == [("remind", "done"), ("warn_private", "done")]


async def test_undo_of_what_cannot_be_undone_says_so(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, "/give @ann 3")
    await h.settle()
    entry = await AuditEntry.get(action="give")
    await h.world.say(h.chat, boss, f"/undo {entry.id}")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "That cannot be undone: points given."


async def test_the_log_says_rules_and_actors_in_the_readers_language(harness_factory):
    h = await harness_factory(
        {
            "rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}},
            "communities": {"club": {"locale": "vi"}},
        }
    )
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "刷单日结")  # the blocklist's reminder, by no member
    await h.world.say(h.chat, boss, "/warn @ann")
    await h.world.say(h.chat, boss, "/give @ann 5")
    await h.settle()  # the log reads "queued" for an action the platform has not answered yet
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    log = h.world.texts(h.chat)[-1].splitlines()
    # each line without its time and id; was "[points] Boss", "[manual] Boss", "[blocklist] system"
    assert [line.split(" ", 3)[3] for line in log[1:]] == [
        "đã cộng điểm Ann [điểm] Boss đã xong",
        "cảnh cáo riêng Ann [quyết định của người kiểm duyệt] Boss đã xong",
        "cảnh cáo Ann [quyết định của người kiểm duyệt] Boss đã xong",
        "nhắc nhở Ann [một từ bị cấm] hệ thống đã xong",
        "cảnh cáo Ann [một từ bị cấm] hệ thống đã xong",
        "đã xoá tin nhắn Ann [một từ bị cấm] hệ thống đã xong",
    ]


async def test_bidi_controls_in_a_name_cannot_turn_the_sentences_around_it(harness_factory):
    h = await harness_factory({"communities": {"club": {"admin_chat": "local:admins"}}})
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    # U+202E would show "…rules" backwards after the name; U+2068 left open, the rest isolated
    eve = h.world.user("eve", "\u202enimdA\u2068 Eve\u2066")
    h.world.add_member(h.chat, eve, "member")
    await h.world.say(h.chat, eve, "hi")
    await h.world.say(h.chat, boss, "/tmute @eve 10m \u202espam")
    await h.world.say(h.chat, boss, "/warns @eve")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@nimdA Eve has been muted for 10 minutes: spam.",
        "nimdA Eve has no warnings.",
    ]
    assert h.world.texts("local:admins") == [
        "Moderation: Boss took mute for 10 minutes against nimdA Eve (local:user:eve) in Test "
        "Club: spam."
    ]


async def test_log_with_a_count_shows_that_many_up_to_its_cap(harness_factory):
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
    )
    boss = h.user("boss", admin=True)
    for n in range(6):  # each: a deletion, a warning and its step
        await h.world.say(h.chat, h.user(f"m{n}"), "刷单日结")
    await h.settle()
    await h.world.say(h.chat, boss, "/log")
    await h.world.say(h.chat, boss, "/log 40")
    await h.world.say(h.chat, boss, "/log 500")
    await h.settle()
    default, forty, most = (t.splitlines() for t in h.world.texts(h.chat)[-3:])
    assert len(default) == 1 + 10
    entries = await AuditEntry.all().count()
    assert 10 < entries < 30
    assert len(forty) == 1 + entries + 1  # all there are, and the cap said
    assert forty[-1] == most[-1] == "(/log shows at most 30 entries)"


async def test_log_says_what_a_platform_could_not_do_and_what_stood_in(harness_factory):
    # WeChat: no deleting, no muting. "done in part" read as if the spam had been deleted
    from groupops.core.capabilities import Capability

    lacking = (Capability.DELETE, Capability.MUTE)
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}},
        capabilities=[c for c in Capability if c not in lacking],
    )
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "刷单日结")
    await h.world.say(h.chat, boss, "/mute @ann 1h")
    await h.settle()
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    log = [line.split(" ", 3)[3] for line in h.world.texts(h.chat)[-1].splitlines()[1:]]
    assert log[0] == "mute Ann [a moderator's decision] Boss done another way"
    assert log[-1] == "message deleted Ann [a blocked word] system not possible here"
