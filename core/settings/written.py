"""Settings sections as the file wrote them: the validated section (every default filled in)
with the values the file gave laid over it as written (`30d` stays `30d`, not `4w2d`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .loader import read_raw


def overlay(dumped: Any, written: Any) -> Any:
    """`dumped` with every value `written` gives replaced by the written one."""
    if isinstance(dumped, dict) and isinstance(written, dict):
        lowered = {str(k).lower(): v for k, v in written.items()}
        return {k: overlay(v, lowered[k.lower()]) if k.lower() in lowered else v
                for k, v in dumped.items()}  # fmt: skip
    if isinstance(written, dict | list) or written is None:
        return dumped  # a table where a value was expected: the validated form is clearer
    return written


def written_rulesets(path: Path | None) -> dict[str, Any]:
    """The [rulesets] tables as read from the file (and its secrets and environment)."""
    if path is None:
        return {}
    data, _ = read_raw(path)
    rulesets = data.get("rulesets") or {}
    return {str(k).lower(): v for k, v in rulesets.items()} if isinstance(rulesets, dict) else {}
