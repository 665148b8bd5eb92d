"""Two components may not share a name: a ruleset's pipeline names them, so a second class
registered under a taken name would silently change what every pipeline naming it runs (two
test files once both registered `test_echo`, and whichever loaded last answered both)."""

from __future__ import annotations

import pytest

from groupops.core.engine import Component, component
from groupops.core.engine.components import registry
from groupops.core.moderation.moderate import Moderate


def test_a_second_component_under_a_taken_name_is_refused():
    with pytest.raises(TypeError) as refused:

        @component
        class Moderation(Component):
            name = "moderation"

    assert str(refused.value) == (
        "component name 'moderation' is taken by groupops.core.moderation.moderate.Moderate"
    )
    assert registry()["moderation"] is Moderate
