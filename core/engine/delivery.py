"""One action on its way out of the outbox: its place in its chat's queue, its tries, and the
failures a follow-up may answer (`Context.act(failure=...)`)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..actions import Action
from ..errors import ActionError, AlreadyGone, GivenUp, NotInChat, Unsupported

BACKOFF_CAP_SECONDS = 60.0  # a transient failure is retried at least this often
# a follow-up's `failure` -> whether it answers the error its action ended with
FAILURES: dict[str, Callable[[ActionError | None], bool]] = {
    "unsupported": lambda error: isinstance(error, Unsupported),
    "refused": lambda error: not isinstance(error, (Unsupported, NotInChat, GivenUp)),
    # the platform kept failing it while it carried out others: given up so its chat goes on
    "given_up": lambda error: isinstance(error, GivenUp),
    # whom it acts on is not there (a member removed already, or who left): no refusal
    "absent": lambda error: isinstance(error, NotInChat),
    # what it acts on is not there (a delete sent again after a crash, the first one having
    # taken the message away): for a follow-up, as good as done
    "gone": lambda error: isinstance(error, AlreadyGone),
}
_seq = itertools.count()


def outbox_id(event_key: str, index: int) -> str:
    """The outbox row of the `index`th action an event queued (a later event withdraws it by
    this id: `Context.queued_id`)."""
    return f"{event_key}#{index}"


def backoff(attempts: int) -> float:
    """Seconds before the next try after `attempts` transient failures: 1, 2, 4 … 60."""
    return min(BACKOFF_CAP_SECONDS, 2.0 ** min(attempts - 1, 16))


@dataclass(slots=True, order=True)
class Delivery:
    priority: int
    # its place in the chat's queue: the order it was queued in, a follow-up right after what
    # it follows (a reminder waiting for its spam's deletion, with a burst's later steps queued
    # meanwhile, went out after the removal they led to)
    seq: tuple[int, ...]
    id: str = field(compare=False)
    community: str = field(compare=False)
    action: Action = field(compare=False)
    attempts: int = field(default=0, compare=False)
    queued_at: float = field(default_factory=time.monotonic, compare=False)  # for latency
    # transient failures counted against it (`count_failure`), and the lane's count of actions
    # of its kind carried out as of its last try; in memory only, so a restart counts afresh
    strikes: int = field(default=0, compare=False)
    seen: int = field(default=-1, compare=False)

    @classmethod
    def of(
        cls,
        outbox_id: str,
        community: str,
        action: Action,
        attempts: int = 0,
        follows: tuple[Delivery, int] | None = None,
    ) -> Delivery:
        """`follows`: the delivery this one follows up and its place among its follow-ups."""
        seq = (next(_seq),) if follows is None else (*follows[0].seq, follows[1])
        return cls(int(action.effective_priority()), seq, outbox_id, community, action, attempts)

    def count_failure(self, done: int, *, outage: bool) -> int:
        """After a transient failure: it counts against this action only if its platform
        carried out another action of its kind since the previous try (`done`, the lane's count
        of those, moved on) and no outage is known. While everything fails, or one method fails
        for everyone, nothing is counted, however long it lasts. Returns the count so far."""
        if done > self.seen >= 0 and not outage:
            self.strikes += 1
        self.seen = done
        return self.strikes
