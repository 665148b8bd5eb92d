"""`groupops moderate`: an operator tries a ruleset on a file of mixed spam and chatter."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from support.preview import preview_rules

from groupops.core.cli import main

SETTINGS = """
[default.rulesets.tech.moderation]
blocklist = { words = ["刷单", "代开发票"] }
links = { enabled = true, allow = ["github.com"] }
tags = { enabled = true }
[[default.rulesets.tech.moderation.regex.patterns]]
name = "signals"
pattern = 'crypto\\s*signals'

[default.communities.devs]
ruleset = "tech"
chats = ["local:1"]
"""

MESSAGES = [
    "大家早上好",
    "兼职刷單日结",
    "Earn $500/day, join t.me/+AbCdEfGhIj now",
    '{"text": "加V: abc12345 低价代购", "sender": "spammer"}',
    '{"text": "薇信 kefu_8888", "sender": "spammer"}',
    '{"text": "代 开 发 票", "sender": "spammer"}',
    "Best crypto signals https://spam.example/x7",
    "see https://github.com/groupops/groupops",
    "招聘 Python 工程师",
    "",
    "😀",
]


def run(tmp_path: Path, *extra: str):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    messages = tmp_path / "messages.txt"
    messages.write_text("\n".join(MESSAGES) + "\n", encoding="utf-8")
    args = ["moderate", "--settings", str(settings), *extra, str(messages)]
    return CliRunner().invoke(main, args)


def test_json_lines_name_the_rules_and_the_ladder_step(tmp_path):
    result = run(tmp_path, "--ruleset", "tech", "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    verdicts, totals = lines[:-1], lines[-1]["totals"]
    assert [(v["rules"], v["action"]) for v in verdicts] == [
        ([], None),
        (["blocklist"], "remind"),
        (["invites", "links"], "remind"),
        (["contacts"], "remind"),
        (["contacts"], "warn_private"),  # the same sender climbs the ladder
        (["blocklist"], "kick"),
        (["regex", "links"], "remind"),
        ([], None),
        (["tags"], "remind"),
        ([], None),  # the blank line before it is no message
    ]
    assert verdicts[3]["text"] == "加V: abc12345 低价代购"
    assert [v["deleted"] for v in verdicts[:3]] == [False, True, True]
    assert totals["messages"] == 10 and totals["flagged"] == 7
    assert totals["rules"] == {
        "blocklist": 2, "contacts": 2, "links": 2, "invites": 1, "regex": 1, "tags": 1
    }  # fmt: skip


def test_text_output_ends_with_totals_per_rule(tmp_path):
    result = run(tmp_path, "--ruleset", "tech")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["ok", "-", "大家早上好"]
    assert lines[1].split() == ["remind", "+delete", "blocklist", "兼职刷單日结"]  # deletes shown
    assert "10 messages, 7 flagged" in lines  # the blank line is no message
    assert "  blocklist      2" in lines


def test_an_unknown_ruleset_is_refused(tmp_path):
    result = run(tmp_path, "--ruleset", "nope")
    assert result.exit_code == 2
    assert "ruleset 'nope' is not defined (expected one of: tech)" in result.output


def test_many_rules_keep_the_messages_in_one_column(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    messages = tmp_path / "messages.txt"
    spam = "刷单 Best crypto signals t.me/+AbCdEfGhIj 加V: abc12345 https://spam.example/x7"
    messages.write_text(f"{spam}\nhello\n", encoding="utf-8")
    args = ["moderate", "--settings", str(settings), "--ruleset", "tech", str(messages)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    flagged, plain = result.output.splitlines()[:2]
    assert flagged.index(spam[:10]) == plain.index("hello") == 46  # the text column holds
    assert " blocklist,regex +3 " in flagged  # as many rules as fit, then how many more
    assert "  invites        1" in result.output  # the totals name every rule


def test_a_copy_caught_as_a_wave_is_not_remembered_so_waves_do_not_drift(tmp_path):
    # Each line is about 86 % like the one before and further from the first: were every
    # copy remembered, the index would walk from the spam toward other text a step at a time.
    lines = [
        "cheap crypto signals join now code abc123 win big",
        "cheap crypto signals join now code xyz789 win big",  # 85 % like it: a wave
        "cheap crypto signals join now code xyz789 lol ok",  # 86 % like the copy, 72 % like it
    ]
    moderation = 'blocklist = { words = ["abc123"] }\nwaves = { enabled = true }\n'
    assert preview_rules(tmp_path, moderation, lines) == [["blocklist"], ["waves"], []]


def test_the_only_ruleset_is_tried_without_naming_it(tmp_path):
    """After a plain `groupops init` (one ruleset, `main`) the preview stopped at click's
    "Missing option '--ruleset'"."""
    result = run(tmp_path, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[-1])["totals"]["flagged"] == 7
    (tmp_path / "more.toml").write_text(
        SETTINGS + '[default.rulesets.quiet]\ntimezone = "UTC"\n', encoding="utf-8"
    )
    two = CliRunner().invoke(
        main,
        ["moderate", "--settings", str(tmp_path / "more.toml"), str(tmp_path / "messages.txt")],
    )
    assert two.exit_code == 2
    assert two.stderr == "pass --ruleset NAME: the settings have 2 rulesets (quiet, tech)\n"
