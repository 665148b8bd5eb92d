"""Updates in: long polling or a webhook, deduplicated by update id and content (`identity`:
ids come round again), acknowledged only after
the events they carry are committed (the next poll offset, or the webhook's 200). An update
whose events the sink did not take (Redis away) is not acknowledged: the poll offset stays at
it and the batch is fetched again with backoff; a webhook answers 503 and Telegram resends.
Taken twice, an update counts once: its events' keys are recorded with their effects."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from loguru import logger

from groupops.core.adapter import EventSink
from groupops.core.errors import ActionError, Forbidden, GroupopsError
from groupops.core.events import LeaveReason, MemberLeft
from groupops.core.outage import Outage, database_away, queue_away

from .callbacks import CallbackAnswers
from .identity import RecentUpdates, identity
from .inbound import map_update
from .malformed import what_is_wrong, why_unreadable

if TYPE_CHECKING:
    from .adapter import TelegramAdapter
    from .webhook import Webhook

MAX_POLL_BACKOFF = 30.0
STOP_WAIT = 10.0  # how long a stop waits for the batch in hand to commit


class NotCommitted(Exception):
    """An update's events could not be committed: it must not be acknowledged."""


class Intake:
    def __init__(
        self,
        adapter: TelegramAdapter,
        *,
        poll_timeout: float,
        webhook_url: str,
        listen: tuple[str, int],
        path: str,
        secret_token: str,
    ) -> None:
        self.adapter = adapter
        self.poll_timeout = poll_timeout
        self.webhook_url, self.listen, self.path = webhook_url, listen, path
        self.secret_token = secret_token
        self.sink: EventSink | None = None
        self._seen = RecentUpdates()  # the updates taken lately, by `identity`
        # a webhook delivery not committed yet: Telegram's retry of it waits for the same commit
        self._inflight: dict[str, list[Awaitable]] = {}
        self._batch: list[Awaitable] | None = None  # while a poll batch is being dispatched
        self._raw: dict[int, Mapping[str, Any]] = {}  # the JSON of updates being dispatched
        self._poller: asyncio.Task | None = None
        self._fetching: asyncio.Task | None = None
        self._stopping = False
        self.webhook: Webhook | None = None
        self.offset: int | None = None
        self.callbacks = CallbackAnswers(adapter)
        # one line when the sink stops taking updates, a reminder a minute, one when it is back
        self.outage = Outage("telegram: updates not acknowledged", (queue_away, database_away))

    # --- one update ---------------------------------------------------------------------------

    async def accept(self, data: Mapping[str, Any]) -> list[Awaitable]:
        """Map an update and hand its events to the sink; returns what to await for commit."""
        if self.sink is None:
            raise GroupopsError("the telegram adapter is not attached to an engine")
        name = identity(data)
        if not self._seen.first_time(name, data["update_id"]):
            # a retry answered before the first delivery committed would be acknowledged,
            # and lost with it in a crash: it waits for that commit instead
            return list(self._inflight.get(name, ()))
        adapter = self.adapter
        inbound = map_update(data, adapter.bot_id, adapter.username, adapter.clock.now())
        query = data.get("callback_query")
        if query is not None and self.adapter.answer_buttons:
            self.callbacks.answer(str(query["id"]))
        hooks = self.adapter.hooks
        for old, new in inbound.migrations:
            if hooks.chat_migrated is not None:
                await hooks.chat_migrated(old, new)
        for chat in inbound.admins_changed:
            if hooks.admins_changed is not None:
                hooks.admins_changed(chat)
        for chat, message_id, date in inbound.dates:
            self.adapter.remember(chat, message_id, date)
        await self.adapter.linked.mark(inbound.events)
        kicking = self.adapter.kicking
        for event in inbound.events:
            if isinstance(event, MemberLeft) and (event.chat, event.member) in kicking:
                kicking.discard((event.chat, event.member))
                event.reason = LeaveReason.KICKED
        # submit-now / commit-later: queued without a task per event; the update is
        # acknowledged once every future resolved (the poll batch, or `_take`)
        sink = self.sink
        futures = [sink.submit_nowait(event) for event in inbound.events]
        if self._batch is None and futures:  # one update at a time: a webhook's
            self._inflight[name] = futures
        return futures

    async def receive(self, update_id: int, as_json: Callable[[], Mapping[str, Any]]) -> None:
        """Called by the driver's handler: joins the poll batch, or waits for the commit.
        The JSON we fetched is used when we have it; the library's object is dumped only when
        the developer's bot fetched the update (embedded mode)."""
        data = self._raw.pop(update_id, None)
        await self._take(data if data is not None else as_json())

    async def _take(self, data: Mapping[str, Any]) -> None:
        futures = await self.accept(data)
        if self._batch is not None:
            self._batch.extend(futures)
        elif futures:
            name = identity(data)
            try:  # shielded: a request given up on leaves the engine's work untouched
                await asyncio.gather(*(asyncio.shield(future) for future in futures))
            except Exception as exc:
                self._seen.discard(name)  # not committed: a redelivery is taken afresh
                raise NotCommitted(data["update_id"]) from exc
            except BaseException:
                self._seen.discard(name)
                raise
            finally:
                if self._inflight.get(name) is futures:
                    del self._inflight[name]

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self.sink = sink
        self._stopping = False
        if self.adapter.mode == "webhook":
            from .webhook import Webhook  # aiohttp's server: imported by a webhook bot only

            self.webhook = Webhook(self, self.path, self.secret_token)
            await self.webhook.start(self.webhook_url, *self.listen)
        else:
            await self.adapter.call("deleteWebhook", {"drop_pending_updates": False})
            self._poller = self.adapter.keep_receiving("polling", self._poll)

    async def stop(self) -> None:
        self._stopping = True
        if self._fetching is not None:
            self._fetching.cancel()
        if self._poller is not None:
            # a batch whose events cannot commit (the database refusing every write) must not
            # hold the stop: its updates stay unconfirmed, and Telegram sends them again
            finished, _ = await asyncio.wait([self._poller], timeout=STOP_WAIT)
            if not finished:
                logger.warning("telegram: stopping with updates not committed (sent again)")
                self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
            if self.offset is not None:  # confirm what was committed, so it is not resent
                try:
                    await self.adapter.fetch_updates(self.offset, 0)
                except ActionError as exc:
                    logger.warning("telegram: could not confirm the last updates: {}", exc)
        if self.webhook is not None:
            await self.webhook.stop()
            self.webhook = None
        await self.callbacks.close()

    # --- long polling -------------------------------------------------------------------------

    async def _poll(self) -> None:
        backoff = 1.0
        while not self._stopping:
            self._fetching = asyncio.ensure_future(
                self.adapter.fetch_updates(self.offset, self.poll_timeout)
            )
            try:
                updates = await self._fetching
            except asyncio.CancelledError:
                if self._stopping:
                    return
                raise
            except ActionError as exc:
                delay = getattr(exc, "retry_after", backoff)
                if isinstance(exc, Forbidden):  # 401: the token revoked or replaced meanwhile
                    logger.error(
                        "telegram: the Bot API refused the bot token ({}): was it revoked in "
                        "@BotFather? Put the new one in .secrets.toml; retry in {:.3g}s", exc, delay
                    )  # fmt: skip
                else:
                    logger.warning("telegram: getUpdates failed ({}); retry in {:.3g}s", exc, delay)
                await asyncio.sleep(delay)
                backoff = min(MAX_POLL_BACKOFF, backoff * 2)
                continue
            finally:
                self._fetching = None
            if not updates or await self.run_batch(updates):
                backoff = 1.0
                continue
            # not committed: the same updates are fetched again after a pause
            self._fetching = asyncio.ensure_future(asyncio.sleep(backoff))
            try:
                await self._fetching
            except asyncio.CancelledError:
                if self._stopping:
                    return
                raise
            finally:
                self._fetching = None
            backoff = min(MAX_POLL_BACKOFF, backoff * 2)

    async def dispatch(self, data: Mapping[str, Any]) -> None:
        """Parse one update with the library and run it through the library's dispatcher;
        or, when nothing else would see the library's object, take the JSON directly. An
        update missing a field groupops reads is skipped with one line naming the field, the
        same whichever library reads it (the traceback, at debug level, for a developer)."""
        problem = what_is_wrong(data)
        if problem is not None:
            logger.warning("telegram: update {} skipped: {}", data.get("update_id"), problem)
            return
        if not self.adapter.shares_updates():
            try:
                await self._take(data)
            except NotCommitted:
                raise  # the webhook asks Telegram to send it again
            except Exception as exc:
                self._skipped(data, exc)
            return
        try:
            update = self.adapter.parse(dict(data))
        except Exception as exc:
            self._skipped(data, exc)
            return
        self._raw[data["update_id"]] = data
        try:
            await self.adapter.dispatch(update)
        finally:
            self._raw.pop(data["update_id"], None)

    @staticmethod
    def _skipped(data: Mapping[str, Any], exc: Exception) -> None:
        logger.warning("telegram: update {} skipped: {}", data.get("update_id"),
                     why_unreadable(data, exc))  # fmt: skip
        logger.opt(exception=exc).debug("telegram: the skipped update's traceback")

    async def run_batch(self, updates: Sequence[Mapping[str, Any]]) -> bool:
        """One getUpdates answer: dispatched in order, then awaited until committed. The
        offset moves past the updates committed up to the first one that was not; that one
        and those after it are taken afresh next time. True when all were committed."""
        self._batch = []
        ends: list[tuple[str, int]] = []  # update identity, where its events end in the batch
        try:
            for update in updates:
                try:
                    await self.dispatch(update)
                except Exception:  # one bad update must not stop intake
                    logger.exception("telegram: update {} failed", update.get("update_id"))
                ends.append((identity(update), len(self._batch)))
            batch = self._batch
        finally:
            self._batch = None
        # shielded: a stop that gives up waiting leaves the engine's own work untouched
        waited = [asyncio.shield(future) for future in batch]
        outcomes = await asyncio.gather(*waited, return_exceptions=True)
        failed = next((n for n, out in enumerate(outcomes) if isinstance(out, BaseException)), None)
        if failed is None:
            self.outage.passed()
            self.offset = updates[-1]["update_id"] + 1
            return True
        error = outcomes[failed]
        if isinstance(error, Exception):
            self.outage.failed(error)
        first = next(n for n, (_, end) in enumerate(ends) if end > failed)
        for name, _ in ends[first:]:
            self._seen.discard(name)
        self.offset = updates[first]["update_id"]
        return False

    # --- webhook ------------------------------------------------------------------------------

    async def deliver(self, data: Mapping[str, Any]) -> bool:
        """One webhook delivery: True once its events are committed (or it was skipped),
        False when they could not be and Telegram must send it again."""
        try:
            await self.dispatch(data)
        except NotCommitted as exc:
            self.outage.failed(exc.__cause__ or exc)
            return False
        self.outage.passed()
        return True

    def bound_port(self) -> int | None:
        """The port the webhook listens on (useful when configured as 0)."""
        return None if self.webhook is None else self.webhook.listener.port
