"""The pipeline's order comes from what components declare they must follow (`after`) or
precede (`before`), with `order` choosing among those free to go; `groupops check` names a
cycle in the declarations and a ruleset's own pipeline that breaks them."""

from __future__ import annotations

import pytest
from support.settings_cli import check, write

from groupops.core.engine.components import Component, component_names, registry
from groupops.core.engine.ordering import PipelineCycle, ordered

SETTINGS = """
[default.rulesets.main]
pipeline = {pipeline}

[default.communities.club]
ruleset = "main"
chats = ["local:main"]
"""


def kind(name: str, order: int, after: tuple[str, ...] = (), before: tuple[str, ...] = ()):
    attributes: dict[str, object] = {"name": name, "order": order}
    attributes |= {"after": after, "before": before}
    return type(name.title(), (Component,), attributes)


def test_every_declared_dependency_holds_in_the_default_order():
    names = component_names()
    place = {name: index for index, name in enumerate(names)}
    for name, cls in registry().items():
        for first in cls.after:
            assert first not in place or place[first] < place[name], (name, first)
        for later in cls.before:
            assert later not in place or place[name] < place[later], (name, later)
    assert place["membership"] < place["moderation"] < place["welcome"]
    assert place["checkin"] < place["earning"]


def test_declarations_win_over_order_numbers_and_numbers_break_ties():
    classes: dict[str, type[Component]] = {
        "a": kind("a", 50),
        "b": kind("b", 10, after=("a",)),  # a lower number, but it must follow a
        "c": kind("c", 20),
        "d": kind("d", 90, before=("a",)),
    }
    assert ordered(classes) == ["c", "d", "a", "b"]


def test_a_cycle_is_an_error_naming_it():
    classes: dict[str, type[Component]] = {
        "a": kind("a", 1, after=("b",)),
        "b": kind("b", 2, after=("a",)),
    }
    with pytest.raises(PipelineCycle) as raised:
        ordered(classes)
    assert set(raised.value.cycle) == {"a", "b"}


def test_check_names_a_pipeline_that_breaks_a_declared_order(tmp_path):
    path = write(tmp_path, SETTINGS.format(pipeline='["membership", "welcome", "moderation"]'))
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "rulesets.main.pipeline[2]: 'moderation' must come before 'welcome'" in result.output


def test_check_names_a_cycle_in_the_declarations(tmp_path, monkeypatch):
    membership = registry()["membership"]
    monkeypatch.setattr(membership, "after", ("moderation",))  # moderation follows membership
    path = write(tmp_path, SETTINGS.format(pipeline='["membership", "moderation"]'))
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "components declare a cycle in their order (after/before):" in result.output
    assert "membership" in result.output and "moderation" in result.output
