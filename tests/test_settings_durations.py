"""A duration in the settings takes a unit: `duration = 10` beside `action = "mute"` passed
`groupops check` as ten seconds, where an operator writing the playbook's "mute 10" meant
minutes, and `export` showed `"duration": 10` with no unit. Every Duration setting refuses a
bare number with the error a misspelt unit gets; 0 is the same in every unit."""

from __future__ import annotations

from support.settings_cli import check_text

EXPECTED = (
    "is not a duration (expected a number and a unit s, m, h, d or w, e.g. '10m', '2h', '3d')"
)

RULESET = """
[default.rulesets.main]
timezone = "UTC"
[default.rulesets.main.moderation]
warn_expiry = {warn_expiry}
[default.rulesets.main.moderation.flood]
enabled = true
action = "mute"
duration = {duration}
[default.rulesets.main.captcha]
enabled = true
timeout = {timeout}
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001234567890"]
"""


def test_a_bare_number_for_a_duration_is_refused_everywhere(tmp_path):
    result = check_text(tmp_path, RULESET.format(warn_expiry=30, duration=10, timeout=2.5))
    assert result.returncode == 2, result.output
    assert result.stderr.splitlines()[1:] == [
        f"  default.rulesets.main.captcha.timeout: 2.5 {EXPECTED}",
        f"  default.rulesets.main.moderation.warn_expiry: 30 {EXPECTED}",
        f"  default.rulesets.main.moderation.flood.duration: 10 {EXPECTED}",
    ]
    assert "OK" not in result.stdout


def test_a_duration_with_its_unit_or_zero_passes(tmp_path):
    settings = RULESET.format(warn_expiry=0, duration='"10m"', timeout='"1h30m"')
    result = check_text(tmp_path, settings)
    assert result.returncode == 0, result.output
    assert "OK (1 ruleset, 1 community" in result.stdout


def test_zero_written_as_a_string_passes_as_zero_does(tmp_path):
    # `cooldown = "0"`, as the other durations are written, in quotes: no unit needed either
    settings = RULESET.format(warn_expiry='"0"', duration='"10m"', timeout='" 0 "')
    result = check_text(tmp_path, settings)
    assert result.returncode == 0, result.output
    assert "OK (1 ruleset, 1 community" in result.stdout
