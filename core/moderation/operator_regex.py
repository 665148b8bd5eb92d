"""Operators' regular expressions, run by RE2: linear time whatever the pattern or the text,
so a careless pattern cannot stall the engine. All patterns run in one pass as an RE2 set;
the first that matched is then run alone for its span."""

from __future__ import annotations

from collections.abc import Sequence

import re2


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a bad pattern is reported by `groupops check`, not on stderr
    options.case_sensitive = False
    return options


def compile_pattern(pattern: str):
    try:
        return re2.compile(pattern, _options())
    except re2.error as exc:
        said = exc.args[0] if exc.args else ""  # RE2 says it in UTF-8 bytes
        reason = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
        raise ValueError(f"{pattern!r} is not a valid RE2 pattern: {reason}") from None


class RegexSet:
    def __init__(self, patterns: Sequence[str]) -> None:
        self.compiled = [compile_pattern(p) for p in patterns]
        self.set = None
        if patterns:
            self.set = re2.Set.SearchSet(_options())
            for pattern in patterns:
                self.set.Add(pattern)
            self.set.Compile()

    def first(self, text: str) -> tuple[int, int, int] | None:
        """(pattern index, start, end) of the first pattern that matches, or None."""
        if self.set is None or not text:
            return None
        matched = self.set.Match(text)
        if not matched:
            return None
        index = min(matched)
        found = self.compiled[index].search(text)
        if found is None:  # cannot happen: the set said it matches
            return None
        return index, found.start(), found.end()
