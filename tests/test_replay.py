"""`groupops replay`: a Telegram Desktop export (generated in its result.json shape) and a
WeChat chat-log CSV played through the real engine; two rulesets compared."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support.cli import groupops
from support.exports import START, TelegramExport, a_week_of_history, wechat_csv

from groupops.core.replay.history import ExportError, read_history

pytestmark = pytest.mark.timeout(900)

SETTINGS = """
[default.rulesets.gentle]
timezone = "Asia/Shanghai"
[default.rulesets.gentle.moderation]
escalation = ["remind", "warn_private", "kick"]
[default.rulesets.strict]
timezone = "Asia/Shanghai"
[default.rulesets.strict.moderation]
escalation = ["kick"]
links = { enabled = true }
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    return tmp_path


def test_a_telegram_desktop_export_reads_as_messages_joins_and_leaves(tmp_path):
    export = TelegramExport()
    export.join(START, 66, "Spammer")
    first = export.say(START + timedelta(minutes=1), 66, "Spammer", "hi")
    export.say(START + timedelta(minutes=2), 11, "Ann", [
        "look: ", {"type": "link", "text": "https://x.example"}, {"type": "bold", "text": "!"},
    ], reply_to=first)  # fmt: skip
    export.leave(START + timedelta(minutes=3), 66, "Spammer")
    history = read_history(export.write(tmp_path))
    assert (history.title, history.source) == ("Run Club", "Telegram Desktop export")
    assert [(i.kind, i.user, i.name, i.text) for i in history.items] == [
        ("join", "user66", "Spammer", ""),
        ("message", "user66", "Spammer", "hi"),
        ("message", "user11", "Ann", "look: https://x.example!"),
        ("leave", "user66", "Spammer", ""),
    ]
    assert history.items[2].reply_to == str(first)
    assert history.items[0].time == START


def test_a_bad_message_is_named_and_skipped_and_an_invited_member_is_one_member(tmp_path):
    """One unreadable message had ended the replay (a traceback for a message that is not an
    object, "None is not a time" for one without a date); a `date_unixtime` of "0" stretched
    it over 56 years of empty days; a member invited by name before they spoke became two."""
    export = TelegramExport()
    export.say(START, 11, "Ann", "hi")
    export.data["messages"].append(17)  # not an object
    dated = export.say(START + timedelta(minutes=1), 12, "Bob", "from 1970")
    export.data["messages"][-1]["date_unixtime"] = "0"
    export.data["messages"][-1]["date"] = "1970-01-01T00:00:00"
    undated = export.say(START + timedelta(minutes=2), 12, "Bob", "no date")
    del export.data["messages"][-1]["date_unixtime"], export.data["messages"][-1]["date"]
    export.say(START + timedelta(minutes=3), 11, "Ann", ["ok ", 5, None, {"type": "bold"}])
    del export.data["messages"][-1]["date_unixtime"]  # an older export: local time only
    export._base(START + timedelta(minutes=4), "service").update(
        actor="Ann", actor_id="user11", action="invite_members", members=["Felix"]
    )
    export.say(START + timedelta(minutes=5), 13, "Felix", "thanks for the invite")
    export.say(START + timedelta(minutes=6), 11, "Ann", "")  # a sticker: no text
    history = read_history(export.write(tmp_path))
    assert [(i.kind, i.user, i.text) for i in history.items] == [
        ("message", "user11", "hi"),
        ("message", "user11", "ok "),
        ("join", "user13", ""),
        ("message", "user13", "thanks for the invite"),
    ]
    assert history.skipped == (
        f"{tmp_path / 'result.json'}: messages[1]: not a message object; skipped",
        f"{tmp_path / 'result.json'}: messages[2]: '0' is 1970-01-01, not a time this chat had; "
        "skipped",
        f"{tmp_path / 'result.json'}: messages[3]: None is not a time (ISO 8601 or Unix seconds);"
        " skipped",
        f"{tmp_path / 'result.json'}: 1 message(s) without date_unixtime; their 'date', the "
        "exporting computer's local time, is read as UTC",
    )
    assert dated and undated


def test_bad_exports_name_the_file_and_the_record(tmp_path):
    broken = tmp_path / "result.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match=r"result.json: not JSON"):
        read_history(broken)
    rows = [(START, "wxid_a", "A", "message", "hi"), (START, "wxid_b", "B", "shout", "x")]
    with pytest.raises(ExportError, match=r"wechat.csv: record 2: type 'shout' is not one of"):
        read_history(wechat_csv(tmp_path, rows))


