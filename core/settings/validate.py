"""Validation: the schema, plus the cross-references a schema cannot see. Both run on every
load, so one `groupops check` reports every problem at once."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from types import GenericAlias
from typing import Any

from pydantic import ValidationError, create_model

from ..errors import SettingsError, SettingsProblem
from .keys import normalise_keys
from .loader import ENV_PREFIX, parse_toml, read_raw, secret_values
from .problems import problems_from
from .ruleset import ruleset_model
from .ruleset_chats import ruleset_chat_problems
from .schema import Settings


@cache
def settings_model() -> type[Settings]:
    rulesets = GenericAlias(dict, (str, ruleset_model()))  # dict[str, Ruleset], built at start
    return create_model("Settings", __base__=Settings, rulesets=(rulesets, {}))


def _tables(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return (
        {k: v for k, v in value.items() if isinstance(v, dict)} if isinstance(value, dict) else {}
    )


def _reference_problems(data: dict[str, Any]) -> list[SettingsProblem]:
    """Names that must point at something defined elsewhere in the settings."""
    from ..chat_platforms import chat_platform_problems
    from ..engine.components import component_names, registry
    from ..engine.ordering import PipelineCycle, misplaced
    from ..platforms import platform_problems
    from ..registry import are_features_loaded

    problems: list[SettingsProblem] = []
    rulesets = _tables(data, "rulesets")
    defined = ", ".join(sorted(rulesets)) or "none defined under [rulesets]"
    seen_chats: dict[str, str] = {}
    for name, community in _tables(data, "communities").items():
        ruleset = community.get("ruleset")
        if isinstance(ruleset, str) and ruleset not in rulesets:
            problems.append(
                SettingsProblem(
                    f"communities.{name}.ruleset",
                    f"{ruleset!r} is not a defined ruleset (expected one of: {defined})",
                )
            )
        chats = community.get("chats")
        for index, chat in enumerate(chats if isinstance(chats, list) else []):
            if not isinstance(chat, str):
                continue
            if chat in seen_chats:
                owner = seen_chats[chat]
                problems.append(
                    SettingsProblem(
                        f"communities.{name}.chats[{index}]",
                        f"{chat!r} is listed twice; remove one" if owner == name
                        else f"{chat!r} already belongs to community {owner!r}",
                    )
                )  # fmt: skip
            seen_chats.setdefault(chat, name)
    problems += chat_platform_problems(_tables(data, "communities"), _tables(data, "platforms"))
    problems += ruleset_chat_problems(rulesets, _tables(data, "communities"))
    pipelines = {
        name: [c for c in pipeline if isinstance(c, str)]
        for name, ruleset in rulesets.items()
        if isinstance(pipeline := ruleset.get("pipeline"), list)
    }
    # The components are read when a ruleset lists its own pipeline, or when they are loaded
    # anyway: `groupops check` loads only the sections (app.load_sections), and the built-in
    # components' declarations are checked for cycles by the suite and when the engine starts.
    if not pipelines and not are_features_loaded():
        return problems + platform_problems(_tables(data, "platforms"))
    try:
        known = component_names()
    except PipelineCycle as exc:
        problems.append(SettingsProblem("pipeline", str(exc)))
        known = sorted(registry())
    for name, listed in pipelines.items():
        for index, (component, wrong) in enumerate(
            zip(listed, misplaced(listed, registry()), strict=True)
        ):
            if component not in known:
                wrong = f"{component!r} is not a component (expected one of: {', '.join(known)})"
            if wrong:
                problems.append(SettingsProblem(f"rulesets.{name}.pipeline[{index}]", wrong))
    problems += platform_problems(_tables(data, "platforms"))
    return problems


def _platform_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Platform names and adapter options are lower-case words; a GROUPOPS_PLATFORMS__WECHAT__
    ACCESS_TOKEN variable reaches here upper-cased (the schema cannot match it: each adapter
    checks its own table)."""
    platforms = data.get("platforms")
    if not isinstance(platforms, dict):
        return data
    lowered = {
        str(name).lower(): {str(k).lower(): v for k, v in table.items()}
        if isinstance(table, dict) else table
        for name, table in platforms.items()
    }  # fmt: skip
    return {**data, "platforms": lowered}


