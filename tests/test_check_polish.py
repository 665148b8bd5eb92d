"""Errors and polish: TOML syntax errors name file, line and column; key paths as written
(`default.…`); `check` warns about settings that do nothing; `bench NAME --help` describes the
benchmark; worker and receive exit 2 saying what they need; export covers every section with
durations as written."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from support.cli import groupops
from support.locales import serving, started_catalog

from groupops.core.cli import main
from groupops.core.i18n import available_locales, catalogs

pytestmark = pytest.mark.timeout(600)


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def write(tmp_path, text: str, secrets: str | None = None):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    if secrets is not None:
        (tmp_path / ".secrets.toml").write_text(secrets, encoding="utf-8")
    return str(path)


def test_a_toml_syntax_error_names_file_line_and_column(tmp_path):
    path = write(tmp_path, '[default.rulesets.main]\ntimezone = "UTC"\nlocale = \n')
    result = cli("check", "--settings", path)
    assert result.exit_code == 2
    assert f"{path}:3:10: is not valid TOML: Invalid value" in result.stderr
    good = write(tmp_path, '[default.rulesets.main]\ntimezone = "UTC"\n', 'token = "abc\n')
    result = cli("check", "--settings", good)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{tmp_path / '.secrets.toml'}:1:13: is not valid TOML: Illegal character '\\n' "
        "(a quoted value left open on this line?)"
    )


def test_key_paths_are_named_as_written_in_the_file(tmp_path):
    path = write(tmp_path, '[default.rulesets.main]\ntimezone = "Mars/Olympus"\n')
    result = cli("check", "--settings", path)
    assert result.exit_code == 2
    assert "  default.rulesets.main.timezone: 'Mars/Olympus' is not a known time zone" in (
        result.stderr
    )


def test_check_warns_about_settings_that_do_nothing(tmp_path):
    path = write(
        tmp_path,
        """
[default.rulesets.main]
timezone = "UTC"
pipeline = ["membership", "welcome"]
[default.rulesets.main.lurkers]
exempt_tiers = ["vip", "paid", "partner"]
[[default.rulesets.main.calendar.posts]]
name = "morning"
cron = "0 8 * * *"
text = "Good morning"
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: default.rulesets.main.calendar.posts: 1 post(s) are never sent: 'calendar' "
        "is not in default.rulesets.main.pipeline"
    ) in result.stderr
    assert "warning: default.rulesets.main.lurkers.exempt_tiers: 'paid', 'partner': no tier" in (
        result.stderr
    )
    assert "'vip'" not in result.stderr


def test_check_warns_of_moderation_without_the_bans_on_arrival(tmp_path):
    """A pipeline written before the bans on joining moved to their own component."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
pipeline = ["membership", "captcha", "moderation", "welcome"]
[default.rulesets.other]
pipeline = ["membership", "arrival_bans", "captcha", "moderation", "welcome"]
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: default.rulesets.main.pipeline: 'moderation' without 'arrival_bans': members "
        "on the shared ban list or CAS are not banned when they join"
    ) in result.stderr
    assert "rulesets.other.pipeline" not in result.stderr


def test_check_warns_of_a_language_no_catalog_serves(tmp_path):
    """'fr' is a locale Babel knows, so it passed; the group then read every reply in English
    and check said nothing, but for the built-in shop's titles lacking French, which the
    operator never wrote. One served by a catalog of its language is not warned of."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
locale = "pt"
[default.communities.club]
ruleset = "main"
locale = "fr"
chats = ["telegram:-1001", "telegram:-1002"]
chat_locales = { "telegram:-1002" = "zh_CN" }
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warned == [
        "warning: default.communities.club.locale: 'fr': groupops has no catalog in that "
        f"language, so its groups read English (catalogs: {', '.join(available_locales())}; "
        "docs/languages.md tells how to add one)"
    ]
    assert "zh_Hans" in available_locales() and "fr" not in available_locales()


def test_check_warns_of_an_admin_chat_members_are_in(tmp_path):
    """The community's own public room as its admin chat passed check and doctor: reviews
    quoting the spam would be posted to the members."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
[default.communities.club]
ruleset = "main"
chats = ["matrix:!pub:x", "matrix:!other:x"]
admin_chat = "matrix:!pub:x"
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warned == [
        "warning: default.communities.club.admin_chat: 'matrix:!pub:x' is one of club's chats: "
        "spam reviews (with the spam's text), reports and alerts would be posted where members "
        "read them; name a chat of the admins alone"
    ]


def test_check_warns_of_an_admin_chat_two_communities_share(tmp_path):
    """Reviews of the first community could not be answered there: its buttons and /spam ID
    went to the second, which did not know the message."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
