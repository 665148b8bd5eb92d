"""The annotated example settings (the repository's settings.toml: the `tech` ruleset and the
`devs` community the docs use), for `groupops init --example`.

A wheel carries a copy written at build time (setup.py), since the file lives at the
repository's root, outside the package; a checkout reads the root file itself."""

from __future__ import annotations

from pathlib import Path

PACKAGED = Path(__file__).with_name("example_settings.toml")
CHECKOUT = Path(__file__).resolve().parents[2] / "settings.toml"


def example_settings() -> str | None:
    """The example's text; None where this installation carries none."""
    for path in (PACKAGED, CHECKOUT):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None
