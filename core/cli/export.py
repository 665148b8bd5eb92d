"""`groupops export`: the settings in force per community, as JSON: the whole ruleset from
settings.toml (its clock, locale and fallbacks, and every registered section, defaults
included) and, beside it, what admins changed by command (/addblocklist, /lock, /setflood,
/filter, /setwelcome, /setrules, /approve, /captcha, ...) with who changed it and when."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..moderation.overrides import exported
from ..settings.written import overlay, written_rulesets
from .common import db_option, fail, load, open_named, run_async, settings_option


@click.command("export")
@settings_option
@click.option("--community", "name", default=None, help="Only this community.")
@db_option()
def export(settings_path: Path | None, name: str | None, db_url: str | None) -> None:
    """Print each community's settings as JSON: the settings file's values, and beside them
    the changes made by chat commands."""
    settings, path = load(settings_path, quiet=True)
    names = [name] if name else sorted(settings.communities)
    unknown = [n for n in names if n not in settings.communities]
    if unknown:
        known = ", ".join(sorted(settings.communities)) or "none"
        fail(f"community {unknown[0]!r} is not defined (expected one of: {known})", 2)

    written = written_rulesets(path)

    async def go() -> dict[str, Any]:
        # a mistyped --db is refused, not made empty and read as if all were well
        database = await open_named(settings, path, db_url, existing=bool(db_url))
        try:
            out: dict[str, Any] = {}
            for community in names:
                config = settings.communities[community]
                ruleset = settings.rulesets[config.ruleset]
                as_written = written.get(config.ruleset.lower(), {})
                out[community] = {
                    # the community's own table: its chats, title, locale, admin chat
                    **_dump(config),
                    "ruleset": config.ruleset,
                    # every field of the ruleset model: a section a feature registers is in it
                    "settings": overlay(_dump(ruleset), as_written),
                    "changed_by_command": await exported(community),
                }
            return out
        finally:
            await database.close()

    click.echo(json.dumps({"communities": run_async(go())}, ensure_ascii=False, indent=2))


def _dump(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_dump(item) for item in value]
    return value
