"""Every built-in module that registers something is imported where that kind of thing is
loaded: a detector or a ruleset section by `app.load_sections` (what `groupops check` reads),
a component or a campaign kind by `app.load_features`. A decorator alone registers nothing
until its module is imported, and a module nothing imports leaves `check` saying "unknown key"
about its settings (docs/development.md, "Adding a built-in")."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# decorator -> (what loads it, the file whose imports must reach the module)
WHERE = {
    "detector": ("load_sections", "core/moderation/config.py"),
    "ruleset_section": ("load_sections", "core/feature_sections.py"),
    "component": ("load_features", "core/features.py"),
    "kind": ("load_features", "core/features.py"),
}
DECORATOR = re.compile(r"^@(" + "|".join(WHERE) + r")\b", re.MULTILINE)
PROBE = """
import json, sys
from groupops.core import app
getattr(app, sys.argv[1])()
print(json.dumps(sorted(name for name in sys.modules if name.startswith("groupops."))))
"""


def loaded_by(loader: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, loader], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def registering_modules() -> dict[str, tuple[str, str]]:
    """Module name -> (its first registering decorator, its path), for core/."""
    found = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        match = DECORATOR.search(path.read_text(encoding="utf-8"))
        if match:
            relative = path.relative_to(ROOT).with_suffix("")
            found["groupops." + ".".join(relative.parts)] = (match.group(1), str(relative))
    return found


def test_every_registering_module_is_imported_where_its_kind_is_loaded():
    modules = registering_modules()
    assert len(modules) > 40  # the scan found the built-ins
    loaded = {loader: loaded_by(loader) for loader in ("load_sections", "load_features")}
    missing = [
        f"{path}.py has @{decorator} but is not imported: add it to the imports of {target}"
        for name, (decorator, path) in modules.items()
        for loader, target in [WHERE[decorator]]
        if name not in loaded[loader]
    ]
    assert not missing, "\n".join(missing)
