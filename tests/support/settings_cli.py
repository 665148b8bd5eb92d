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
