"""The wheel `pip wheel .` builds holds every module, migration and catalog of the checkout.

(.ci/run also installs that wheel in a fresh virtual environment and runs a simulation from
it: scripts/check_wheel.sh.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

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