[default.communities.zh]
ruleset = "main"
chats = ["telegram:-1001"]
admin_chat = "telegram:-1009"
[default.communities.ru]
ruleset = "main"
chats = ["telegram:-1002"]
admin_chat = "telegram:-1009"
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: default.communities.zh.admin_chat: 'telegram:-1009' is the admin chat of zh, "
        "ru: commands and review buttons there act for ru only; give each community its own "
        "admin chat"
    ) in result.stderr


def test_check_warns_about_a_ruleset_no_community_uses_and_stray_chat_languages(tmp_path):
    """A docs snippet pasted under [default.rulesets.tech] beside init's 'main' did nothing
    and check said OK; so did a chat_locales key with a typo in the chat id."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
timezone = "UTC"
[default.rulesets.tech.points]
speak = 1
[default.rulesets.main.captcha]
exempt_tiers = ["cor"]
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001", "matrix:!room:example.org"]
chat_locales = { "matrix:!Other:example.org" = "en" }
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: default.rulesets.tech: no community uses this ruleset, so its settings do "
        "nothing (a community names it with ruleset = 'tech'; in use: main)"
    ) in result.stderr
    assert (
        "warning: default.communities.club.chat_locales: 'matrix:!Other:example.org' is not "
        "one of the community's chats, so its language is never used"
    ) in result.stderr
    assert "warning: default.rulesets.main.captcha.exempt_tiers: 'cor': no tier" in result.stderr


def test_check_warns_of_chat_ids_that_cannot_be_a_group_on_their_platform(tmp_path):
    """'wechat:12345' (no @chatroom) passed check and doctor; the group's messages were then
    dropped as from a chat in no community."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001", "telegram:1234567890", "wechat:12345", "wechat:r1@chatroom",
         "matrix:#devs:example.org", "matrix:!room:example.org"]
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert [line.split(": ", 2)[1] for line in warned] == [
        "default.communities.club.chats[1]",
        "default.communities.club.chats[2]",
        "default.communities.club.chats[4]",
    ]
    assert "'wechat:12345': a WeChat group's id ends with @chatroom" in warned[1]


