"""`groupops dashboard`: serve the operator console; `groupops dashboard login-link` prints a
one-time sign-in link (for the operator, who sees every community, or for a member with a
role in the settings); `groupops dashboard sign-out` ends sessions. The web parts need the
`dashboard` extra."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import click

from ..clock import SystemClock
from ..console.access import communities_of
from ..console.chat import console_url
from ..console.links import BY_SETTINGS, EVERY, Grant, end_sessions, issue_link
from ..counted import counted
from .common import (
    EXIT_SETTINGS,
    db_option,
    fail,
    open_named,
    require_something_to_read,
    run_async,
    settings_option,
)
from .databases import known_settings, load_for_database


@click.group(invoke_without_command=True)
@click.option("--host", default=None, help="Address to listen on (default: dashboard.host).")
@click.option("--port", default=None, type=click.IntRange(0, 65535),
              help="Port (default: dashboard.port, 8080).")  # fmt: skip
@db_option()
@settings_option
@click.pass_context
def dashboard(
    ctx: click.Context, host: str | None, port: int | None, db_url: str | None,
    settings_path: Path | None,
) -> None:  # fmt: skip
    """Serve the operator console in the browser."""
    if ctx.invoked_subcommand is not None:
        return
    from ..console.server import ConsoleServer  # starlette, uvicorn: the dashboard extra
    from ..logging import setup_logging

    settings, path = load_for_database(settings_path)
    require_something_to_read(path, db_url, settings.database.url)
    setup_logging(settings.logging)  # a server: its log as the settings ask, as `run`'s

    async def serve() -> None:
        database = await open_named(settings, path, db_url)
        try:
            known = await known_settings(settings)
            server = ConsoleServer(known, database, host=host, port=port, settings_path=path)
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, lambda: setattr(server.server, "should_exit", True))
            await server.start()
            served = f"http://{server.server.config.host}:{server.port}"
            # the link names the console's address from the settings unless told this one
            moved = not known.dashboard.base_url and served != console_url(known)
            told = f" --base-url {served}" if moved else ""
            click.echo(
                f"console on {served} "
                f"({counted(len(known.communities), 'community', 'communities')}); sign in "
                f"with a link from `groupops dashboard login-link{told}`",
                err=True,
            )
            await server.serve_forever()
        finally:
            await database.close()

    run_async(serve())


@dashboard.command("login-link")
@click.option(
    "--user",
    default=None,
    help="A member's account (telegram:user:42); default: the operator, every community.",
)
@click.option(
    "--base-url", default=None, help="The console's address (default: dashboard.base_url)."
)
@db_option()
@settings_option
def login_link(user: str | None, base_url: str | None, db_url: str | None,
               settings_path: Path | None) -> None:  # fmt: skip
    """Print a one-time sign-in link to the console."""
    settings, path = load_for_database(settings_path)
    require_something_to_read(path, db_url, settings.database.url)

    async def make() -> str:
        database = await open_named(settings, path, db_url)
        try:
            known = await known_settings(settings)
            if user is None:
                grant = Grant("", "", (EVERY,))
            else:
                where = communities_of(known, user)
                if not where:
                    fail(
                        f"{user} holds no admin role in any community's settings "
                        "([communities.NAME.roles]); an admin can also send /dashboard in "
                        "their chat",
                        EXIT_SETTINGS,
                    )
                grant = Grant(user, user, tuple(where), BY_SETTINGS)
            minutes = known.dashboard.link_minutes
            token = await issue_link(grant, SystemClock().now(), minutes)
            return f"{(base_url or console_url(known)).rstrip('/')}/login/{token}"
        finally:
            await database.close()

    click.echo(run_async(make()))
    click.echo(f"(works once, for {settings.dashboard.link_minutes} minutes)", err=True)
    if base_url is None and not settings.dashboard.base_url:
        # the console's own --host and --port are known only to the process that serves it
        click.echo(
            "(the address is dashboard.host and dashboard.port of the settings; for a console "
            "started with --host or --port, pass the --base-url `groupops dashboard` printed)",
            err=True,
        )


@dashboard.command("sign-out")
@click.option(
    "--user", default=None, help="Only this member's sessions (telegram:user:42); default: all."
)
@db_option()
@settings_option
def sign_out(user: str | None, db_url: str | None, settings_path: Path | None) -> None:
    """End console sessions at once (after taking a role away, or a lost device)."""
    settings, path = load_for_database(settings_path)
    require_something_to_read(path, db_url, settings.database.url)

    async def end() -> int:
        database = await open_named(settings, path, db_url)
        try:
            return await end_sessions(SystemClock().now(), user=user)
        finally:
            await database.close()

    ended = run_async(end())
    whose = f" of {user}" if user is not None else ""
    click.echo(f"{counted(ended, 'session', 'sessions')}{whose} ended")
