"""A CAS-style global ban list, asked about members on join and on their messages.

The list answers `GET url` (the member's Telegram id in `{id}`) with `{"ok": true, ...}` for a
listed account and `{"ok": false}` otherwise, as CAS (cas.chat) does. Answers are cached for
`ttl`. The pipeline never waits longer than `timeout`: a slower answer is used from the cache
for the member's next message. Off by default; only Telegram accounts are asked.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from weakref import WeakKeyDictionary

from loguru import logger
from pydantic import Field

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
class CasLookup:
    """Cached answers and the lookups still in flight."""

    answers: dict[str, tuple[bool, float]] = field(default_factory=dict)  # id -> listed, expiry
    pending: dict[str, asyncio.Task] = field(default_factory=dict)

    async def listed(self, config: CasConfig, user: Ref) -> bool | None:
        """Whether `user` is listed; None when unknown within the timeout."""
        if user.platform != "telegram" or user.kind != "user":
            return None
        key = f"{config.url}|{user.local_id}"  # rulesets may name different lists
        cached = self.answers.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        task = self.pending.get(key)
        if task is None:
            task = self.pending[key] = asyncio.create_task(self._ask(config, key, user.local_id))
        try:
            return await asyncio.wait_for(asyncio.shield(task), config.timeout)
        except TimeoutError:
            return None  # the answer lands in the cache for the next message

    async def _ask(self, config: CasConfig, key: str, user_id: str) -> bool | None:
        import aiohttp  # here, not above: loading settings should not pay for an HTTP client

        try:
            timeout = aiohttp.ClientTimeout(total=10)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(config.url.format(id=user_id)) as response,
            ):
                body = await response.json(content_type=None)
            listed = bool(isinstance(body, dict) and body.get("ok"))
            self.answers[key] = (listed, time.monotonic() + config.ttl.total_seconds())
            return listed
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            logger.warning("global ban list: no answer for {}: {}", user_id, exc)
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
