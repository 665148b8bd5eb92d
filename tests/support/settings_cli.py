"""`groupops check` as the settings tests run it: in-process, on a settings file they write."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from groupops.core.cli import main


def check(*args: str) -> Result:
    """`groupops check` in-process; `returncode`, `stdout` and `stderr` as a user sees them."""
    result = CliRunner().invoke(main, ["check", *args])
    result.returncode = result.exit_code  # type: ignore[attr-defined]
    return result


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def check_text(tmp_path: Path, text: str) -> Result:
    """`groupops check --settings` on a file holding `text`."""
    return check("--settings", str(write(tmp_path, text)))


def community_settings(
    tmp_path: Path, chat: str, platform: str, *, timezone: str = "UTC", secrets: str = ""
) -> str:
    """A settings file with one community of one chat, its database in `tmp_path`, and the
    `platform` section given (and a .secrets.toml beside it when `secrets` is given)."""
    path = write(
        tmp_path,
        f"""
[default.database]
url = "sqlite://{tmp_path / "groupops.db"}"
[default.rulesets.main]
timezone = "{timezone}"
[default.communities.club]
ruleset = "main"
chats = ["{chat}"]
{platform}
""",
    )
    if secrets:
        (tmp_path / ".secrets.toml").write_text(secrets, encoding="utf-8")
    return str(path)