async def test_replay_shows_what_each_ruleset_does_and_how_they_differ(folder):
    a_week_of_history(TelegramExport()).write(folder)
    result = await groupops("replay", "result.json", "--ruleset", "gentle", "--compare",
                            "strict", cwd=folder)  # fmt: skip
    assert result.code == 0, result.text
    out = result.out
    assert "Replayed \"Run Club\" (Telegram Desktop export) with ruleset 'gentle'" in out
    assert "removed       1 member(s): Spammer (contacts)" in out
    assert "removed       2 member(s): Cy (links), Spammer (contacts)" in out
    assert "Spammer (remind (contacts) > warn_private (contacts) > kick (contacts))" in out
    assert "Cy (kick (links))" in out
    assert "removed only by 'strict': Cy" in out
    assert "activity rate" in out and "healthy above 15%, alert below 10%" in out
    args = ("replay", "result.json", "--ruleset", "gentle", "--compare", "strict", "--json")
    data = json.loads((await groupops(*args, cwd=folder)).out)
    gentle, strict, diff = data["ruleset"], data["compare"], data["differences"]
    assert gentle["replay"]["removed"] == {"Spammer": "contacts"}
    assert strict["replay"]["removed"] == {"Cy": "links", "Spammer": "contacts"}
    assert diff["removed_only_by_second"] == ["Cy"] and diff["removed_only_by_first"] == []
    # the four regulars check in every day of the week; Di left on day 5, Cy was removed
    assert gentle["checkins"] == 4 * 4 + 3 * 3
    assert gentle["points"]["by_reason"]["checkin"] == gentle["checkins"]
    assert f"check-ins     {gentle['checkins']}" in out
    assert f"check-ins     {strict['checkins']}" in out
    assert strict["checkins"] < gentle["checkins"]
    # leaves: Di's, and the removals as the platform reports them (they were not counted)
    assert gentle["members_start"] == 4 and gentle["joins"] == 2 and gentle["leaves"] == 2
    assert gentle["kpis"]["removals"] == 1 and strict["kpis"]["removals"] == 2  # were 0


async def test_locks_are_judged_on_the_exports_stickers_photos_and_forwards(folder):
    """The reader dropped `media_type`, `photo` and `forwarded_from`: a ruleset locking
    them looked free in a comparison."""
    settings = folder / "settings.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8")
        + '[default.rulesets.locked.moderation]\nlocks = { locked = ["sticker", "forward"] }\n',
        encoding="utf-8",
    )
    export = a_week_of_history(TelegramExport())
    sticker = export.say(START + timedelta(hours=3), 11, "Ann", "")
    export.data["messages"][-1] |= {"media_type": "sticker", "file": "stickers/a.webp"}
    export.say(START + timedelta(hours=4), 12, "Bo", "look at this")
    export.data["messages"][-1]["forwarded_from"] = "Deals Channel"
    export.write(folder)
    args = ("replay", "result.json", "--ruleset", "locked", "--json")
    result = await groupops(*args, cwd=folder)
    assert result.code == 0, result.text
    steps = json.loads(result.out)["ruleset"]["replay"]["steps"]
    assert steps["Ann"] == ["delete (locks)"] and steps["Bo"] == ["delete (locks)"], steps
    assert sticker


async def test_a_name_with_half_an_emoji_is_printed_mended(folder):
    """The report printed the name as read, and a lone surrogate cannot be written out: a
    traceback after the whole replay."""
    export = a_week_of_history(TelegramExport())
    export.say(START + timedelta(hours=2), 66, "Crypto Anna \ud83d", "t.me/+cheapcrypto now")
    # as Telegram Desktop writes it: the half as the escape `\ud83d`
    (folder / "result.json").write_text(json.dumps(export.data), encoding="utf-8")
    result = await groupops("replay", "result.json", "--ruleset", "strict", cwd=folder)
    assert result.code == 0, result.text
    assert "Crypto Anna ? (" in result.out and "Traceback" not in result.text


async def test_a_name_with_escapes_and_a_line_break_prints_as_one_plain_line(folder):
    """A name is the member's to choose: its escape sequences reached the operator's terminal
    (a window title set, colours), and its line break started a report line of its own."""
    export = a_week_of_history(TelegramExport())
    hostile = "Anna\x1b]0;owned\x07\x1b[31m\nremoved       0 member(s)\u202e"
    export.say(START + timedelta(hours=2), 66, hostile, "t.me/+cheapcrypto now")
    export.data["name"] = "Run\x1b[2J Club"
    (folder / "result.json").write_text(json.dumps(export.data), encoding="utf-8")
    result = await groupops("replay", "result.json", "--ruleset", "strict", cwd=folder)
    assert result.code == 0, result.text
    assert 'Replayed "Run [2J Club"' in result.out
    assert not any(c in result.out for c in "\x1b\x07\u202e")
    assert [line for line in result.out.splitlines() if line.startswith("  removed ")] == [
        "  removed       2 member(s): Anna ]0;owned [31m removed       0 member(s) (invites), "
        "Cy (links)"
    ]


