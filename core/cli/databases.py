"""Settings for commands that read a database (`report`, `dashboard`): the settings file if
there is one, else the built-in defaults a simulation runs with, plus the communities the
database itself records (a simulation's), so `groupops simulate --db sim.db` opens as is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..redaction import register_url
from ..refs import Ref
from ..settings import Settings, validate_settings
from ..settings.schema import CommunitySettings
from ..simulate.defaults import BUILTIN_SETTINGS, SIMULATED_COMMUNITY
from ..storage.database import redact_url
from ..storage.models import ChatRow, CommunityRow
from .common import EXIT_SETTINGS, fail, load


def load_for_database(settings_path: Path | None) -> tuple[Settings, Path | None]:
    settings, path = load(settings_path, required=False, quiet=True)
    if path is None:
        settings = validate_settings(BUILTIN_SETTINGS, "built-in defaults")
    return settings, path


async def known_settings(settings: Settings) -> Settings:
    """`settings` plus the open database's communities whose ruleset they define (a
    simulation records its community, ruleset and chats); one the settings name is kept as
    the settings say."""
    added: dict[str, Any] = {}
    rows = await CommunityRow.all().values_list("name", "ruleset", "title")
    for name, ruleset, title in rows:
        if name in settings.communities or ruleset not in settings.rulesets:
            continue
        chats = await ChatRow.filter(community=name).values_list("ref", flat=True)
        added[name] = CommunitySettings(
            ruleset=ruleset, chats=tuple(sorted(Ref(str(c)) for c in chats)), title=title
        )
    if not added:
        return settings
    settings = settings.model_copy(update={"communities": {**settings.communities, **added}})
    if SIMULATED_COMMUNITY in added:
        # its ruleset as the simulation played it: with the members' chat it sells, which the
        # community's own figures leave out (as the simulation's summary does)
        from ..paid.simulation import with_paid_group

        settings = with_paid_group(settings, added[SIMULATED_COMMUNITY].ruleset)
    return settings


def sqlite_path(value: str) -> Path:
    """A simulation's `--db`: a new file, or a `sqlite://FILE` URL naming one; another
    database's URL is refused (a simulation keeps its world in SQLite), its credentials masked,
    and so is a file that exists (its rows would count in the new run's summary)."""
    scheme, sep, _ = value.partition("://")
    if sep and scheme != "sqlite":
        register_url(value)
        raise click.BadParameter(
            f"{redact_url(value)}: a simulation keeps its database in SQLite; give a file or "
            "sqlite://FILE",
            param_hint="'--db'",
        )
    path = Path(value.removeprefix("sqlite://"))
    if path.exists() and path.stat().st_size > 0:
        # played on, an earlier run's members and ledger went into this run's summary
        fail(
            f"--db: {path} already exists: a simulation starts from an empty database; give a "
            "new file, or remove this one",
            EXIT_SETTINGS,
        )
    return path
