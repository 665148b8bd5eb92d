"""Maps the repository layout (core/, adapters/, locales/) onto the `groupops` import package.

Folders holding only data (samples, templates, migrations, catalogs) are listed as packages
too, so setuptools ships them as declared rather than as folders it finds by accident. The
example settings.toml at the root is copied in as `groupops init --example` writes it."""

import shutil
import subprocess
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOTS = {"groupops.core": "core", "groupops.adapters": "adapters", "groupops.locales": "locales"}
HERE = Path(__file__).resolve().parent
EXAMPLE = HERE / "settings.toml"


def _built_from() -> str:
    """The commit and its date when built from a git checkout (`pip install git+…`, or `.` in
    a clone): builds between releases keep the version number, so `groupops --version` says
    which one is installed. Empty otherwise (an sdist, a copy without .git)."""
    try:
        found = subprocess.run(
            ["git", "-C", str(HERE), "log", "-1", "--format=%h %cs"],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
    except OSError:  # no git here
        return ""
    return found.stdout.strip() if found.returncode == 0 else ""


def _packages() -> list[str]:
    found = []
    for prefix, folder in ROOTS.items():
        found.append(prefix)
        found += [
            f"{prefix}.{name}"
            for name in find_namespace_packages(folder, exclude=["*__pycache__*"])
        ]
    return found


class BuildWithExample(build_py):
    def run(self) -> None:
        super().run()
        if EXAMPLE.is_file():  # an sdist without it builds a wheel without the example
            target = Path(self.build_lib, "groupops", "core", "onboarding")
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(EXAMPLE, target / "example_settings.toml")
        built = _built_from()
        if built:
            core = Path(self.build_lib, "groupops", "core")
            (core / "build_info.txt").write_text(built + "\n", encoding="utf-8")


setup(packages=_packages(), package_dir=ROOTS, cmdclass={"build_py": BuildWithExample})
