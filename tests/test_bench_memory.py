"""`groupops bench memory` measures in processes of their own: each must start the way a worker
does (features registered first) and report what the figures are made of. (Timings and sizes
are never asserted: they depend on the machine.)"""

from __future__ import annotations

from groupops.adapters.local import LocalAdapter  # noqa: F401 - the local platform is installed
from groupops.core.bench import memory, memory_history
from groupops.core.cluster.launch import write_settings
from groupops.core.storage.database import open_database


def test_the_history_run_reports_each_checkpoint():
    points = memory_history.measure(400, 2)
    assert points[0]["events"] == 0 and points[-1]["events"] == 400
    assert all(p["rss"] > 0 and p["cpu"] > 0 for p in points[1:])
    names = [f.name for f in memory_history.figures(points)]
    assert names[0].startswith("RSS after 400 events") and names[-1].startswith("growth from")


async def test_a_cold_start_reports_wall_and_cpu_time_then_loads_every_community(tmp_path):
    url = f"sqlite://{tmp_path / 'bench.db'}"
    await (await open_database(url)).close()  # migrated, as the benchmark's scratch database
    settings = write_settings(tmp_path / "three.toml", memory.raw_settings(url, 3))
    measured = memory.measure(settings, load=True)
    assert measured["cold_start"] > 0 and measured["ready_cpu"] > 0
    assert measured["ready_rss"] > 0 and measured["loaded_rss"] > 0
    assert measured["members"] == 0  # nobody has spoken in the three communities yet
