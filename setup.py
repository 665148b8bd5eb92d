"""Maps the repository layout (core/, adapters/, locales/) onto the `groupops` import package.

Folders holding only data (samples, templates, migrations, catalogs) are listed as packages
too, so setuptools ships them as declared rather than as folders it finds by accident."""

from setuptools import find_namespace_packages, setup

ROOTS = {"groupops.core": "core", "groupops.adapters": "adapters", "groupops.locales": "locales"}


def _packages() -> list[str]:
    found = []
    for prefix, folder in ROOTS.items():
        found.append(prefix)
        found += [
            f"{prefix}.{name}"
            for name in find_namespace_packages(folder, exclude=["*__pycache__*"])
        ]
    return found


setup(packages=_packages(), package_dir=ROOTS)
