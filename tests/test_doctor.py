"""`groupops doctor` against the fake Bot API with both drivers: privacy mode, each missing
admin right, a bot that is no admin, a chat it is not in, a refused token; bridges offline;
the database and Redis."""

from __future__ import annotations

import asyncio
import sys

import pytest
from support.cli import LOCAL_SETTINGS, groupops
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from support.onebot_bridge import FakeOneBot

from groupops.core.doctor.findings import Level
from groupops.core.doctor.services import redis_finding
from groupops.core.settings import validate_settings

# every step is a groupops process: slow on a loaded machine, never a timed assertion
pytestmark = pytest.mark.timeout(900)

DRIVERS = ["aiogram", "ptb"]
FULL, PARTIAL, PLAIN, ABSENT = -1001, -1002, -1003, -1004
OWNER = 10


def write(tmp_path, telegram: str = "", extra: str = "", token: str = TOKEN) -> None:
    chats = ", ".join(f'"telegram:{c}"' for c in (FULL, PARTIAL, PLAIN, ABSENT))
    (tmp_path / "settings.toml").write_text(
        f"""
[default.database]
url = "sqlite://doctor.db"
{telegram}
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = [{chats}]
{extra}
""",
        encoding="utf-8",
    )
    (tmp_path / ".secrets.toml").write_text(
        f'[default.platforms.telegram]\ntoken = "{token}"\n', encoding="utf-8"
    )


def telegram_table(driver: str, base_url: str) -> str:
    return f'[default.platforms.telegram]\nadapter = "{driver}"\nbase_url = "{base_url}"\n'


@pytest.fixture
async def fake():
    fake = FakeBotAPI()
    await fake.start()
    world = fake.world
    world.user(OWNER, "Olga")
    for chat_id, title in ((FULL, "Full"), (PARTIAL, "Partial"), (PLAIN, "Plain")):
        world.group(chat_id, title)
        world.add_member(chat_id, OWNER, "creator")
    world.bot_rights(PARTIAL, can_delete_messages=False, can_pin_messages=False)
    world.bot_rights(PLAIN, status="member")
    yield fake
    await fake.close()


