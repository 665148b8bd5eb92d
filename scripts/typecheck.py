"""Type-check core/ and adapters/ with mypy (settings in pyproject.toml's [tool.mypy]).

The checkout's folders are the `groupops.core` and `groupops.adapters` packages only once
installed (setup.py maps them), and mypy finds modules by folder. So mypy runs on a view of
the checkout, build/typecheck/groupops/{core,adapters} linking to the real folders, and its
messages are printed with the checkout's paths.

    python scripts/typecheck.py [MYPY OPTIONS]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent
VIEW = ROOT / "build" / "typecheck"
PACKAGES = ("core", "adapters")  # checked
LINKED = (*PACKAGES, "locales")  # seen (core finds its catalogs through groupops.locales)


def make_view() -> None:
    package = VIEW / "groupops"
    package.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = package / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name, target_is_directory=True)


def main(argv: list[str]) -> int:
    make_view()
    options = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(VIEW / "cache")]
    targets = [arg for name in PACKAGES for arg in ("-p", f"groupops.{name}")]
    os.chdir(VIEW)
    out, err, status = api.run([*options, *targets, *argv])
    for name in PACKAGES:
        out = out.replace(f"groupops/{name}/", f"{name}/")
    sys.stdout.write(out)
    sys.stderr.write(err)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
