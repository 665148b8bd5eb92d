"""The simulator's JSON carries the KPIs of the simulated period, the same for the same seed."""

from __future__ import annotations

import json

from test_simulate import simulations


def test_simulated_period_kpis_are_in_the_json_and_reproducible():
    args = ("--members", "60", "--days", "3", "--seed", "4", "--json")
    first, second = simulations(args, args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    summary = json.loads(first.stdout)
    kpis = summary["kpis"]
    # The run starts when a community day does (04:00): three days are three community days.
    assert (kpis["first"], kpis["last"], kpis["days_counted"]) == ("2026-03-02", "2026-03-04", 3)
    assert (kpis["messages"], kpis["joins"]) == (summary["messages"], summary["joins"])
    assert kpis["members_basis"] == "reported" and kpis["members_start"] == 60
    activity = kpis["kpis"]["activity"]
    assert 0 < activity["value"] < 1
    assert kpis["leaves"] + kpis["removals"] == summary["leaves"]
    assert kpis["kpis"]["reach"] == {
        "value": None, "numerator": None, "denominator": None, "unavailable": "no_readers"
    }  # fmt: skip
