"""GROUPOPS_* variables are read only with the upper-case prefix: one in another case was
ignored without a word (`groupops_database__url` left the database as it was), and a problem
with the key said the ignored variable had set it."""

from __future__ import annotations

from support.cli import groupops

SETTINGS = """
[default.platforms.telegram]
adapter = "aiogram"
[default.rulesets.main]
timezone = "UTC"
"""


async def test_a_lower_case_variable_is_named_as_ignored(tmp_path):
    (tmp_path / "settings.toml").write_text('[default.rulesets.main]\ntimezone = "UTC"\n')
    result = await groupops("check", cwd=tmp_path, groupops_database__url="sqlite://other.db")
    assert result.code == 0, result.text
    assert result.err == (
        "warning: groupops_database__url is ignored (only upper-case GROUPOPS_ variables are "
        "read): name it GROUPOPS_DATABASE__URL\n"
    )


async def test_an_ignored_token_variable_is_not_said_to_have_set_the_token(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS)
    result = await groupops("check", cwd=tmp_path, groupops_platforms__telegram__token="1:x")
    assert result.code == 2, result.text
    lines = result.err.splitlines()
    assert lines[0] == (
        "warning: groupops_platforms__telegram__token is ignored (only upper-case GROUPOPS_ "
        "variables are read): name it GROUPOPS_PLATFORMS__TELEGRAM__TOKEN"
    )
    assert "default.platforms.telegram.token: is required" in result.err
    assert "set by" not in result.err and "Traceback" not in result.err
