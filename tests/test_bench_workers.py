"""`groupops bench workers` prints its ratio beside the CPU the workers and the servers spent,
so a figure on a shared machine says whether a second worker had a core to run on.
(Timings are never asserted.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from groupops.core.bench.proc_cpu import CpuMeter, cpu_of, named
from groupops.core.cli import main
from tests.support.cluster import need_cluster, redis_url
from tests.support.databases import server_url

LINUX = Path("/proc/self/stat").exists()


@pytest.mark.skipif(not LINUX, reason="CPU of other processes is read from /proc (Linux)")
def test_cpu_meter_reads_a_busy_child_and_a_gone_one():
    child = subprocess.Popen(
        [sys.executable, "-c", "import time\nend = time.process_time() + 1.0\n"
         "while time.process_time() < end: pass\ntime.sleep(60)"]
    )  # fmt: skip
    meter = CpuMeter([child.pid])
    meter.start()
    try:
        while (cpu_of(child.pid) or 0) < 1.0:  # its busy second, however long it takes
            time.sleep(0.05)
        spent = meter.stop()
    finally:
        child.kill()
        child.wait(timeout=60)
    assert spent is not None and spent > 0.2
    assert cpu_of(child.pid) is None  # gone
    assert meter.stop() == pytest.approx(0.0)  # a gone process keeps what it had at start
    assert os.getpid() in named([Path("/proc/self/comm").read_text().strip()])


def test_cpu_meter_without_processes_reads_nothing():
    meter = CpuMeter()
    meter.start()
    assert meter.stop() is None


def test_workers_bench_prints_ratio_and_cpu_per_process(monkeypatch):
    need_cluster()
    monkeypatch.setenv("GROUPOPS_BENCH_POSTGRES", server_url())  # "1" means the default
    monkeypatch.setenv("GROUPOPS_BENCH_REDIS", redis_url())
    result = CliRunner().invoke(main, ["bench", "workers", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    figures = {figure["name"].strip(): figure for figure in report["figures"]}
    two = figures["2 workers"]
    assert two["unit"] == "events/s" and two["baseline"] == "1 worker"
    assert two["value"] > 0 and two["baseline_value"] > 0
    if LINUX:
        workers = figures["CPU, workers"]
        assert workers["unit"] == "ms / 1,000 events" and workers["baseline"] == "1 worker"
        assert workers["value"] > 0 and workers["baseline_value"] > 0
        assert figures["cores busy (all of the above)"]["baseline_value"] == os.cpu_count()
