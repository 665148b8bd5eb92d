"""Actions an operator cancelled (`groupops outbox cancel`) while this process held them.

The command only marks the row `cancelled`; the dispatcher learns of it at its periodic
rescan. A cancelled action still queued or set aside on a backoff timer is taken out of its
chat's queue at once, so the actions behind it go next (a chat's actions leave one at a time,
in order: a stuck one holds the rest). One in flight is dropped when its turn comes. What
waited on its answer is told it was cancelled (`Dispatcher.cancel_listeners`): a removal
marked the member gone when it was asked, and they are still there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loguru import logger

from ..storage.models import OutboxItem

if TYPE_CHECKING:
    from .delivery import Delivery
    from .outbox import Dispatcher

IDS_PER_QUERY = 500  # held ids asked about at a time (a database caps its parameters)


class Cancellations:
    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        self.pending: set[str] = set()  # cancelled, not yet at their turn
        self.by_operator: set[str] = set()  # of those, cancelled from the command line

    async def sweep(self) -> int:
        """Read which held actions were cancelled and drop them; returns how many."""
        dispatcher = self.dispatcher
        held = list(dispatcher.known)
        found: set[str] = set()
        for start in range(0, len(held), IDS_PER_QUERY):
            cancelled = OutboxItem.filter(
                id__in=held[start : start + IDS_PER_QUERY], status="cancelled"
            )
            found.update(str(i) for i in await cancelled.values_list("id", flat=True))
        count = len(found)
        for lane in dispatcher.lanes.values():
            for delivery in lane.withdraw(lambda delivery: delivery.id in found):
                found.discard(delivery.id)
                self._forget(delivery, by_operator=True)
        self.pending |= found
        self.by_operator |= found
        return count

    def withdraw(self, ids: list[str]) -> None:
        """Drop the actions an event withdrew (`Context.withdraw`), their rows cancelled in
        its commit: out of their chats' queues now, or at their turn if in flight and retried.
        Ids no longer held (sent already) are not remembered."""
        found = set(ids)
        for lane in self.dispatcher.lanes.values():
            for delivery in lane.withdraw(lambda delivery: delivery.id in found):
                found.discard(delivery.id)
                self._forget(delivery)
        self.pending |= found & self.dispatcher.known.keys()

    def drops(self, delivery: Delivery) -> bool:
        """Whether `delivery`, at its turn, was cancelled meanwhile (and is now forgotten)."""
        if delivery.id not in self.pending:
            return False
        self.pending.discard(delivery.id)
        by_operator = delivery.id in self.by_operator
        self.by_operator.discard(delivery.id)
        self._forget(delivery, by_operator)
        return True

    def _forget(self, delivery: Delivery, by_operator: bool = False) -> None:
        self.dispatcher.known.pop(delivery.id, None)
        logger.info("{} {} cancelled: not sent", delivery.id, delivery.action.kind)
        if by_operator:  # one an event withdrew was undone by that event itself
            for listener in self.dispatcher.cancel_listeners:
                listener(delivery)
