"""What `groupops check` says, as the Settings page shows it to whoever signed in. The
operator reads every warning; an admin of some communities reads those about their
communities and the rulesets those use, and a summary of them alone: the settings file's other
communities (their names, chats and admin chats, which a warning quotes) and its own
secrets and database are the operator's, not one community's admins' to read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cli.advice import advice, secrets_in_file
from ..errors import SettingsProblem
from ..segments import I18nText
from .links import Grant
from .readable import summary


@dataclass(frozen=True, slots=True)
class Seen:
    """The part of the settings a grant covers: what `summary` counts."""

    communities: dict[str, Any]
    rulesets: dict[str, Any]


def _scopes(seen: Seen, env: str) -> tuple[str, ...]:
    """The paths a warning may start with to concern the seen communities."""
    return tuple(
        [f"{env}.communities.{name}" for name in seen.communities]
        + [f"{env}.rulesets.{name}" for name in seen.rulesets]
    )


def _within(problem: SettingsProblem, scopes: tuple[str, ...]) -> bool:
    path = problem.path
    return any(path == scope or (path[len(scope) : len(scope) + 1] in ".[" and
               path.startswith(scope)) for scope in scopes)  # fmt: skip


def checked(
    settings: Any, grant: Grant, names: list[str], path: Path | None
) -> tuple[I18nText, list[SettingsProblem]]:
    """The summary and the warnings `grant` may read, about the communities `names`."""
    env = os.environ.get("GROUPOPS_ENV", "default").lower()
    # the warnings `groupops check` gives: the settings', then the file's own (a secret in it)
    warnings = [*advice(settings, env), *secrets_in_file(path)]
    if grant.operator:
        return summary(settings), warnings
    communities = {name: settings.communities[name] for name in names}
    used = {config.ruleset for config in communities.values()}
    seen = Seen(communities, {n: r for n, r in settings.rulesets.items() if n in used})
    scopes = _scopes(seen, env)
    return summary(seen), [w for w in warnings if _within(w, scopes)]
