"""`groupops worker` and `groupops receive`: the two processes of a scaled-out deployment."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from pathlib import Path

import click
from loguru import logger

from ..adapter import AdapterHooks
from ..engine.collector import settle
from ..errors import GroupopsError, StartupError
from ..platforms import build_adapters
from ..redaction import one_line
from ..settings.schema import Settings
from ..startup import start_adapter
from ..storage.database import open_database, redact_url
from .common import base_dir, fail, load, run_async, settings_option
from .waiting import once_reachable


def _on_signals(stop: Callable[[], None]) -> None:
    loop = asyncio.get_running_loop()

    def asked(sig: signal.Signals) -> None:
        logger.info("{} received: stopping", sig.name)  # who stopped it, when it was not you
        stop()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, asked, sig)


async def _redis(settings: Settings):
    """A Redis client for `cluster.redis_url`, once Redis has answered a PING."""
    from redis.asyncio import Redis
    from redis.exceptions import AuthenticationError, RedisError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeout

    url = settings.cluster.redis_url
    client = Redis.from_url(url)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        # refused at the door (a wrong password) is for the operator to fix; unreachable may
        # pass, and a worker waits for it (waiting.py)
        reached = isinstance(exc, AuthenticationError) or not isinstance(
            exc, (RedisConnectionError, RedisTimeout, OSError)
        )  # fmt: skip
        away = None if reached else "Redis"
        raise StartupError(
            "cluster.redis_url",
            f"cannot use Redis at {redact_url(url)}: {one_line(exc)}",
            away=away,
        ) from None
    return client


async def _work(settings: Settings, path: Path | None, adapters: bool) -> None:
    from ..cluster.worker import Worker

    stopping = asyncio.Event()  # a SIGTERM while it waits for the database or Redis
    _on_signals(stopping.set)
    url = settings.database.url
    database = await once_reachable(
        "groupops worker",
        lambda: open_database(url, base_dir=base_dir(path), writes=True),
        stopping,
    )
    if database is None:
        return
    try:
        redis = await once_reachable("groupops worker", lambda: _redis(settings), stopping)
    except GroupopsError:
        await database.close()
        raise
    if redis is None:
        await database.close()
        return
    from ..metrics.prometheus import start_exporter

    worker = Worker(settings, database, redis, build_adapters(settings) if adapters else ())
    exporter = None
    try:
        # each worker serves its own engine's figures: give each one on a machine its own
        # port (GROUPOPS_METRICS__PROMETHEUS__PORT); a busy one stops it with one line
        exporter = await start_exporter(worker.engine)
        _on_signals(worker.stop)
        logger.info("worker {} on {}", worker.id, redact_url(settings.database.url))
        settle()  # what start-up loaded stays out of the collector's scans
        await worker.run()
    finally:
        if exporter is not None:
            await exporter.stop()
        await redis.aclose()
        await database.close()


async def _receive(settings: Settings) -> None:
    from ..cluster.admins import RedisAdmins
    from ..cluster.intake import StreamIntake
    from ..cluster.receiving_metrics import ReceiverCollector
    from ..intake import IntakeSupervisor
    from ..metrics.prometheus import serve_metrics

    stopping = asyncio.Event()
    _on_signals(stopping.set)
    redis = await once_reachable("groupops receive", lambda: _redis(settings), stopping)
    if redis is None:
        return
    intake = StreamIntake(settings, redis)
    admins = RedisAdmins(redis, intake.keys)  # a changed admin list reaches every worker
    supervisor = IntakeSupervisor()  # the platforms' receiving loops, for /metrics
    adapters = build_adapters(settings)
    upkeep = asyncio.create_task(intake.run(stopping), name="intake")
    exporter = None
    try:
        exporter = await serve_metrics(
            settings.metrics.prometheus, ReceiverCollector(intake, supervisor)
        )
        for adapter in adapters:
            adapter.hooks = AdapterHooks(admins_changed=admins.drop_soon, intake=supervisor)
            await start_adapter(adapter, intake)
            logger.info("{} receiving into the streams", adapter.described)
        await stopping.wait()
    finally:
        stopping.set()
        await upkeep
        for adapter in adapters:
            await adapter.stop()
        if exporter is not None:
            await exporter.stop()
        await redis.aclose()


@click.command()
@settings_option
@click.option(
    "--adapters/--no-adapters",
    default=True,
    show_default=True,
    help="Start the configured platforms here to deliver actions (Telegram without polling).",
)
def worker(settings_path: Path | None, adapters: bool) -> None:
    """Process events from the Redis streams (one of several workers on PostgreSQL)."""
    settings, path = load(settings_path)
    if not settings.communities:
        fail(f"{path}: no communities configured", 2)
    if not settings.database.url.startswith(("postgres", "asyncpg")):
        fail(
            f"{path}: groupops worker needs PostgreSQL ([default.database] url = "
            "postgres://…); SQLite serves one `groupops run` process",
            2,
        )
    _need_redis(settings, path, "worker")
    run_async(_work(settings, path, adapters))


@click.command()
@settings_option
def receive(settings_path: Path | None) -> None:
    """Connect the configured platforms and put what they receive on the Redis streams."""
    settings, path = load(settings_path)
    if not settings.platforms:
        fail(
            f"{path}: no platforms configured: groupops receive connects the platforms of "
            '[default.platforms.NAME] tables (e.g. telegram with adapter = "aiogram" and a '
            "token in .secrets.toml) and puts what they receive on the Redis streams of "
            "[default.cluster] redis_url, for `groupops worker` processes on PostgreSQL",
            2,
        )
    _need_redis(settings, path, "receive")
    run_async(_receive(settings))


def _need_redis(settings: Settings, path: Path | None, command: str) -> None:
    if not settings.cluster.redis_set:
        fail(
            f"{path}: groupops {command} needs a Redis: set [default.cluster] redis_url "
            "(e.g. redis://127.0.0.1:6379/0) or GROUPOPS_CLUSTER__REDIS_URL",
            2,
        )
