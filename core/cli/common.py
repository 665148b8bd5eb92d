"""Shared CLI plumbing: settings loading with exit code 2 on errors, secrets registered,
logging set up, and an asyncio runner."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from ..errors import GroupopsError, MissingExtra, SettingsError
from ..redaction import redact, register, register_url
from ..storage.urls import url_problem

if TYPE_CHECKING:
    from ..settings import Settings
    from ..storage.database import Database

T = TypeVar("T")
EXIT_SETTINGS = 2
DEFAULT_SETTINGS = "settings.toml"

settings_option = click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    envvar="GROUPOPS_SETTINGS",
    help="Settings file (default: ./settings.toml; env GROUPOPS_SETTINGS).",
)


def _url_given(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    # `--db "$DATABASE_URL"` with the variable unset would otherwise use database.url unsaid
    if value is not None and not value.strip():
        raise click.BadParameter("is empty (an unset variable?); leave it out for database.url")
    if value is not None and "://" not in value:
        if not Path(value).is_file():  # neither a URL nor the file it might have meant
            flag = _param.opts[0] if _param.opts else "--db"
            fail(f"error: {flag}: {url_problem(value)}; nor is it a SQLite file here")
        # the SQLite file itself, as `simulate --db FILE` and `backup` wrote it
        value = f"sqlite://{Path(value).resolve()}"
    register_url(value)
    return value


def db_option(
    help: str = "Database URL or SQLite file (default: database.url from settings).",
) -> Any:
    return url_option("--db", "db_url", help=help)


def url_option(flag: str, name: str, **options: Any) -> Any:
    """A database URL option: refused when empty, its credentials masked from then on."""
    return click.option(flag, name, default=None, callback=_url_given, **options)


def catalog_locale(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A --locale value as the catalog it finds (`pt` finds pt_BR), or a usage error naming
    the catalogs: an unknown one must not quietly fall back to another language."""
    from ..i18n import available_locales, match

    if value is None:
        return None
    chosen = match(value)
    if chosen is None:
        raise click.BadParameter(
            f"{value!r} has no catalog (one of: {', '.join(available_locales())})"
        )
    return chosen


def ruleset_named(settings: Settings, name: str | None) -> str:
    """The ruleset --ruleset names or, without it, the settings' only one (a plain `groupops
    init` writes one, `main`); exit 2 naming the rulesets to choose from."""
    known = ", ".join(sorted(settings.rulesets)) or "none"
    if name is None and len(settings.rulesets) == 1:
        return next(iter(settings.rulesets))
    if name is None:
        fail(
            f"pass --ruleset NAME: the settings have {len(settings.rulesets)} rulesets ({known})", 2
        )
    if name not in settings.rulesets:
        fail(f"ruleset {name!r} is not defined (expected one of: {known})", 2)
    return name


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(redact(message), err=True)
    sys.exit(code)


def chosen_community(known: list[str], given: str | None, held: str) -> str:
    """The community a database command reads: `given` if the database holds `held` (its
    orders, its members) of it, else the only one that does; exit 2 naming the choices."""
    if given is not None:
        if given not in known:
            listed = ", ".join(known) or "none yet"
            fail(f"--community: {given!r} has no {held} here (known: {listed})", EXIT_SETTINGS)
        return given
    if len(known) == 1:
        return known[0]
    if not known:
        fail(f"no community has {held} in this database yet", EXIT_SETTINGS)
    fail(f"--community: this database holds {held} of {', '.join(known)}: name one", EXIT_SETTINGS)


def resolve_path(path: Path | None, *, required: bool) -> Path | None:
    if path is not None:
        return path
    default = Path(DEFAULT_SETTINGS)
    if default.is_file() or required:
        return default
    return None


def load(
    path: Path | None, *, required: bool = True, quiet: bool = False
) -> tuple[Settings, Path | None]:
    """Load settings or exit 2 naming every problem; also sets up logging."""
    # imported here, not above: `groupops --help` and light commands never need them
    from ..logging import setup_logging
    from ..settings import load_settings
    from ..settings.loader import ignored_variables
    from ..settings.schema import LoggingSettings

    resolved = resolve_path(path, required=required)
    for name in ignored_variables():
        click.echo(
            f"warning: {name} is ignored (only upper-case GROUPOPS_ variables are read): "
            f"name it {name.upper()}",
            err=True,
        )
    try:
        settings, secrets = load_settings(resolved)
    except SettingsError as exc:
        fail(str(exc), EXIT_SETTINGS)
    register(*secrets)
    register_url(settings.database.url)  # a password written into the URL itself
    register_url(settings.cluster.redis_url)
    if quiet:  # a command whose output is its answer: warnings only, secrets masked
        # (loguru's own handler masked nothing and printed every adapter's reconnect)
        setup_logging(LoggingSettings(level="WARNING", format=settings.logging.format))
    else:
        setup_logging(settings.logging)
    return settings, resolved


def require_settings_or_db(path: Path | None, db_url: str | None) -> None:
    """A command that writes or copies a database, run with no settings file here and no
    --db: which database it would touch is unknown, and making `groupops.db` here would leave
    a stray one behind."""
    if path is None and db_url is None:
        fail(
            f"no {DEFAULT_SETTINGS} in {Path.cwd()}: run in the deployment's folder, or pass "
            "--settings, or --db with the database's URL",
            EXIT_SETTINGS,
        )


def require_something_to_read(path: Path | None, db_url: str | None, url: str) -> None:
    """A command that only reads (`outbox`, `report`) with no settings file, no --db and no
    database here: opening one would create it empty and report nothing from it, as if all
    were well. Most likely the wrong folder: say so instead."""
    if path is None and db_url is None and url.startswith("sqlite://"):
        file = Path(url.removeprefix("sqlite://"))
        if not file.exists():
            fail(
                f"no {DEFAULT_SETTINGS} and no database ({file}) in {Path.cwd()}: run in the "
                "deployment's folder, or pass --settings or --db",
                EXIT_SETTINGS,
            )


async def open_named(
    settings: Settings, path: Path | None, db_url: str | None, **options: Any
) -> Database:
    """The database `--db` names, else the settings' `database.url`; an error names which."""
    from ..storage.database import open_database  # the ORM loads only for commands using it

    if db_url:
        return await open_database(db_url, base_dir=base_dir(path), source="--db", **options)
    return await open_database(settings.database.url, base_dir=base_dir(path), **options)


def with_database(
    settings_path: Path | None, db_url: str | None, work: Callable[[Settings], Awaitable[T]]
) -> T:
    """A reading command's work with its database open: the settings file if there is one,
    the database `--db` names or the settings' (a mistyped `--db` refused, not made empty and
    read as if all were well), closed afterwards."""
    settings, path = load(settings_path, required=False, quiet=True)
    require_something_to_read(path, db_url, settings.database.url)

    async def go() -> T:
        database = await open_named(settings, path, db_url, existing=bool(db_url))
        try:
            return await work(settings)
        finally:
            await database.close()

    return run_async(go())


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except MissingExtra:
        raise  # the command group reports it with exit code 2
    except GroupopsError as exc:
        fail(f"error: {exc}", exc.exit_code)


def base_dir(path: Path | None) -> Path:
    return path.resolve().parent if path is not None else Path(os.getcwd())
