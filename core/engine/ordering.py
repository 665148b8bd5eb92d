"""The pipeline's order: what each component declares it must follow (`after`) or precede
(`before`), by name, with `order` choosing among the components free to go next. A cycle in
the declarations is an error `groupops check` reports; so is a ruleset's own `pipeline` list
that puts a component before one it must follow."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from graphlib import CycleError, TopologicalSorter
from typing import TYPE_CHECKING

from ..errors import GroupopsError

if TYPE_CHECKING:
    from .components import Component


class PipelineCycle(GroupopsError):
    def __init__(self, cycle: Sequence[str]) -> None:
        self.cycle = tuple(cycle)
        super().__init__(
            "components declare a cycle in their order (after/before): " + " -> ".join(cycle)
        )


def _graph(classes: Mapping[str, type[Component]]) -> TopologicalSorter[str]:
    graph: TopologicalSorter[str] = TopologicalSorter()
    for name, cls in classes.items():
        graph.add(name, *(first for first in cls.after if first in classes))
        for later in cls.before:
            if later in classes:
                graph.add(later, name)
    return graph


def ordered(classes: Mapping[str, type[Component]]) -> list[str]:
    """Every name of `classes`, each after what it must follow; ties by (`order`, name)."""
    graph = _graph(classes)
    try:
        graph.prepare()
    except CycleError as exc:
        raise PipelineCycle(exc.args[1]) from None
    ready = [(classes[name].order, name) for name in graph.get_ready()]
    heapq.heapify(ready)
    names: list[str] = []
    while ready:
        _, name = heapq.heappop(ready)
        names.append(name)
        graph.done(name)
        for freed in graph.get_ready():
            heapq.heappush(ready, (classes[freed].order, freed))
    return names


def misplaced(pipeline: Sequence[str], classes: Mapping[str, type[Component]]) -> list[str]:
    """Per position of a ruleset's own `pipeline`, what is wrong with its place ('' if
    nothing): a component listed before one it must follow."""
    position = {name: index for index, name in enumerate(pipeline)}
    found = []
    for index, name in enumerate(pipeline):
        cls = classes.get(name)
        wrong = ""
        if cls is not None:
            follows = [first for first in cls.after if position.get(first, -1) > index]
            precedes = [later for later in cls.before if -1 < position.get(later, -1) < index]
            if follows or precedes:
                parts = [f"after {', '.join(map(repr, follows))}"] if follows else []
                parts += [f"before {', '.join(map(repr, precedes))}"] if precedes else []
                wrong = f"{name!r} must come {' and '.join(parts)}"
        found.append(wrong)
    return found
