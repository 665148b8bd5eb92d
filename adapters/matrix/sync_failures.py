"""What the sync loop says of its failed long polls, and how long it waits before the next.

The homeserver unreachable (down, restarting, its proxy answering 502) is an outage: one line
when it starts, a reminder now and then, one when it answers again, and a try every few
seconds, so the bot reads the room again within seconds of the homeserver's return rather than
after a backoff grown to a minute. A token the homeserver no longer takes (logged out,
revoked) is said once, naming the setting and what to do: trying again cannot cure it. Any
other refusal or server error is logged at each try, with a growing pause.
"""

from __future__ import annotations

from loguru import logger

from groupops.core.backoff import Backoff
from groupops.core.counted import counted
from groupops.core.errors import ActionError, Disconnected
from groupops.core.outage import Outage

from .errors import TokenRefused

HOMESERVER = "the homeserver"


def _away(error: BaseException) -> str | None:
    return HOMESERVER if isinstance(error, Disconnected) else None


class SyncFailures:
    def __init__(self) -> None:
        self.backoff = Backoff(initial=1, maximum=60)
        self.away = Outage("matrix sync", (_away,), slowing=True)
        self.failed = 0  # other failures in a row, each logged: so is the end of them
        self.refused = False  # the token refusal was said

    def failure(self, exc: ActionError) -> float:
        """Log `exc` as this kind of failure says it; the pause before the next try."""
        if isinstance(exc, Disconnected):
            self.away.failed(exc)
            return exc.retry_after
        if isinstance(exc, TokenRefused):
            if not self.refused:
                self.refused = True
                logger.error(
                    "matrix: platforms.matrix.access_token: the homeserver refused it ({}): "
                    "it was logged out or revoked; nothing is read or sent on Matrix until a new "
                    "token is set and groupops restarted",
                    exc,
                )
            return self.backoff.next_pause()
        delay = self.backoff.next_pause()
        self.failed += 1
        logger.warning("matrix sync failed ({}); again in {:.3g} s", exc, delay)
        return delay

    def answered(self) -> None:
        self.backoff.reset()
        self.away.passed()
        if self.refused:
            logger.info("matrix sync: the homeserver takes the access token again")
            self.refused = False
        if self.failed:
            logger.info(
                "matrix sync: the homeserver answers again, after {}",
                counted(self.failed, "failed attempt"),
            )
            self.failed = 0
