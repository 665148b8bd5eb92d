"""Optional extras: a command that needs a library of an uninstalled extra exits 2 with one line
naming the extra; everything else runs without them.

Each case runs `groupops` in a subprocess where the extra's modules cannot be imported (a
`sitecustomize` puts `None` in `sys.modules` for them, which is what Python does for a module
that is not installed: `ModuleNotFoundError`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXTRA_MODULES = {
    "telegram": ["aiogram", "telegram"],
    "wechat": ["grpc", "grpc_tools", "google.protobuf"],
    "matrix": ["mautrix"],
    "postgres": ["asyncpg"],
    "cluster": ["redis"],
    "charts": ["matplotlib"],
    "conformance": ["pytest_asyncio"],
}
BLOCKER = """
import os, sys
for name in os.environ["GROUPOPS_TEST_BLOCKED"].split(","):
    sys.modules[name] = None
"""
LOCAL_COMMUNITY = """
[default.platforms.local]
adapter = "local"
[default.rulesets.tech]
locale = "en"
[default.communities.devs]
ruleset = "tech"
chats = ["local:1"]
"""


def env_without(tmp_path: Path, extras: list[str]) -> dict[str, str]:
    """An environment in which the extras' modules cannot be imported."""
    blocker = tmp_path / "blocker"
    blocker.mkdir(exist_ok=True)
    (blocker / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    blocked = [module for extra in extras for module in EXTRA_MODULES[extra]]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")]),
        "GROUPOPS_TEST_BLOCKED": ",".join(blocked),
    }


def without(tmp_path: Path, extras: list[str], *args: str, settings: str | None = None):
    """`groupops ARGS` run in `tmp_path` as if the extras were not installed."""
    if settings is not None:
        (tmp_path / "settings.toml").write_text(settings, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env_without(tmp_path, extras),
        timeout=300,
    )


