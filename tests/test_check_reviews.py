"""`groupops check` warns when spam reviews would reach nobody: a ruleset with a review band
used by a community without an admin chat."""

from __future__ import annotations

from click.testing import CliRunner

from groupops.core.cli import main

RULESET = """
[default.rulesets.main.moderation.classifier]
enabled = true
"""


def check(tmp_path, text: str):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["check", "--settings", str(path)])


def test_a_review_band_without_an_admin_chat_is_warned_of(tmp_path):
    result = check(
        tmp_path,
        RULESET + '[default.communities.zh]\nruleset = "main"\nchats = ["wechat:1@chatroom"]\n',
    )
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "review" in line]
    assert warned == [
        "warning: default.communities.zh.admin_chat: not set, but "
        "default.rulesets.main.moderation.classifier.review sends messages to the admins for "
        "review: they are only written to the audit log; set an admin chat (or review = 0: no "
        "reviews)"
    ]


def test_no_warning_with_an_admin_chat_or_without_a_review_band(tmp_path):
    admin = check(
        tmp_path,
        RULESET + '[default.communities.zh]\nruleset = "main"\nchats = ["wechat:1@chatroom"]\n'
        'admin_chat = "wechat:9@chatroom"\n',
    )
    plain = check(
        tmp_path,
        '[default.rulesets.main]\n[default.communities.zh]\nruleset = "main"\n'
        'chats = ["wechat:1@chatroom"]\n',
    )
    for result in (admin, plain):
        assert result.exit_code == 0, result.stderr
        assert "review" not in result.stderr
