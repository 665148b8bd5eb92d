"""`groupops check` and `doctor` say what moderation a platform cannot carry out: a platform
without message deletion left every caught message in the chat, and a ladder step it cannot
take was replaced by its fallback, while check said OK and doctor that the adapter reports
nothing; the operator learned it only from one INFO line per caught message at `run`."""

from __future__ import annotations

import subprocess
import sys

from support.settings_cli import check, write

WECHAT = (
    '[default.platforms.wechat]\nadapter = "onebot12"\nurl = "ws://127.0.0.1:6700"\n'
    "[default.rulesets.main.moderation]\n"
    'escalation = ["remind", "mute 1h", "ban"]\n'
    '[default.rulesets.main.fallbacks]\nban = "kick"\n'
    '[default.communities.club]\nruleset = "main"\nchats = ["wechat:g1@chatroom"]\n'
)


def test_check_notes_that_caught_messages_stay_and_which_steps_are_replaced(tmp_path):
    result = check("--settings", str(write(tmp_path, WECHAT)))
    assert result.returncode == 0, result.stderr
    notes = result.stderr.splitlines()
    assert (
        "note: default.communities.club.chats: wechat cannot delete messages: a message "
        "moderation catches stays in club's wechat chats (its sender is still reminded, "
        "warned and removed as the ladder says)"
    ) in notes
    assert (
        "note: default.rulesets.main.moderation.escalation: step 'mute': wechat cannot mute, "
        "so in club's wechat chats it is a warning in the group instead (fallbacks.mute = 'warn')"
    ) in notes
    assert (
        "note: default.rulesets.main.moderation.escalation: step 'ban': wechat cannot ban, so "
        "in club's wechat chats it is a kick instead (fallbacks.ban = 'kick')"
    ) in notes
    assert not [line for line in notes if line.startswith("warning:")]


def test_check_is_silent_where_the_platform_does_it_all(tmp_path):
    settings = WECHAT.replace(
        'adapter = "onebot12"\nurl = "ws://127.0.0.1:6700"', 'adapter = "local"'
    )
    settings = settings.replace("wechat", "local")
    result = check("--settings", str(write(tmp_path, settings)))
    assert (result.returncode, result.stderr) == (0, "")


def test_check_says_nothing_of_deletion_where_moderation_is_off(tmp_path):
    settings = WECHAT.replace(
        "[default.rulesets.main.moderation]\n",
        '[default.rulesets.main]\npipeline = ["points"]\n[default.rulesets.main.moderation]\n',
    )
    result = check("--settings", str(write(tmp_path, settings)))
    assert result.returncode == 0, result.stderr
    assert "cannot" not in result.stderr


def test_doctor_lists_them_as_notes_not_warnings(tmp_path):
    path = write(tmp_path, WECHAT)
    result = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "doctor", "--settings", str(path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert "note     default.communities.club.chats: wechat cannot delete messages" in result.stdout
    assert "warning(s)" in result.stdout and "cannot delete" not in result.stderr