def block(out: str, subject: str) -> str:
    """The lines about one subject (a chat), with their 'switches off' and 'fix' lines."""
    keep, lines = False, []
    for line in out.splitlines():
        if not line.startswith(" "):
            keep = subject in line
        if keep:
            lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_names_privacy_mode_and_each_missing_right(tmp_path, fake, driver):
    write(tmp_path, telegram_table(driver, fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    out = result.out
    assert "ok       telegram: @groupops_bot answers getMe" in out
    assert "privacy mode is on" in out
    full = block(out, f"telegram:{FULL} ")
    assert "the bot is an admin" in full and "WARNING" not in full and "BLOCKER" not in full
    partial = block(out, f"telegram:{PARTIAL} ")
    assert (
        "BLOCKER  telegram:-1002 \"Partial\": the bot lacks the admin right 'Delete messages'"
        in partial
    )
    assert (
        "WARNING  telegram:-1002 \"Partial\": the bot lacks the admin right 'Pin messages'"
        in partial
    )
    assert "Ban users" not in partial and "Invite users" not in partial
    plain = block(out, f"telegram:{PLAIN} ")
    assert "the bot is a member, not an admin" in plain
    assert "join and leave updates" in plain
    assert "privacy mode hides members' messages" in plain
    assert "BLOCKER  telegram:-1004: chat not reachable" in out
    assert "database sqlite://doctor.db: " in out and "does not exist yet" in out
    assert "4 blocker(s), 2 warning(s)" in out
    assert TOKEN not in result.text and TOKEN.split(":")[1] not in result.text


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_says_what_failed_for_one_chat_and_goes_on(tmp_path, fake, driver):
    channel = -1005
    fake.world.group(channel, "News", type="channel")
    fake.world.bot_rights(channel, status="member")
    write(tmp_path, telegram_table(driver, fake.base_url))
    settings = tmp_path / "settings.toml"
    chats = settings.read_text().split("chats = ")[1].splitlines()[0]
    listed = f'["telegram:{FULL}", "telegram:@club_chat", "telegram:{channel}"]'
    settings.write_text(settings.read_text().replace(chats, listed))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    out = result.out
    assert "unreachable" not in out
    assert "ok       telegram: @groupops_bot answers getMe" in out
    assert "the bot is an admin" in block(out, f"telegram:{FULL} ")
    assert "BLOCKER  telegram:@club_chat: chat id is not a number" in out
    failed = f'BLOCKER  telegram:{channel} "News": chat not readable: getChatMember failed'
    assert failed in out and "ember list is inaccessible)" in out


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_passes_an_admin_bot_without_privacy_mode(tmp_path, fake, driver):
    fake.world.reads_all_messages = True
    write(tmp_path, telegram_table(driver, fake.base_url))
    settings = tmp_path / "settings.toml"
    only_full = settings.read_text().replace(
        settings.read_text().split("chats = ")[1].splitlines()[0], f'["telegram:{FULL}"]'
    )
    settings.write_text(only_full)
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    result, answer = await asyncio.gather(  # the doctor only reads: both reports side by side
        groupops("doctor", cwd=tmp_path), groupops("doctor", "--json", cwd=tmp_path)
    )
    assert result.code == 0, result.text
    assert "privacy mode is off: sees every message" in result.out
    assert "reachable, schema up to date" in result.out
    assert "0 blocker(s), 0 warning(s)" in result.out
    assert answer.code == 0 and '"level": "ok"' in answer.out


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_says_when_telegram_refuses_the_token(tmp_path, fake, driver):
    wrong = "654321:WRONG-token-for-the-fake-0123456789"
    write(tmp_path, telegram_table(driver, fake.base_url), token=wrong)
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    assert "BLOCKER  telegram: Telegram refused the bot token" in result.out
    assert "Traceback" not in result.text and wrong not in result.text


async def test_doctor_reports_redis_and_an_offline_bridge(tmp_path):
    bridge = FakeOneBot("secret-onebot")
    url = await bridge.listen()
    await bridge.stop_serving()  # the bridge process is gone
    wechat = f'[default.platforms.wechat]\nadapter = "onebot12"\nurl = "{url}"\n'
    redis = '[default.cluster]\nredis_url = "redis://127.0.0.1:1/0"\n'
    (tmp_path / "settings.toml").write_text(
        f"""{wechat}{redis}
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["wechat:room1@chatroom", "telegram:-1001", "telegram:-1002", "local:1"]
""",
        encoding="utf-8",
    )
    result = await groupops("doctor", cwd=tmp_path)
    await bridge.close()
    assert result.code == 1, result.text
    # chats on a platform nothing serves here are named (the local test platform is not)
    assert "note     telegram: 2 chats configured, and no [platforms.telegram] to serve" in (
        result.out
    )
    assert "actions for them wait in the outbox" in result.out and " local:" not in result.out
    assert "BLOCKER  wechat (onebot12 bridge at" in result.out
    assert "not online and logged in" in result.out
    assert "BLOCKER  redis redis://127.0.0.1:1/0: unreachable" in result.out


async def test_doctor_sees_a_bridge_logged_in(tmp_path):
    bridge = FakeOneBot("secret-onebot", self_id="wxid_bot")
    bridge.group("room1@chatroom", {"ann": "Ann"})
    url = await bridge.listen()
    (tmp_path / "settings.toml").write_text(
        f"""[default.platforms.wechat]
adapter = "onebot12"
url = "{url}"
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["wechat:room1@chatroom", "wechat:ghost@chatroom"]
admin_chat = "wechat:8888@chatroom"
""",
        encoding="utf-8",
    )
    (tmp_path / ".secrets.toml").write_text(
        '[default.platforms.wechat]\naccess_token = "secret-onebot"\n', encoding="utf-8"
    )
    try:
        result = await groupops("doctor", cwd=tmp_path)
    finally:
        await bridge.close()
    assert "ok       wechat (onebot12 bridge at" in result.out, result.text
    # an admin room the account is not in: reviews and alerts would go nowhere
    assert "WARNING  wechat:8888@chatroom: the bot is not in the admin room" in result.out
    assert "online, logged in as wxid_bot" in result.out
    assert "ok       wechat:room1@chatroom: the bot is in the room" in result.out
    # a room the account is not in had passed with 0 blockers
    assert "BLOCKER  wechat:ghost@chatroom: the bot is not in the room" in result.out
    assert result.code == 1


async def test_doctor_warns_of_a_database_made_for_the_bot_but_never_migrated(tmp_path):
    import sqlite3

    with sqlite3.connect(tmp_path / "made.db") as made:  # as `createdb` leaves PostgreSQL's
        made.execute("CREATE TABLE unrelated (a)")
    (tmp_path / "settings.toml").write_text(
        '[default.database]\nurl = "sqlite://made.db"\n[default.rulesets.main]\n'
        '[default.communities.club]\nruleset = "main"\nchats = ["local:1"]\n',
        encoding="utf-8",
    )
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 0, result.text
    assert "Traceback" not in result.text
    assert "reachable, and holds no groupops tables yet" in result.out
    assert "`groupops migrate` creates them" in result.out


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_asks_whether_the_bot_can_post_in_the_admin_chats(tmp_path, fake, driver):
    # an admin chat is only posted to: the bot need not be an admin there, but must be in it
    LOG, MISSING = -1005, -1006
    fake.world.reads_all_messages = True
    fake.world.group(LOG, "Mods")
    fake.world.bot_rights(LOG, status="member")
    fake.world.group(MISSING, "Old log")
    fake.world.bot_rights(MISSING, status="left")
    write(tmp_path, telegram_table(driver, fake.base_url))
    settings = tmp_path / "settings.toml"
    text = settings.read_text().replace(
        settings.read_text().split("chats = ")[1].splitlines()[0], f'["telegram:{FULL}"]'
    )
    text += (
        f'admin_chat = "telegram:{LOG}"\n'
        f'[default.communities.other]\nruleset = "main"\nchats = ["telegram:{PARTIAL}"]\n'
        f'admin_chat = "telegram:{MISSING}"\n'
    )
    settings.write_text(text)
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    out = result.out
    assert f'ok       telegram:{LOG} "Mods": the bot can post in this admin chat' in out
    missing = block(out, f"telegram:{MISSING}:")  # Telegram shows a chat the bot left to no one
    assert f"BLOCKER  telegram:{MISSING}: admin chat not reachable" in missing
    assert "switches off: review requests, moderation alerts" in missing
    assert "fix: add the bot to it and check the id" in missing
    assert "the bot is a member, not an admin" not in out  # not judged as a moderated group


async def test_redis_without_its_extra_is_one_finding_among_the_rest(monkeypatch):
    # the rest of the report (platforms, database) is not lost for want of the redis library
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)  # as if `[cluster]` were missing
    club = {"ruleset": "main", "chats": ["local:1"]}
    settings = validate_settings(
        {"cluster": {"redis_url": "redis://127.0.0.1:1/0"}, "rulesets": {"main": {}},
         "communities": {"club": club}},
        "test",
    )  # fmt: skip
    finding = await redis_finding(settings)
    assert finding.level == Level.BLOCKER
    assert "needs the 'cluster' extra (redis is not installed)" in finding.what
    assert finding.fix == "pip install 'groupops[cluster]'"


async def test_an_answer_the_library_cannot_read_is_said_for_that_chat(tmp_path, fake, monkeypatch):
    """A Bot API server (a proxy, an emulator) answering getChat without a field aiogram needs:
    the server was reached, so it is that chat's answer, not 'Bot API unreachable'."""
    from support.fake_telegram import methods

    monkeypatch.setitem(methods.METHODS, "getChat", lambda world, params: {"id": params["chat_id"]})
    write(tmp_path, telegram_table("aiogram", fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    assert "unreachable" not in result.out
    assert "ok       telegram: @groupops_bot answers getMe" in result.out
    assert (
        f"BLOCKER  telegram:{FULL}: chat not readable: the Bot API server's answer to getChat "
        "lacks fields this library needs (type, accent_color_id, max_reaction_count, "
        "accepted_gift_types): the server is older than the library" in result.out
    ), result.out


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_reads_telegrams_word_on_the_webhook(tmp_path, fake, driver):
    """Deliveries failing at a proxy, or going to another deployment, never reach the bot:
    only Telegram's getWebhookInfo tells. The address is said by its host (a path may hold
    a secret)."""
    import time

    ours, theirs = "https://bot.example.org/hook-s3cret", "https://old.example.net/tg-s3cret"
    table = telegram_table(driver, fake.base_url) + (
        f'mode = "webhook"\nwebhook_url = "{ours}"\nsecret_token = "abc"\n'
    )
    write(tmp_path, table)
    fake.webhook = {"url": theirs}
    moved = await groupops("doctor", cwd=tmp_path)
    assert (
        "WARNING  telegram: Telegram posts this bot's updates to https://old.example.net, not "
        "to webhook_url (https://bot.example.org): another deployment" in moved.out
    )
    fake.webhook = {"url": ours}
    fake.webhook_info = {
        "has_custom_certificate": False,
        "pending_update_count": 7,
        "last_error_date": int(time.time()) - 120,
        "last_error_message": "Wrong response from the webhook: 502 Bad Gateway",
    }
    failing = await groupops("doctor", cwd=tmp_path)
    out = block(failing.out, "telegram: Telegram's last delivery")
    assert "WARNING  telegram: Telegram's last delivery to the webhook failed" in out
    assert out.splitlines()[0].endswith("UTC: Wrong response from the webhook: 502 Bad Gateway")
    assert "switches off: updates wait at Telegram until a delivery succeeds" in out
    assert "ok       telegram: Telegram posts updates to webhook_url (7 waiting)" in failing.out
    assert "s3cret" not in moved.text + failing.text


async def test_doctor_counts_what_check_warns_about(tmp_path):
    """A review band with no admin chat: check warned, doctor's summary said 0 warning(s)."""
    reviewed = "[default.rulesets.main.moderation]\nclassifier = { enabled = true }\n"
    (tmp_path / "settings.toml").write_text(
        LOCAL_SETTINGS.format(url="sqlite://club.db") + reviewed
    )
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 0, result.text
    assert (
        "WARNING  default.communities.club.admin_chat: not set, but "
        "default.rulesets.main.moderation.classifier.review sends messages to the admins"
    ) in result.out
    assert ", 1 warning(s), " in result.out.splitlines()[-1]


@pytest.mark.parametrize("driver", DRIVERS)
async def test_doctor_reads_a_group_upgraded_to_a_supergroup_at_its_new_id(tmp_path, fake, driver):
    """The settings still name the basic group: its supergroup is checked, and the old id is
    a warning with the new one, not a blocker telling to add the bot."""
    fake.world.reads_all_messages = True
    fake.world.migrate(FULL, -1009)
    write(tmp_path, telegram_table(driver, fake.base_url))
    settings = tmp_path / "settings.toml"
    chats = settings.read_text().split("chats = ")[1].splitlines()[0]
    settings.write_text(settings.read_text().replace(chats, f'["telegram:{FULL}"]'))
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 0, result.text
    out = result.out
    assert f"WARNING  telegram:{FULL}: became telegram:-1009: replace the id in chats" in out
    assert "the bot is an admin" in block(out, 'telegram:-1009 "Full"')
    assert "BLOCKER" not in out and "add the bot to the group" not in out


OLDER = {  # fields a Bot API server older than the bundled aiogram leaves out of an answer
    "getChat": "accepted_gift_types.gifts_from_channels",
    "getChatMember": "can_send_welcome_messages",
}


@pytest.mark.parametrize("method", sorted(OLDER))
async def test_an_older_bot_api_server_is_said_as_too_old(tmp_path, fake, method):
    """A local telegram-bot-api older than aiogram: its answer lacks a field aiogram needs.
    Said as that, naming the field, with the fix (upgrade it, or the PTB driver): not as a
    chat to add the bot to and check the id of."""
    fake.omitted[method] = (OLDER[method],)
    write(tmp_path, telegram_table("aiogram", fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    said = block(result.out, f"telegram:{FULL}")
    assert said.splitlines()[0].endswith(
        f"chat not readable: the Bot API server's answer to {method} lacks fields this "
        f"library needs ({OLDER[method]}): the server is older than the library"
    ), said
    assert said.splitlines()[2] == (
        "           fix: upgrade the Bot API server (telegram-bot-api) to a current release, or "
        'use the python-telegram-bot driver ([platforms.telegram] adapter = "ptb")'
    ), said
    assert "add the bot" not in said


async def test_the_ptb_driver_reads_an_older_bot_api_servers_answers(tmp_path, fake):
    fake.omitted.update({method: (field,) for method, field in OLDER.items()})
    write(tmp_path, telegram_table("ptb", fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert f'ok       telegram:{FULL} "Full": the bot is an admin' in result.out, result.out
    assert "older than the library" not in result.out


async def test_doctor_warns_of_recurring_jobs_armed_by_a_clock_that_was_ahead(tmp_path):
    """A run with the clock a month ahead left the jobs armed for then; doctor said 0 warnings."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    (tmp_path / "settings.toml").write_text(LOCAL_SETTINGS.format(url="sqlite://club.db"))
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    ahead = (datetime.now(UTC) + timedelta(days=31)).replace(second=0, microsecond=0)
    rows = [  # the orders job, every 5 minutes; a membership's expiry, a one-off
        ("club:paid.orders:x", "paid.orders", ahead, "*/5 * * * *"),
        ("paid.expire:x", "paid.expire", ahead, ""),
    ]
    with sqlite3.connect(tmp_path / "club.db") as db:
        db.executemany(
            "INSERT INTO scheduled_jobs (id, community, job, due_at, payload, policy, recurring,"
            " status) VALUES (?, 'club', ?, ?, '{}', 'late', ?, 'pending')",
            [(key, job, due.isoformat(" "), cron) for key, job, due, cron in rows],
        )
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 0, result.text
    out = block(result.out, "database sqlite://club.db")
    assert (
        "WARNING  database sqlite://club.db: 1 recurring job armed further ahead than its "
        "schedule allows (the clock was ahead when armed): paid.orders of club at "
        f"{ahead:%Y-%m-%d %H:%M} UTC"
    ) in out
    assert "switches off: those jobs, until the bot starts" in out
    assert "fix: `groupops run` arms them again from now when it starts" in out
    assert ", 1 warning(s), " in result.out.splitlines()[-1]


async def test_doctor_names_a_community_the_database_holds_and_the_settings_no_longer_do(tmp_path):
    """The operator renamed [communities.devs] to club: the bot started club empty, devs'
    members, points and jobs left unused, and doctor said nothing of it."""
    import sqlite3

    (tmp_path / "settings.toml").write_text(LOCAL_SETTINGS.format(url="sqlite://club.db"))
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    with sqlite3.connect(tmp_path / "club.db") as db:
        db.executemany(
            "INSERT INTO members (community, key, name, status, messages, balance, tier, "
            "consumption, handle, join_seen) VALUES (?, ?, 'Ann', 'member', 3, 30, '', '', '', 0)",
            [("devs", "local:user:1"), ("devs", "local:user:2"), ("club", "local:user:3")],
        )
        db.execute(
            "INSERT INTO scheduled_jobs (id, community, job, due_at, payload, policy, recurring,"
            " status) VALUES ('devs:points.tiers:x', 'devs', 'points.tiers', "
            "'2026-12-01 04:30:00', '{}', 'late', '30 4 * * *', 'pending')"
        )
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 0, result.text
    out = block(result.out, "database sqlite://club.db")
    assert (
        "WARNING  database sqlite://club.db: holds 1 community the settings do not name: "
        "devs (2 members, 1 pending job)"
    ) in out
    assert "give it its earlier name again ([communities.NAME])" in out