def test_a_message_only_put_to_review_warned_nobody():
    from groupops.core.replay.report import _warned

    steps = {"Kate": ["review (waves)"], "Ann": ["delete (links)", "remind (links)"],
             "Lo": ["log (links)"], "Cy": ["delete (links)", "kick (links)"]}  # fmt: skip
    assert list(_warned({"replay": {"steps": steps}})) == ["Ann"]


async def test_raiders_who_share_a_name_are_told_apart(folder):
    export = a_week_of_history(TelegramExport())
    for user in (91, 92, 93):
        export.join(START + timedelta(hours=2), user, "Lisa")
        export.say(START + timedelta(hours=2, minutes=user - 90), user, "Lisa", "t.me/+cheapcrypto")
    export.write(folder)
    args = ("replay", "result.json", "--ruleset", "strict", "--json")
    removed = json.loads((await groupops(*args, cwd=folder)).out)["ruleset"]["replay"]["removed"]
    assert {name for name in removed if name.startswith("Lisa")} == {
        "Lisa (user91)",
        "Lisa (user92)",
        "Lisa (user93)",
    }


async def test_replay_of_a_wechat_log_and_one_line_errors(folder):
    rows = [(START + timedelta(hours=h), "wxid_ann", "Ann", "message", "签到") for h in (0, 24)]
    rows += [(START + timedelta(hours=1), "wxid_sp", "广告哥", "join", "")]
    rows += [(START + timedelta(hours=1, minutes=m), "wxid_sp", "广告哥", "message",
              "加微信 vx: abc123456 领红包") for m in (1, 2, 3, 4)]  # fmt: skip
    wechat_csv(folder, rows)
    result = await groupops("replay", "wechat.csv", "--ruleset", "gentle", cwd=folder)
    assert result.code == 0, result.text
    assert "(WeChat chat log) with ruleset 'gentle'" in result.out
    assert "removed       1 member(s): 广告哥 (contacts)" in result.out
    assert "skipped       1 later messages of removed members" in result.out
    assert "check-ins     2" in result.out
    unknown = await groupops("replay", "wechat.csv", "--ruleset", "nope", cwd=folder)
    assert (
        unknown.code == 2 and "no ruleset 'nope' (expected one of: gentle, strict)" in unknown.err
    )
    (folder / "bad.json").write_text("[1, 2]", encoding="utf-8")
    bad = await groupops("replay", "bad.json", "--ruleset", "gentle", cwd=folder)
    assert bad.code == 1 and "Traceback" not in bad.text
    assert "bad.json: record 1: expected an object with time, sender_id" in bad.err


async def test_an_admins_removal_is_a_removal_and_an_invite_credits_the_inviter(folder):
    """Every "remove_members" was replayed as the member leaving: an admin's kick counted as a
    voluntary leave and put the weekly leave rate at alert. An export tells them apart by the
    actor: the member themselves when they leave, the admin when they are removed."""
    export = TelegramExport()
    regulars = [(11, "Ann"), (12, "Bo"), (13, "Cy"), (14, "Di")]
    for day in range(8):
        for n, (user, name) in enumerate(regulars):
            export.say(START + timedelta(days=day, minutes=n), user, name, "签到")
    export.invite(START + timedelta(hours=1), 11, "Ann", "Felix")
    for day in range(8):
        export.say(START + timedelta(days=day, hours=2), 15, "Felix", "good morning all")
    export.remove(START + timedelta(days=1, hours=3), 11, "Ann", "Di")
    export.write(folder)
    args = ("replay", "result.json", "--ruleset", "gentle", "--json")
    result = await groupops(*args, cwd=folder)
    assert result.code == 0, result.text
    data = json.loads(result.out)["ruleset"]
    assert (data["kpis"]["leaves"], data["kpis"]["removals"]) == (0, 1)
    assert data["health"]["leave_rate"] == "healthy"
    # Felix stayed the week and spoke: Ann, who added him, earned the invite
    assert data["points"]["by_reason"].get("invite") == 10, data["points"]


async def test_a_deleted_accounts_message_is_skipped(folder):
    """Telegram Desktop writes a deleted account's messages with `from` null and the old
    `from_id`: they were replayed and earned speaking points."""
    settings = folder / "settings.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + "[default.rulesets.chatty.points]\nspeak = 1\n",
        encoding="utf-8",
    )
    export = TelegramExport()
    export.say(START, 11, "Ann", "hello everyone, how is the week going")
    export.say(START + timedelta(minutes=1), 0, None, "a message from an account since deleted")
    assert read_history(export.write(folder)).items[-1].user == "user11"
    args = ("replay", "result.json", "--ruleset", "chatty", "--json")
    result = await groupops(*args, cwd=folder)
    assert result.code == 0, result.text
    data = json.loads(result.out)["ruleset"]
    assert data["messages"] == 1 and data["points"]["by_reason"] == {"speak": 1}, data["points"]
