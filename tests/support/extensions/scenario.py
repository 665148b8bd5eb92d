"""Run the extensions of this folder end to end, in a process of their own (what they register
stays out of the rest of the suite): `python -m support.extensions.scenario DIR`, from tests/,
prints as JSON what `groupops check` said of a settings file using all four and what the chat
saw.

Each is registered the way a contributor's package registers it, through entry points (a
distribution's metadata written into DIR, which goes on sys.path as an installed package's
would): the component's (`groupops.components`) names its class, whose module imports the
detector and the campaign kind (their decorators register them); the adapter's
(`groupops.adapters`) names the adapter. Nothing here imports them."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from click.testing import CliRunner

ENTRY_POINTS = """[groupops.components]
echo = support.extensions.echo:Echo

[groupops.adapters]
memo = support.extensions.memo:MemoAdapter
"""


def install_entry_point(folder: Path) -> None:
    info = folder / "memo_extension-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: memo-extension\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(ENTRY_POINTS)
    sys.path.insert(0, str(folder))


def settings_file(folder: Path, pipeline: list[str]) -> Path:
    path = folder / "settings.toml"
    path.write_text(
        f"""[default.database]
url = "sqlite://{folder / "groupops.db"}"

[default.platforms.memo]
adapter = "memo"
admins = ["olga"]

[default.rulesets.main]
pipeline = {json.dumps(pipeline)}

[default.rulesets.main.moderation.shouting]
enabled = true
letters = 10

[default.rulesets.main.campaigns.capitals]
kind = "quiz"
title = "Capitals"
answer = "Paris"
points = 15

[default.communities.club]
ruleset = "main"
chats = ["memo:room"]
title = "Club"
""",
        encoding="utf-8",
    )
    return path


async def converse(path: Path) -> dict:
    from groupops.core.engine import Engine
    from groupops.core.platforms import build_adapters
    from groupops.core.settings import load_settings
    from groupops.core.storage.database import open_database
    from groupops.core.storage.models import Member

    from .memo import MemoAdapter

    settings, _ = load_settings(path)
    database = await open_database(settings.database.url)
    adapters = build_adapters(settings)
    engine = Engine(settings, database, adapters)
    await engine.start()
    memo = adapters[0]
    assert isinstance(memo, MemoAdapter)
    try:
        await memo.say("room", "ann", "/echo hello there")
        await memo.say("room", "bo", "WHY IS NOBODY ANSWERING")
        await memo.say("room", "cy", "I think it is Paris")
        await memo.say("room", "ann", "paris!")  # too late: the quiz is won
        await engine.drain(timeout=10)
        balances = dict(await Member.filter(community="club").values_list("key", "balance"))
    finally:
        await engine.stop()
        await database.close()
    return {
        "sent": [text for _, text in memo.sent],
        "left": list(memo.chats["room"].values()),
        "balances": balances,
    }


def main(folder: Path) -> None:
    install_entry_point(folder)
    from groupops.core.app import load_features
    from groupops.core.cli import main as cli
    from groupops.core.engine.components import default_pipeline

    load_features()  # the composition root loads the entry points
    path = settings_file(folder, [*default_pipeline(), "echo"])
    checked = CliRunner().invoke(cli, ["check", "--settings", str(path)])
    listed = CliRunner().invoke(cli, ["commands", "--json"])
    echo = [c for c in json.loads(listed.output) if c["name"] == "echo"]
    # a key the adapter's constructor does not take (it checks nothing itself): refused by
    # check, where run would stop on a TypeError
    path.write_text(path.read_text().replace('admins = ["olga"]', 'admin = ["olga"]'))
    mistyped = CliRunner().invoke(cli, ["check", "--settings", str(path)])
    path.write_text(path.read_text().replace('admin = ["olga"]', 'admins = ["olga"]'))
    result = {
        "check": [checked.exit_code, checked.output],
        "mistyped": [mistyped.exit_code, mistyped.output],
        "commands": echo,
        **asyncio.run(converse(path)),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
