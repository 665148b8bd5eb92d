"""The wheel `pip wheel .` builds holds every module, migration and catalog of the checkout.

(.ci/run also installs that wheel in a fresh virtual environment and runs a simulation from
it: scripts/check_wheel.sh.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# checkout folder -> where it lands in the installed package
PACKAGE_ROOTS = {"core": "groupops/core", "adapters": "groupops/adapters"}
GENERATED = ("adapters/wechat/wechaty/stubs/",)  # written at run time, ignored by git


def tracked(pattern: str) -> list[str]:
    """Files git tracks or would track (new files not yet added included)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", pattern],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in listed.stdout.splitlines() if not line.startswith(GENERATED)]


def clean_copy(to: Path) -> Path:
    """The checkout's files without build/ or egg-info, which setuptools would reuse."""
    for path in tracked("."):
        if (ROOT / path).is_file():
            (to / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, to / path)
    return to


def test_the_wheel_holds_every_module_migration_and_catalog(tmp_path):
    source = clean_copy(tmp_path / "source")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", "../dist", "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    said = built.stdout + built.stderr
    assert built.returncode == 0, said[-3000:]
    # what setuptools warns of today it refuses later (a license table: from 2027-02-18)
    assert "SetuptoolsDeprecationWarning" not in said
    assert "absent from the `packages` configuration" not in said
    (wheel,) = (tmp_path / "dist").glob("groupops-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())
    data = ["groupops/core/moderation/samples/ru.spam.txt", "groupops/core/console/templates"]
    assert all(any(name.startswith(path) for name in inside) for path in data)
    # the root's example settings, for `groupops init --example` from a wheel
    example = zipfile.ZipFile(wheel).read("groupops/core/onboarding/example_settings.toml")
    assert example == (ROOT / "settings.toml").read_bytes()

    expected = set()
    for folder, package in PACKAGE_ROOTS.items():
        expected |= {package + path[len(folder) :] for path in tracked(f"{folder}/**.py")}
    expected |= {"groupops/" + path for path in tracked("locales/**.po*")}
    assert any("/storage/migrations/sqlite/" in path for path in expected)
    assert "groupops/locales/zh_Hans/LC_MESSAGES/groupops.po" in expected
    assert sorted(expected - inside) == []


def test_a_wheel_built_from_the_sdist_carries_the_example_settings(tmp_path):
    source = clean_copy(tmp_path / "source")
    sdist = subprocess.run(
        [sys.executable, "-c", "from setuptools import build_meta as b; b.build_sdist('../sdist')"],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert sdist.returncode == 0, (sdist.stdout + sdist.stderr)[-3000:]
    (archive,) = (tmp_path / "sdist").glob("groupops-*.tar.gz")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), archive],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    (wheel,) = (tmp_path / "dist").glob("groupops-*.whl")
    example = zipfile.ZipFile(wheel).read("groupops/core/onboarding/example_settings.toml")
    assert example == (ROOT / "settings.toml").read_bytes()


def test_a_wheel_built_from_a_git_checkout_says_which_commit_it_is(tmp_path):
    """Builds between releases keep the version number: `--version` tells them apart."""
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(checkout)], check=True, timeout=120)
    commit = subprocess.run(
        ["git", "-C", str(checkout), "log", "-1", "--format=%h %cs"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), "."],
        cwd=checkout, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    (wheel,) = (tmp_path / "dist").glob("groupops-*.whl")
    said = zipfile.ZipFile(wheel).read("groupops/core/build_info.txt").decode()
    assert said == f"{commit}\n"


# An adapter written as a package of its own, checked against the installed wheel: a wrong
# override and an untranslated text handed to the rendered view.
THIRD_PARTY_ADAPTER = """
from groupops.core.actions import ActionResult, Ban, SendMessage
from groupops.core.adapter import Adapter, EventSink
from groupops.core.refs import Ref
from groupops.core.segments import Rendered, T


class Mine(Adapter):
    platform = name = "mine"

    async def start(self, sink: EventSink) -> None: ...

    async def stop(self) -> None: ...

    async def kick(self, action: Ban) -> ActionResult:
        return ActionResult()


async def send(adapter: Mine) -> None:
    message: SendMessage[Rendered] = SendMessage(chat=Ref("mine:1"), segments=(T("hello"),))
    await adapter.send_message(message)
"""


@pytest.mark.timeout(300)  # a wheel built, installed and type-checked from a cold cache
def test_a_third_party_adapter_is_type_checked_against_the_installed_wheel(tmp_path):
    """PEP 561: the wheel carries py.typed, so `mypy --strict` on an adapter package reads
    groupops' types instead of Any (import-untyped, "cannot subclass 'Adapter'")."""
    source = clean_copy(tmp_path / "source")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", "../dist", "."],
        cwd=source, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    (wheel,) = (tmp_path / "dist").glob("groupops-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())
    assert {"groupops/core/py.typed", "groupops/adapters/py.typed"} <= inside
    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, wheel],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, (installed.stdout + installed.stderr)[-3000:]
    project = tmp_path / "adapter"
    project.mkdir()
    (project / "mine.py").write_text(THIRD_PARTY_ADAPTER, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", tmp_path / "cache", "mine.py"],
        cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(site)},
    )  # fmt: skip
    said = checked.stdout + checked.stderr
    assert "import-untyped" not in said and "has type Any" not in said, said
    assert 'Argument 1 of "kick" is incompatible with supertype' in said, said
    assert 'has incompatible type "tuple[I18nText]"' in said, said
