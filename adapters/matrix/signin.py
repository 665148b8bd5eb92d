"""Who the access token signs in as, checked at start. A refused token or another account
stops `groupops run` there, in one line naming the setting. A homeserver that does not answer
yet does not: the other platforms start, Matrix waits for it as it waits through an outage,
and the check is made once it answers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from loguru import logger
from mautrix.api import Method

from groupops.core.errors import ActionError, StartupError

from .errors import TransientError, whoami_problem

WHOAMI = "/_matrix/client/v3/account/whoami"
LONGEST_WAIT = 60.0  # seconds between two tries while the homeserver does not answer


async def signed_in_as(client) -> str:
    """The account the access token belongs to (ActionError when the call fails)."""
    who = await client.raw("whoami", Method.GET, WHOAMI)
    return str(who.get("user_id"))


def owner_problem(found: str, configured: str) -> StartupError | None:
    if found == configured:
        return None
    return StartupError(
        "platforms.matrix.user_id", f"the access token belongs to {found}, not {configured}"
    )


async def check_sign_in(client, configured: str, *, quiet: bool = False) -> bool:
    """True when the token signs in as `configured`; False when the homeserver did not
    answer (try again later; said unless `quiet`); StartupError when it refused the token or
    named another."""
    try:
        found = await signed_in_as(client)
    except TransientError as exc:
        setting, said = whoami_problem(exc)
        if not quiet:
            logger.warning(
                "{}: {}; Matrix signs in once it answers, trying again ever less often",
                setting, said,
            )  # fmt: skip
        return False
    except ActionError as exc:
        raise StartupError(*whoami_problem(exc)) from exc
    wrong = owner_problem(found, configured)
    if wrong is not None:
        raise wrong
    return True


async def check_when_it_answers(client, configured: str, refused: Callable[[], object]) -> None:
    """Try again, waiting longer each time, until the homeserver answers; `refused` stops
    Matrix when the answer is a refusal (nothing must act as the wrong account)."""
    wait = 1.0
    while True:
        await asyncio.sleep(wait)
        try:  # quiet: the sync loop says each failed try already, one line each
            if await check_sign_in(client, configured, quiet=True):
                logger.info("matrix: the homeserver answers; signed in as {}", configured)
                return
        except StartupError as exc:
            logger.error("{}; Matrix stops (the other platforms run on)", exc)
            refused()
            return
        wait = min(wait * 2, LONGEST_WAIT)
