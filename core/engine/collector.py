"""Python's cyclic garbage collector, set for a long-running engine.

Once the process has started (modules, settings, compiled rulesets: most of the objects it
will ever hold), one collection and `gc.freeze()` take them out of every later collection's
scan; young collections then run every 10,000 allocations instead of 700. Measured on the
pipeline benchmark (docs/performance.md): the collector's cost fell from about 35 to about
7 µs an event, and full collections, each a pause of about 100 ms with 200,000 objects, no
longer happen in a 10,000-event run. Reference counting still frees everything that is not in
a cycle at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python's default: 700)


def settle() -> None:
    """Call once the engine has started: what is alive now is kept out of later scans."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


@contextmanager
def settled() -> Iterator[None]:
    """`settle()` for a stretch of a process that goes on afterwards (a benchmark's timed run);
    the collector is as it was afterwards."""
    before = gc.get_threshold()
    settle()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
