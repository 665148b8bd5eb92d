"""A CAS-style global ban list, asked about members on join and on their messages.

The list answers `GET url` (the member's Telegram id in `{id}`) with `{"ok": true, ...}` for a
listed account and `{"ok": false}` otherwise, as CAS (cas.chat) does. Answers are cached for
`ttl`. The pipeline never waits longer than `timeout`: a slower answer is used from the cache
for the member's next message, and while the list answers late or not at all the pipeline
does not wait for it (`ListHealth`). Off by default; only Telegram accounts are asked.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from loguru import logger
from pydantic import Field

from ..outage import Outage
from ..refs import Ref
from ..segments import T
from ..settings.types import Duration
from .detector import Detector, DetectorConfig, Sample, detector
from .steps import ActionSpec

FOUND = "cas"  # Sample.found key: True when the sender is listed


class CasConfig(DetectorConfig):
    action: ActionSpec = "ban"
    url: str = "https://api.cas.chat/check?user_id={id}"
    timeout: float = Field(default=0.3, gt=0, le=10)  # seconds the pipeline waits at most
    ttl: Duration = timedelta(hours=1)


@detector
class Cas(Detector):
    name = "cas"
    reason = T("an account on the global spam ban list")
    order = 5  # a listed spammer is removed whatever the message says
    config_model = CasConfig
    default_enabled = False

    def check(self, sample: Sample) -> str | None:
        return "listed in the global ban list" if sample.found.get(FOUND) else None


@dataclass(slots=True)
class ListHealth:
    """Whether the pipeline waits for one list: not while its answers come late or not at all.

    A list that hangs cost every event of a wave its `timeout` in turn (100 joins and their
    first messages took 21 s to pass instead of 2); a list that is down wrote one warning per
    newcomer. Once late, lookups still go out (a few at a time) and their answers are used from
    the member's next message; the first answer in time makes the pipeline wait again."""

    outage: Outage
    lagging: bool = False

    @classmethod
    def of(cls, url: str) -> ListHealth:
        parts = urlsplit(url)  # host and port only: a user:password@ in the URL stays out
        where = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname or "")
        # every error `_ask` catches says the list did not answer (refused, timed out, garbled)
        return cls(Outage("global ban list", (lambda error: where,)))

    def late(self, config: CasConfig) -> None:
        if not self.lagging and not self.outage.away:
            logger.warning(
                "global ban list: no answer within {:g} s; newcomers pass unchecked until it "
                "answers in time again (a late answer applies from the member's next message)",
                config.timeout,
            )
        self.lagging = True

    def answered(self, seconds: float, config: CasConfig) -> None:
        self.outage.passed()
        if self.lagging and seconds <= config.timeout:
            self.lagging = False
            logger.info("global ban list: answering in time again; the pipeline waits for it")


MAX_IN_FLIGHT = 20  # lookups to a lagging list at once; newcomers beyond them are not asked


@dataclass(slots=True)
class CasLookup:
    """Cached answers, the lookups still in flight and each list's health."""

    answers: dict[str, tuple[bool, float]] = field(default_factory=dict)  # id -> listed, expiry
    pending: dict[str, asyncio.Task] = field(default_factory=dict)
    health: dict[str, ListHealth] = field(default_factory=dict)  # list url -> its health

    async def listed(self, config: CasConfig, user: Ref) -> bool | None:
        """Whether `user` is listed; None when unknown within the timeout."""
        if user.platform != "telegram" or user.kind != "user":
            return None
        key = f"{config.url}|{user.local_id}"  # rulesets may name different lists
        cached = self.answers.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        health = self._health(config.url)
        waits = not (health.lagging or health.outage.away)
        task = self.pending.get(key)
        if task is None:
            if not waits and len(self.pending) >= MAX_IN_FLIGHT:
                return None
            task = self.pending[key] = asyncio.create_task(self._ask(config, key, user.local_id))
        if not waits:
            return None  # the answer lands in the cache for the next message
        try:
            return await asyncio.wait_for(asyncio.shield(task), config.timeout)
        except TimeoutError:
            health.late(config)
            return None  # the answer lands in the cache for the next message

    def _health(self, url: str) -> ListHealth:
        found = self.health.get(url)
        if found is None:
            found = self.health[url] = ListHealth.of(url)
        return found

    async def _ask(self, config: CasConfig, key: str, user_id: str) -> bool | None:
        import aiohttp  # here, not above: loading settings should not pay for an HTTP client

        health = self._health(config.url)
        started = time.monotonic()
        try:
            timeout = aiohttp.ClientTimeout(total=10)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(config.url.format(id=user_id)) as response,
            ):
                body = await response.json(content_type=None)
            listed = bool(isinstance(body, dict) and body.get("ok"))
            self.answers[key] = (listed, time.monotonic() + config.ttl.total_seconds())
            health.answered(time.monotonic() - started, config)
            return listed
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            health.outage.failed(exc)  # one line when it goes, a reminder a minute, one back
            return None
        finally:
            self.pending.pop(key, None)


_LOOKUPS: WeakKeyDictionary[Any, CasLookup] = WeakKeyDictionary()


def lookup_of(owner: Any) -> CasLookup:
    """The lookup shared by everything `owner` (an engine) moderates: a newcomer is asked
    about once, whether the join or their first message asks first."""
    found = _LOOKUPS.get(owner)
    if found is None:
        found = _LOOKUPS[owner] = CasLookup()
    return found
