"""Intake loops kept alive: an adapter's receiving loop (long polling, a websocket, a sync
loop) that ends with an error is logged in one line and started again after a capped backoff.

Without this, a loop that raised ended its task and nothing noticed: the other platforms went
on and the dead one stayed silent for good. An adapter hands its loop over with
`Adapter.keep_receiving`; the engine owns the supervisor (through `AdapterHooks`), so what it
sees of each loop (failures in a row, the last error) is there for the operator to read: the
log says when a loop keeps failing and when it receives again, and /metrics shows it
(`groupops_intake_failing`, `groupops_intake_restarts`).

A loop that returns has been told to stop (its adapter is stopping): it is not restarted.
A loop that retries by itself instead of raising (a Matrix sync, a bridge's WebSocket dialled
again) reports each attempt through an `IntakeWatch`, so /metrics shows it failing alike.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from loguru import logger

from .backoff import Backoff
from .errors import GroupopsError
from .redaction import one_line

IntakeLoop = Callable[[], Awaitable[None]]
KEEPS_FAILING = 3  # failures in a row after which the loop is reported as failing
# Errors a platform or network brings (a typed error, a refused connection, a timeout): one
# line. Anything else is a bug: its first occurrence is logged with the traceback.
FORESEEABLE = (GroupopsError, OSError, TimeoutError)


@dataclass(slots=True)
class IntakeHealth:
    """What the supervisor knows of one loop."""

    platform: str
    loop: str
    failures: int = 0  # in a row, since the loop last ran steadily
    restarts: int = 0  # since the process started
    last_error: str = ""

    @property
    def where(self) -> str:
        """The loop as the log names it: "telegram polling"; "irc" once where the adapter
        named its loop after the platform."""
        return self.platform if self.loop == self.platform else f"{self.platform} {self.loop}"

    @property
    def failing(self) -> bool:
        return self.failures >= KEEPS_FAILING


class IntakeWatch:
    """What a loop that retries by itself tells of each attempt; it logs its own lines."""

    def __init__(self, health: IntakeHealth) -> None:
        self.health = health

    def failed(self, exc: BaseException) -> None:
        self.health.failures += 1
        self.health.last_error = one_line(exc)

    def answered(self) -> None:
        self.health.failures = 0


class IntakeSupervisor:
    """Runs intake loops, restarting each one that raises; `health` holds what it saw."""

    first_pause = 1.0  # before the first restart; doubled after each failure in a row
    longest_pause = 60.0
    steady = 60.0  # running this long after a restart counts as recovered

    def __init__(self) -> None:
        self.health: dict[tuple[str, str], IntakeHealth] = {}

    def run(self, platform: str, name: str, loop: IntakeLoop) -> asyncio.Task[None]:
        """Start `loop` under supervision; cancel the task to stop it."""
        health = self.health.setdefault((platform, name), IntakeHealth(platform, name))
        return asyncio.create_task(self._keep(health, loop), name=f"{platform}-{name}")

    def watch(self, platform: str, name: str) -> IntakeWatch:
        """For a loop that retries by itself: counted as failing from the third attempt failed
        in a row until one succeeds, as a supervised loop is."""
        return IntakeWatch(self.health.setdefault((platform, name), IntakeHealth(platform, name)))

    def failing(self) -> list[IntakeHealth]:
        return [health for health in self.health.values() if health.failing]

    async def _keep(self, health: IntakeHealth, loop: IntakeLoop) -> None:
        backoff = Backoff(self.first_pause, self.longest_pause)
        while True:
            attempt = asyncio.ensure_future(loop())
            try:
                if health.failures:
                    done, _ = await asyncio.wait({attempt}, timeout=self.steady)
                    if not done:
                        self._recovered(health, backoff)
                await attempt
                return
            except asyncio.CancelledError:
                attempt.cancel()
                await asyncio.gather(attempt, return_exceptions=True)
                raise
            except Exception as exc:
                pause = backoff.next_pause()
                self._failed(health, exc, pause)
            await asyncio.sleep(pause)
            health.restarts += 1

    def _failed(self, health: IntakeHealth, exc: Exception, pause: float) -> None:
        health.failures += 1
        text = one_line(exc)  # a KeyError says only "'update_id'": a bug's type is named
        foreseeable = isinstance(exc, FORESEEABLE)
        health.last_error = text if foreseeable else f"{type(exc).__name__}: {text}"
        where = health.where
        if health.failing:
            logger.error(
                "{} keeps failing ({} times in a row: {}); no events come in from {} until it "
                "recovers; again in {:.1f}s",
                where, health.failures, health.last_error, health.platform, pause,
            )  # fmt: skip
            return
        traceback = exc if health.failures == 1 and not foreseeable else None
        logger.opt(exception=traceback).warning(
            "{} stopped: {}; restarting in {:.1f}s", where, health.last_error, pause
        )

    def _recovered(self, health: IntakeHealth, backoff: Backoff) -> None:
        logger.info("{} receiving again after {} failures", health.where, health.failures)
        health.failures = 0
        backoff.reset()
