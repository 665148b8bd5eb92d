"""`groupops check` on moderation settings: bad regexes and steps are refused by key path."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from groupops.core.cli import main

BROKEN = """
[default.rulesets.tech.moderation]
escalation = ["remind", "slap", "mute 2x"]
flood = { action = "kick 1h" }

[[default.rulesets.tech.moderation.regex.patterns]]
name = "ok"
pattern = 'crypto\\s+signals'

[[default.rulesets.tech.moderation.regex.patterns]]
name = "lookbehind"
pattern = '(?<=vx)\\d+'

[default.communities.devs]
ruleset = "tech"
chats = ["local:1"]
"""


def test_check_refuses_a_pattern_re2_cannot_compile_naming_its_key_path(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text(BROKEN, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--settings", str(path)])
    assert result.exit_code == 2
    out = result.output
    where = "rulesets.tech.moderation.regex.patterns[1].pattern"
    assert f"{where}: '(?<=vx)\\\\d+' is not a valid " in out
    assert "RE2 pattern: invalid perl operator: (?<=" in out
    assert "rulesets.tech.moderation.escalation: 'slap' is not a step" in out
    assert "rulesets.tech.moderation.flood.action: 'kick' takes no duration" in out
    assert "patterns[0]" not in out


def test_check_refuses_a_bad_auto_reply_regex(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text(
        "[[default.rulesets.tech.autoreply.rules]]\n"
        "match = 'regex'\npattern = '(unclosed'\nreply = 'hi'\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--settings", str(path)])
    assert result.exit_code == 2
    assert (
        "rulesets.tech.autoreply.rules[0].pattern: '(unclosed' is not a valid RE2" in result.output
    )


def test_a_bad_pattern_in_chinese_is_quoted_as_written(tmp_path: Path):
    path = tmp_path / "settings.toml"
    pattern = "((crypto|币圈)\\\\s*(signals?|带单)"  # TOML: one backslash reaches RE2
    path.write_text(
        "[[default.rulesets.tech.moderation.regex.patterns]]\n"
        f"name = 'signals'\npattern = \"{pattern}\"\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--settings", str(path)])
    assert result.exit_code == 2
    assert "is not a valid RE2 pattern: missing ): ((crypto|币圈)\\s*(signals?|带单)" in (
        result.output
    )
