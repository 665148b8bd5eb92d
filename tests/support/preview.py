"""`groupops moderate` on a ruleset and a few messages, as an operator previews them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from groupops.core.cli import main


def preview_rules(tmp_path: Path, moderation: str, lines: list[str]) -> list[list[str]]:
    """The rules each line broke, in order, under a ruleset `r` whose moderation table holds
    `moderation` (TOML), each line sent by another member."""
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f"[default.rulesets.r.moderation]\n{moderation}"
        '[default.communities.c]\nruleset = "r"\nchats = ["local:1"]\n',
        encoding="utf-8",
    )
    messages = tmp_path / "m.jsonl"
    messages.write_text(
        "".join(json.dumps({"text": t, "sender": f"u{n}"}) + "\n" for n, t in enumerate(lines)),
        encoding="utf-8",
    )
    args = ["moderate", "--settings", str(settings), "--ruleset", "r", "--json", str(messages)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["rules"] for line in result.output.splitlines()[:-1]]