def assert_names_extra(result, what: str, extra: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    line = f"{what} needs the '{extra}' extra"
    assert line in result.stderr
    assert f"pip install 'groupops[{extra}]'" in result.stderr


def test_simulate_runs_with_no_extra_installed(tmp_path):
    result = without(tmp_path, list(EXTRA_MODULES), "simulate", "--members", "20", "--days", "1")
    assert result.returncode == 0, result.stderr
    assert "members" in result.stdout


@pytest.mark.parametrize("command", ["run", "check"])
def test_telegram_platform_without_the_telegram_extra(tmp_path, command):
    settings = '[default.platforms.telegram]\nadapter = "aiogram"\n'
    result = without(tmp_path, ["telegram"], command, settings=settings)
    assert_names_extra(result, "platforms.telegram.adapter: the aiogram adapter", "telegram")


def test_the_matrix_adapter_needs_the_matrix_extra(tmp_path):
    settings = '[default.platforms.matrix]\nadapter = "matrix"\n'
    result = without(tmp_path, ["matrix"], "check", settings=settings)
    assert_names_extra(result, "platforms.matrix.adapter: the matrix adapter", "matrix")


def test_a_misspelt_adapter_lists_the_adapters_with_the_extras_they_still_need(tmp_path):
    """The list named aiogram and ptb as installed, where the telegram extra was not."""
    settings = '[default.platforms.matrix]\nadapter = "matrx"\n'
    result = without(tmp_path, ["telegram"], "check", settings=settings)
    assert result.returncode == 2, result.stderr
    assert (
        "platforms.matrix.adapter: no adapter named 'matrx' is installed (did you mean "
        "'matrix'? adapters: aiogram (needs groupops[telegram]), local, matrix, onebot12, "
        "ptb (needs groupops[telegram]), wechaty)"
    ) in result.stderr


def test_wechaty_needs_the_wechat_extra_and_onebot_does_not(tmp_path):
    settings = '[default.platforms.wechat]\nadapter = "wechaty"\n'
    result = without(tmp_path, ["wechat"], "check", settings=settings)
    assert_names_extra(result, "platforms.wechat.adapter: the wechaty adapter", "wechat")

    settings = '[default.platforms.wechat]\nadapter = "onebot12"\n'
    result = without(tmp_path, ["wechat"], "check", settings=settings)
    assert "extra" not in result.stderr  # only OneBot's own options are reported
    assert "platforms.wechat" in result.stderr


def test_postgres_database_without_the_postgres_extra(tmp_path):
    settings = '[default.database]\nurl = "postgres://postgres@127.0.0.1:5432/test"\n'
    result = without(tmp_path, ["postgres"], "migrate", settings=settings)
    assert_names_extra(result, "@127.0.0.1:5432/test", "postgres")  # the user is redacted
    assert result.stderr.startswith("the database postgres://")


def test_copying_into_postgres_without_the_postgres_extra(tmp_path):
    """Named before anything is written: the SQLite source is only read."""
    settings = '[default.database]\nurl = "sqlite://bot.db"\n'
    assert without(tmp_path, ["postgres"], "migrate", settings=settings).returncode == 0
    target = "postgres://groupops:Secret-42@127.0.0.1:5432/groupops"
    result = without(tmp_path, ["postgres"], "copy-db", "--to", target, settings=settings)
    assert_names_extra(result, "@127.0.0.1:5432/groupops", "postgres")  # the user is redacted
    assert "Secret-42" not in result.stderr


@pytest.mark.parametrize("command", ["worker", "receive"])
def test_cluster_commands_without_the_cluster_extra(tmp_path, command):
    settings = (
        '[default.database]\nurl = "postgres://postgres@127.0.0.1:5432/test"\n'
        '[default.cluster]\nredis_url = "redis://127.0.0.1:6379/15"\n'
    )
    result = without(tmp_path, ["cluster"], command, settings=settings + LOCAL_COMMUNITY)
    assert_names_extra(result, f"groupops {command}", "cluster")


def test_png_report_without_the_charts_extra_and_text_report_without_it(tmp_path):
    result = without(
        tmp_path, ["charts"], "report", "--community", "devs", settings=LOCAL_COMMUNITY
    )
    assert result.returncode == 0, result.stderr
    assert "devs" in result.stdout

    result = without(
        tmp_path,
        ["charts"],
        "report",
        "--community",
        "devs",
        "--format",
        "png",
        "--out",
        "report.png",
    )
    assert_names_extra(result, "groupops report", "charts")
    assert not (tmp_path / "report.png").exists()


def test_doctor_names_the_postgres_extra_instead_of_an_unreachable_database(tmp_path):
    settings = '[default.database]\nurl = "postgres://u:secret@127.0.0.1:1/x"\n'
    result = without(tmp_path, ["postgres"], "doctor", settings=settings)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "needs the 'postgres' extra" in result.stdout
    assert "fix: pip install 'groupops[postgres]'" in result.stdout
    assert "unreachable" not in result.stdout and "secret" not in result.stdout


# an installed wheel before its one-time step: no protocol modules, no npm project beside it
UNGENERATED = """
from pathlib import Path
from groupops.adapters.wechat.wechaty import stubgen
stubgen.STUBS = Path("ungenerated")
stubgen.PEER = Path("no-npm-project")
"""


def test_doctor_names_the_wechaty_generation_step_not_the_bridge(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(UNGENERATED, encoding="utf-8")
    settings = '[default.platforms.wechat]\nadapter = "wechaty"\nendpoint = "127.0.0.1:1"\n'
    (tmp_path / "settings.toml").write_text(settings, encoding="utf-8")
    secret = '[default.platforms.wechat]\ntoken = "puppet-secret-7"\n'
    (tmp_path / ".secrets.toml").write_text(secret, encoding="utf-8")
    path = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "doctor"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    step = (
        "the Wechaty protocol modules are not generated: npm install wechaty-grpc, then python -m "
        "groupops.adapters.wechat.wechaty.stubgen node_modules/wechaty-grpc/dist/esm/proto"
    )
    assert step in result.stdout
    assert "fix: generate the modules as above" in result.stdout
    assert "start the bridge" not in result.stdout and "puppet-secret-7" not in result.stdout


def test_stubgen_on_a_folder_without_the_proto_files_is_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "groupops.adapters.wechat.wechaty.stubgen", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"error: no Wechaty .proto files under {tmp_path}\n"


def test_init_names_a_missing_extra_before_it_checks_any_token(tmp_path):
    result = without(
        tmp_path, ["wechat"], "init", "--non-interactive", "--platform", "telegram",
        "--platform", "wechat", "--token", "123456:AAnotCheckedBeforeTheExtra_0000",
        "--base-url", "http://127.0.0.1:1", "--wechat-endpoint", "127.0.0.1:1",
    )  # fmt: skip
    assert_names_extra(result, "the wechaty adapter", "wechat")
    assert result.stdout == ""  # the Bot API was not asked about the token first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker"]
    assert result.stderr.rstrip().endswith("; or --wechat-adapter onebot12, which needs no extra")


def test_the_memory_benchmark_loads_without_the_cluster_extra(tmp_path):
    # it writes its settings files with the cluster's helper; only its PostgreSQL part needs
    # more than core, and that runs only where a server is configured
    result = subprocess.run(
        [sys.executable, "-c", "import groupops.core.bench.memory"],
        capture_output=True, text=True, env=env_without(tmp_path, ["cluster"]), timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_the_conformance_suite_without_its_extra_names_it(tmp_path):
    """An adapter's own package with pytest but not pytest-asyncio: pytest would not run the
    suite's coroutines, and say little why."""
    result = subprocess.run(
        [sys.executable, "-c", "import groupops.adapters.conformance"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env=env_without(tmp_path, ["conformance"]),
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "groupops.core.errors.MissingExtra: the adapter conformance suite needs the "
        "'conformance' extra (pytest_asyncio is not installed): pip install "
        "'groupops[conformance]'"
    )
