"""Maps the repository layout (core/, adapters/, locales/) onto the `groupops` import package."""

from setuptools import find_packages, setup

ROOTS = {"groupops.core": "core", "groupops.adapters": "adapters"}


def _packages() -> list[str]:
    found = ["groupops.locales"]
    for prefix, folder in ROOTS.items():
        found.append(prefix)
        found += [f"{prefix}.{name}" for name in find_packages(folder)]
    return found


setup(
    packages=_packages(),
    package_dir={**ROOTS, "groupops.locales": "locales"},
)