def test_check_warns_of_a_password_inside_a_url_in_the_settings_file(tmp_path):
    path = write(
        tmp_path,
        """
[default.database]
url = "postgres://ops:S3cretPW@127.0.0.1/ops"
[default.cluster]
redis_url = "redis://:R3disPW@127.0.0.1:6379/0"
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    for key in ("database.url", "cluster.redis_url"):
        assert f"warning: default.{key}: a secret in settings.toml; move it to .secrets.toml" in (
            result.stderr
        )
    assert "S3cretPW" not in result.output and "R3disPW" not in result.output


def test_the_example_settings_check_without_warnings():
    result = cli("check", "--settings", "settings.toml")
    assert result.exit_code == 0 and "warning:" not in result.stderr, result.stderr


TOKEN = "123456789:AAFakeSecretTokenValueXYZ12345678ab"
TELEGRAM = """
[default.rulesets.main]
timezone = "UTC"
[default.platforms.telegram]
adapter = "aiogram"
"""


def test_check_warns_about_a_token_written_in_settings_toml_without_echoing_it(tmp_path):
    result = cli("check", "--settings", write(tmp_path, TELEGRAM + f'token = "{TOKEN}"\n'))
    assert result.exit_code == 0, result.output
    assert (
        "warning: default.platforms.telegram.token: a secret in settings.toml; move it to "
        ".secrets.toml beside it (git-ignored) or to a GROUPOPS_* environment variable"
    ) in result.stderr
    assert TOKEN not in result.output and "AAFake" not in result.stderr

    beside = write(tmp_path, TELEGRAM, f'[default.platforms.telegram]\ntoken = "{TOKEN}"\n')
    result = cli("check", "--settings", beside)
    assert result.exit_code == 0 and "warning:" not in result.stderr, result.stderr


def test_bench_name_help_describes_that_benchmark():
    result = cli("bench", "checkin-burst", "--help")
    assert result.exit_code == 0
    assert "1,000 check-ins within one second at day start" in result.output
    assert "--quick" in result.output
    listing = cli("bench")
    assert "pipeline" in listing.output and "moderation" in listing.output


async def test_worker_and_receive_exit_2_saying_what_they_need(tmp_path):
    write(tmp_path, '[default.rulesets.main]\ntimezone = "UTC"\n'
          '[default.communities.c]\nruleset = "main"\n')  # fmt: skip
    worker = await groupops("worker", cwd=tmp_path)
    assert worker.code == 2 and "groupops worker needs PostgreSQL" in worker.err
    receive = await groupops("receive", cwd=tmp_path)
    assert receive.code == 2
    assert "no platforms configured: groupops receive connects the platforms" in receive.err
    assert "[default.cluster] redis_url" in receive.err


async def test_worker_without_a_redis_url_names_it_and_touches_no_redis(tmp_path):
    """The default Redis (this machine's database 0) may be another program's: a worker wrote
    its streams there unasked, and doctor said Redis was not configured."""
    write(tmp_path, '[default.database]\nurl = "postgres://postgres@127.0.0.1:5432/test"\n'
          '[default.rulesets.main]\ntimezone = "UTC"\n'
          '[default.communities.c]\nruleset = "main"\nchats = ["local:1"]\n')  # fmt: skip
    worker = await groupops("worker", cwd=tmp_path)
    assert worker.code == 2, worker.text
    assert worker.err.strip().endswith(
        "groupops worker needs a Redis: set [default.cluster] redis_url "
        "(e.g. redis://127.0.0.1:6379/0) or GROUPOPS_CLUSTER__REDIS_URL"
    )
    assert "Traceback" not in worker.text


def test_export_covers_every_section_with_durations_as_written(tmp_path):
    path = write(
        tmp_path,
        """
[default.database]
url = "sqlite://export.db"
[default.rulesets.main]
timezone = "UTC"
[default.rulesets.main.moderation]
warn_expiry = "30d"
[default.rulesets.main.tiers]
lurker_after = "30d"
[[default.rulesets.main.calendar.posts]]
name = "morning"
cron = "0 8 * * *"
text = "Good morning"
[default.communities.c]
ruleset = "main"
""",
    )
    result = cli("export", "--settings", path)
    assert result.exit_code == 0, result.output
    sections = json.loads(result.output)["communities"]["c"]["settings"]
    for name in ("points", "shop", "tiers", "campaigns", "calendar", "moderation", "welcome"):
        assert name in sections
    assert sections["moderation"]["warn_expiry"] == "30d"
    assert sections["tiers"]["lurker_after"] == "30d"
    assert sections["calendar"]["posts"][0]["cron"] == "0 8 * * *"


def test_check_warns_of_a_community_with_no_chats(tmp_path):
    """docs/languages.md's snippet pasted without its chats line passed in silence, and the
    community then served nothing."""
    path = write(tmp_path, '[default.rulesets.main]\n[default.communities.zh]\nruleset = "main"\n')
    result = cli("check", "--settings", str(path))
    assert result.exit_code == 0
    assert (
        "warning: default.communities.zh.chats: is empty: this community serves no chat "
        "(`groupops init`, run in an empty folder, lists the chats the bot sees)"
    ) in result.output


def test_check_warns_of_a_text_per_language_without_the_groups_language(tmp_path):
    """A Ukrainian ruleset's onboarding written only in English: new members were sent the
    English one, and check said OK."""
    path = write(
        tmp_path,
        """
[default.rulesets.main]
locale = "uk"
[default.rulesets.main.welcome]
onboarding = { en = "Welcome! Read the rules first." }
text = { en = "Hi {first}", uk = "Привіт, {first}" }
rules = "One text for every language is the operator's choice"
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001"]
chat_locales = { "telegram:-1001" = "zh_Hant" }
[[default.rulesets.main.calendar.posts]]
name = "morning"
cron = "0 8 * * *"
text = { en = "Good morning", uk = "Доброго ранку", zh_Hans = "早上好" }
""",
    )
    result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: default.rulesets.main.welcome.onboarding: no text for 'uk', 'zh_Hant' "
        "(written: en); those groups are sent the 'en' one"
    ) in result.stderr
    assert (
        "warning: default.rulesets.main.welcome.text: no text for 'zh_Hant' (written: en, uk)"
    ) in result.stderr
    assert "welcome.rules" not in result.stderr
    assert "calendar.posts" not in result.stderr  # a zh_Hant reader gets the zh_Hans text


def test_check_warns_of_a_catalog_that_is_still_being_translated(tmp_path):
    """A contributor's `scripts/i18n.py init ja` makes `ja` a served language: the warning of
    a language with no catalog went quiet, check said OK, and the group read every reply in
    English. Check now says how much of the catalog its groups read in English."""
    locales = tmp_path / "locales"
    shutil.copytree(catalogs.locales_dir() / "de", locales / "de")
    template = started_catalog(locales, "ja", {"joined": "参加"})
    path = write(
        tmp_path,
        """
[default.rulesets.main]
locale = "de"
[default.communities.club]
ruleset = "main"
locale = "ja-JP"
chats = ["telegram:-1001"]
""",
    )
    with serving(locales):
        result = cli("check", "--settings", path)
    assert result.exit_code == 0, result.stderr
    total = len([m for m in template if m.id])
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warned == [
        f"warning: default.communities.club.locale: 'ja_JP': the ja catalog leaves {total - 1} "
        f"of {total} messages untranslated, which its groups read in English (python "
        "scripts/i18n.py check lists them)"
    ]