def validate_settings(data: dict[str, Any], source: str, base_dir: Path | None = None) -> Settings:
    """Validated settings; files they name by relative path (a ruleset's sample files) are
    taken from `base_dir`, the settings file's folder (else the working directory)."""
    data = _platform_keys(normalise_keys(data, settings_model()))
    problems = _reference_problems(data)
    try:
        settings = settings_model().model_validate(data, context={"base_dir": base_dir})
    except ValidationError as exc:
        problems = problems_from(exc, settings_model(), data=data) + problems
        settings = None
    if problems:
        raise SettingsError(source, problems)
    assert settings is not None
    return settings


def load_settings(path: Path | str | None) -> tuple[Settings, set[str]]:
    """Load and validate; returns the settings and the secret values to keep out of logs.
    Problems in a file name their key paths as written there (`default.rulesets.…`)."""
    data, source = read_raw(Path(path) if path is not None else None)
    base_dir = Path(path).resolve().parent if path is not None else None
    try:
        return validate_settings(data, source, base_dir), secret_values(data)
    except SettingsError as exc:
        if path is None:
            raise SettingsError(exc.source, [_set_by(p) or p for p in exc.problems]) from None
        secrets = Path(path).resolve().parent / ".secrets.toml"
        beside = parse_toml(secrets) if secrets.is_file() else {}
        own = parse_toml(Path(path)) if beside else {}
        written = [_set_by(p) or _where(SettingsProblem(as_written(p.path), p.message), beside, own)
                   for p in exc.problems]  # fmt: skip
        raise SettingsError(exc.source, written) from None


def _variable(path: str) -> str | None:
    """The GROUPOPS_* variable that set the value at `path` (rulesets.tech.captcha.timeout:
    GROUPOPS_RULESETS__tech__CAPTCHA__TIMEOUT, in any case), if one did: it overrides the
    file, where the operator would look for the value in vain."""
    if not path or "[" in path:
        return None
    wanted = f"{ENV_PREFIX}_{'__'.join(path.split('.'))}".lower()
    read = (name for name in os.environ if name.startswith(f"{ENV_PREFIX}_"))  # ignored_variables
    return next((name for name in read if name.lower() == wanted), None)


def _set_by(problem: SettingsProblem) -> SettingsProblem | None:
    """The problem naming the variable that set its value; None if no variable did."""
    name = _variable(problem.path)
    return SettingsProblem(problem.path, f"{problem.message} (set by {name})") if name else None


def _where(
    problem: SettingsProblem, secrets: dict[str, Any], settings: dict[str, Any]
) -> SettingsProblem:
    """A problem with a key the .secrets.toml beside the file wrote says so: the error names
    settings.toml, where the operator would look for it in vain. So does a key missing from a
    section only .secrets.toml has (a token kept after its platform left settings.toml)."""
    parts = problem.path.split(".") if problem.path else ["?"]
    if _has(secrets, parts):
        return SettingsProblem(problem.path, f"{problem.message} (written in .secrets.toml)")
    section = parts[:-1]
    if len(section) > 1 and _has(secrets, section) and not _has(settings, section):
        only = f"[{'.'.join(section)}] is only in .secrets.toml"
        return SettingsProblem(problem.path, f"{problem.message} ({only})")
    return problem


def _has(tree: dict[str, Any], parts: list[str]) -> bool:
    node: Any = tree
    for part in parts:
        lowered = {str(k).lower(): v for k, v in node.items()} if isinstance(node, dict) else {}
        if part.lower() not in lowered:
            return False
        node = lowered[part.lower()]
    return True


def as_written(key_path: str) -> str:
    """`rulesets.tech.timezone` as the file spells it: under [default] (or GROUPOPS_ENV's)."""
    if not key_path:
        return key_path
    env = os.environ.get("GROUPOPS_ENV", "default").lower()
    return f"{env}.{key_path}"
