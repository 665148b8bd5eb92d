"""`groupops run`: start the configured platforms and process events until Ctrl-C / SIGTERM."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Any

import click
from loguru import logger

from ..chat_platforms import unserved_communities
from ..counted import counted
from ..engine import Engine
from ..engine.collector import settle
from ..platforms import build_adapters
from ..storage.database import open_database, redact_url
from .common import EXIT_SETTINGS, base_dir, fail, load, run_async, settings_option
from .instance import Held, hold


async def serve(settings, path: Path | None, drain_timeout: float) -> None:
    adapters = build_adapters(settings)  # before the database: an adapter refusing its
    # options would leave the database's thread running, and the process with it
    held = await hold(settings.database.url, base_dir(path))  # before any delivery
    try:
        await _serve(settings, path, drain_timeout, adapters, held)
    finally:
        await held.release()


async def _serve(
    settings, path: Path | None, drain_timeout: float, adapters: Any, held: Held
) -> None:
    from ..metrics.prometheus import start_exporter

    database = await open_database(settings.database.url, base_dir=base_dir(path), writes=True)
    try:
        engine = Engine(settings, database, adapters)
    except BaseException:
        await database.close()
        raise
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    asked: list[str] = []  # the signal that asked to stop, named in the log

    def stop(sig: signal.Signals) -> None:
        asked.append(sig.name)
        stopping.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop, sig)
    engine.on_halt.append(lambda _halted: stopping.set())
    exporter = None
    console: Any = None  # the console, when [dashboard] enabled
    try:
        await engine.start()
    except BaseException:  # nothing ran: nothing to drain
        await engine.stop(drain_timeout=1.0)
        await database.close()
        raise
    taken = asyncio.create_task(held.taken.wait(), name="run-lock-taken")
    taken.add_done_callback(lambda _task: stopping.set())
    try:
        await report_findings(settings, engine)
        settle()  # what start-up loaded stays out of the collector's scans
        exporter = await start_exporter(engine)
        if settings.dashboard.enabled:  # the console beside the bot: requests run at once
            from ..console.server import ConsoleServer  # the dashboard extra

            console = ConsoleServer(settings, database, engine, settings_path=path)
            await console.start()
        unserved = unserved_communities(settings)
        logger.info(
            "groupops running: {} on {}{} ({})",
            counted(len(settings.communities) - len(unserved), "community", "communities"),
            ", ".join(engine.adapters) or "no platforms",
            f", {len(unserved)} on no configured platform ({', '.join(unserved)}): their "
            "actions wait in the outbox" if unserved else "",
            redact_url(settings.database.url),
        )  # fmt: skip
        await stopping.wait()
        if held.problem is not None:  # another run delivers now: sending more could double
            drain_timeout = 0.0
            raise held.problem
        if engine.halted is not None:
            raise engine.halted  # exit 1 rather than run on without processing anything
        logger.info(
            "stopping{}: finishing queued events and draining the outbox",
            f" ({asked[0]} received)" if asked else "",
        )
    finally:
        taken.cancel()
        if console is not None:
            await console.stop()
        if exporter is not None:
            await exporter.stop()
        await engine.stop(drain_timeout)
        await database.close()
        logger.info("stopped")


async def report_findings(settings, engine: Engine) -> None:
    """What `groupops doctor` would say about the platforms, in the log at start."""
    from ..doctor.examine import examine_platforms, log_findings

    try:
        log_findings(await examine_platforms(settings, engine.adapters.values()))
    except Exception:  # the check must never keep the bot from running
        logger.exception("doctor: could not examine the platforms")


@click.command()
@settings_option
@click.option(
    "--drain-timeout",
    default=15.0,
    show_default=True,
    help="Seconds to deliver pending actions on stop.",
)
def run(settings_path: Path | None, drain_timeout: float) -> None:
    """Run the bot: connect the configured platforms and process their events."""
    settings, path = load(settings_path)
    if not settings.platforms:
        fail(
            f"{path}: no platforms configured (expected a table such as "
            '[default.platforms.telegram] with adapter = "aiogram")',
            EXIT_SETTINGS,
        )
    run_async(serve(settings, path, drain_timeout))
