"""Which build is installed. Builds between releases keep the version number, so a wheel
built from a git checkout carries the commit and its date (setup.py writes build_info.txt),
and `groupops --version` says them."""

from __future__ import annotations

from pathlib import Path

BUILD_INFO = Path(__file__).with_name("build_info.txt")


def described(version: str) -> str:
    """`0.1.0 (built from 0c7f90a 2026-12-05)`, or the version alone (a source checkout)."""
    try:
        built = BUILD_INFO.read_text(encoding="utf-8").strip()
    except OSError:
        return version
    return f"{version} (built from {built})" if built else version
