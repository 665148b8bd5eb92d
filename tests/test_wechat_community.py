"""One ruleset across messengers, and the operator's view of a WeChat bridge (check, run)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from support.settings_cli import community_settings
from support.wechat_components import ANNOUNCER, MODERATED
from support.wechat_fixtures import new_room, until

from groupops.core.cli import main
from groupops.core.storage.models import Member

WARNING = "this is an automatic warning: a blocked word. Please follow the group rules."


async def test_an_announcement_reaches_the_local_chat_and_the_wechat_room(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    h = await wechat_factory(room, ANNOUNCER)
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/announce Meetup tonight at 8")
    sent = await until(h, lambda: wechaty_peer("sent", conversation=room))
    assert [m["text"] for m in sent] == ["Meetup tonight at 8"]
    assert h.world.texts(h.chat) == ["Meetup tonight at 8"]


def settings_file(tmp_path, platform: str) -> str:
    return community_settings(tmp_path, "wechat:room1@chatroom", platform, timezone="Asia/Shanghai")


def test_check_names_each_bad_bridge_setting(tmp_path):
    bad = """
[default.platforms.wechat]
adapter = "wechaty"
endpoint = "no-port-here"
member_sweep_seconds = 0
"""
    result = CliRunner().invoke(main, ["check", "--settings", settings_file(tmp_path, bad)])
    assert result.exit_code == 2
    assert "platforms.wechat.endpoint: 'no-port-here' is not host:port" in result.output
    assert "platforms.wechat.token: is required" in result.output
    assert "platforms.wechat.member_sweep_seconds: must be more than 0" in result.output


def test_check_names_a_onebot_forward_bridge_without_a_url(tmp_path):
    bad = '[default.platforms.wechat]\nadapter = "onebot12"\nmode = "forward"\n'
    result = CliRunner().invoke(main, ["check", "--settings", settings_file(tmp_path, bad)])
    assert result.exit_code == 2
    assert "'' is not a ws:// or wss:// URL (forward mode)" in result.output


def test_run_stops_with_a_clear_error_when_the_bridge_refuses_the_token(tmp_path, wechaty_peer):
    platform = f"""
[default.platforms.wechat]
adapter = "wechaty"
endpoint = "{wechaty_peer.endpoint}"
tls = false
token = "stolen-token-1"
"""
    result = CliRunner().invoke(main, ["run", "--settings", settings_file(tmp_path, platform)])
    assert result.exit_code == 1
    refused = f"the Wechaty bridge at {wechaty_peer.endpoint} refused the token"
    assert f"error: platforms.wechat: {refused}" in (result.output)
    assert "stolen-token-1" not in result.output


def test_run_stops_naming_tls_when_a_plain_bridge_is_dialled_with_it(tmp_path, wechaty_peer):
    """TLS is on by default; a bridge serving without it looked down: `run` retried in silence."""
    platform = f"""
[default.platforms.wechat]
adapter = "wechaty"
endpoint = "{wechaty_peer.endpoint}"
token = "{wechaty_peer.token}"
"""
    result = CliRunner().invoke(main, ["run", "--settings", settings_file(tmp_path, platform)])
    assert result.exit_code == 1
    assert (
        f"error: platforms.wechat: the Wechaty bridge at {wechaty_peer.endpoint} answers "
        "without TLS: set tls = false in [platforms.wechat] (only on a trusted local network)"
    ) in result.output


async def test_linked_accounts_share_points_and_warnings_across_messengers(
    wechat_factory, wechaty_peer
):
    room = new_room(wechaty_peer, {"ann": "Ann"})
    linked = {
        "communities": {"club": {"linked_accounts": [["local:user:ann", "wechat:user:ann"]]}},
        **MODERATED,
    }
    h = await wechat_factory(room, linked)
    ann_local = h.user("ann")
    await h.world.say(h.chat, ann_local, "签到")
    await h.world.say(h.chat, ann_local, "加微信 领红包")  # first warning, on the local chat
    await h.settle()
    wechaty_peer("say", **{"from": "ann"}, room=room, text="签到")  # the same day: no 2nd point
    wechaty_peer("say", **{"from": "ann"}, room=room, text="加微信 领红包")  # second warning
    assert await until(h, lambda: len(wechaty_peer("sent", conversation=room)) >= 2)
    assert [m["text"] for m in wechaty_peer("sent", conversation=room)] == [
        "@Ann\u2005you have already checked in today.",
        f"@Ann\u2005{WARNING}",  # the ladder's second step (mute, a warning on WeChat)
    ]
    member = await Member.get(community="club", key="local:user:ann")
    assert member.balance == 1
    # the WeChat account keeps only its name there, as no member of its own
    own = await Member.get(community="club", key="wechat:user:ann")
    assert (own.name, own.status, own.balance, own.messages) == ("Ann", "linked", 0, 0)


def test_check_refuses_an_account_linked_to_two_members(tmp_path):
    twice = (
        'linked_accounts = [["local:user:a", "wechat:user:a"], ["wechat:user:a", "local:user:b"]]'
    )
    path = Path(settings_file(tmp_path, ""))
    chats = 'chats = ["wechat:room1@chatroom"]'
    path.write_text(path.read_text().replace(chats, f"{chats}\n{twice}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--settings", str(path)])
    assert result.exit_code == 2
    problem = "wechat:user:a is linked twice (an account has one member)"
    assert f"communities.club.linked_accounts: {problem}" in result.output


async def test_a_ban_carried_to_the_wechat_room_as_a_kick_is_announced_there(
    wechat_factory, wechaty_peer
):
    """A ban given in the Telegram group, carried out in the WeChat room by the shared ban
    list (the linked account removed), posted nothing there: the room saw the member go
    without a word, though a /ban given in the room says why."""
    room = new_room(wechaty_peer, {"easy": "Easy Money"})
    settings = {
        "rulesets": {"main": {"moderation": {"shared_bans": "acme"}}},
        "communities": {"club": {"linked_accounts": [["local:user:easy", "wechat:user:easy"]]}},
    }
    h = await wechat_factory(room, settings)
    boss, easy = h.user("boss", admin=True), h.user("easy")
    await h.world.say(h.chat, easy, "hello")
    await h.world.say(h.chat, boss, "/ban @easy scam")
    sent = await until(h, lambda: wechaty_peer("sent", conversation=room))
    assert [m["text"] for m in sent] == ["@Easy\u2005has been removed from the group: scam."]
    assert h.world.texts(h.chat)[-1] == "@Easy has been banned: scam."
