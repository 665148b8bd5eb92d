"""Bounds on what a worker keeps in memory between events.

Recent posts, rewarded keys, flood and duplicate-text windows and the like live in memory so
that a message is handled without a database read. Each such structure is a `BoundedDict`
(or `BoundedSet`): ordered by last write, dropping its oldest entries past its per-community limit
and past the overall limit of its kind across every community of the process (`BOUNDS`).
Owners also drop entries by age where time decides (windows, cooldowns), so in a steady
population memory stays flat however many messages go by; the limits are the ceiling for
bursts and for very many communities.

The overall limit is a shared count: an insertion that takes the kind past it makes the
inserting structure drop its own oldest entry, so the total never exceeds the limit by more
than one entry per structure.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, MutableMapping, MutableSet
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Bound:
    per_community: int
    overall: int


# kind -> (entries per community, entries across all communities of one worker)
BOUNDS: dict[str, Bound] = {
    "earning.posts": Bound(5_000, 100_000),  # recent messages that a reaction or reply may reward
    "earning.rewarded": Bound(20_000, 200_000),  # ledger keys granted lately (answers, shares)
    "earning.pairs": Bound(20_000, 200_000),  # (asker, answerer) pair cooldowns
    "earning.receivers": Bound(5_000, 100_000),  # questions -> members rewarded for answers
    "earning.awards": Bound(20_000, 200_000),  # (member, rule) -> recent awards
    "earning.said": Bound(5_000, 100_000),  # member -> their recent messages' fingerprints
    "earning.by_message": Bound(20_000, 200_000),  # a message's award: taken back on deletion
    "earning.notices": Bound(5_000, 100_000),  # a message's award -> its notice, to withdraw
    "moderation.flood": Bound(20_000, 200_000),  # (chat, sender) -> recent message times
    "moderation.flood_hits": Bound(5_000, 50_000),  # (chat, sender) -> their last burst hit
    "moderation.flood_albums": Bound(5_000, 50_000),  # (chat, sender) -> their last album
    "moderation.duplicates": Bound(20_000, 200_000),  # (chat, text) -> recent senders
    "moderation.recent": Bound(1_000, 100_000),  # messages /spam and /notspam can still find
    "moderation.decided": Bound(1_000, 100_000),  # spam reviews decided lately -> by whom
    "moderation.acted": Bound(5_000, 100_000),  # (chat, message) already judged: edits add none
    "moderation.albums": Bound(2_000, 50_000),  # (chat, album) -> its sender and verdict
    "commands.refused": Bound(5_000, 100_000),  # (chat, member) -> their last refused command
    "engine.unknown_chats": Bound(10_000, 10_000),  # chats already logged as in no community
}


class Pool:
    """The shared count of one kind's entries across every community."""

    __slots__ = ("kind", "limit", "size")

    def __init__(self, kind: str, limit: int) -> None:
        self.kind, self.limit, self.size = kind, limit, 0

    @property
    def full(self) -> bool:
        return self.size > self.limit


_POOLS: dict[str, Pool] = {}


def pool(kind: str) -> Pool:
    found = _POOLS.get(kind)
    if found is None:
        found = _POOLS[kind] = Pool(kind, BOUNDS[kind].overall)
    return found


class BoundedDict(MutableMapping[K, V], Generic[K, V]):
    """A dict ordered by last write that drops its oldest entries past its limits."""

    __slots__ = ("_data", "limit", "pool")

    def __init__(self, kind: str, limit: int | None = None) -> None:
        self._data: OrderedDict[K, V] = OrderedDict()
        self.limit = BOUNDS[kind].per_community if limit is None else limit
        self.pool = pool(kind)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __setitem__(self, key: K, value: V) -> None:
        if key in self._data:
            self._data[key] = value
            self._data.move_to_end(key)  # written again: the newest now
            return
        self._data[key] = value
        self.pool.size += 1
        while len(self._data) > self.limit or (self.pool.full and len(self._data) > 1):
            self._data.popitem(last=False)
            self.pool.size -= 1

    def __delitem__(self, key: K) -> None:
        del self._data[key]
        self.pool.size -= 1

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __reversed__(self) -> Iterator[K]:  # newest first
        return reversed(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: K, default=None):
        return self._data.get(key, default)

    def oldest(self) -> tuple[K, V] | None:
        """The entry written longest ago (owners drop by age from the front)."""
        return next(iter(self._data.items()), None)

    def drop_oldest(self) -> None:
        self._data.popitem(last=False)
        self.pool.size -= 1

    def clear(self) -> None:
        self.pool.size -= len(self._data)
        self._data.clear()

    def __del__(self) -> None:  # a community's state dropped: its entries leave the pool
        self.pool.size -= len(self._data)


class BoundedSet(MutableSet[K], Generic[K]):
    """An insertion-ordered set that forgets its oldest members past its limits."""

    __slots__ = ("_items",)

    def __init__(self, kind: str, limit: int | None = None) -> None:
        self._items: BoundedDict[K, None] = BoundedDict(kind, limit)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def add(self, item: K) -> None:
        self._items[item] = None

    def discard(self, item: K) -> None:
        self._items.pop(item, None)
