"""The outbox row an adapter is carrying out, for platforms that drop a repeated request by an
id the client chooses (Matrix's transaction ids): the same on every try of one action, so a
try whose answer was lost (a crash, a timeout) is not done twice when it is tried again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CARRYING: ContextVar[str] = ContextVar("groupops_delivery_key", default="")


def delivery_key() -> str:
    """The outbox id of the action being performed; "" outside the outbox (a console or
    command-line call, a test calling the adapter directly)."""
    return _CARRYING.get()


@contextmanager
def carrying(key: str) -> Iterator[None]:
    token = _CARRYING.set(key)
    try:
        yield
    finally:
        _CARRYING.reset(token)
