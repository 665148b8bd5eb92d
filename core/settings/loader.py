"""Reads settings.toml, the .secrets.toml beside it and GROUPOPS_* variables through dynaconf."""

from __future__ import annotations

import codecs
import os
import re
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from .. import redaction
from ..errors import SettingsError, SettingsProblem
from ..textfile import likely_encoding
from .dynaconf_import import may_need_jinja, settings_class

ENV_PREFIX = "GROUPOPS"
SECTIONS = frozenset(
    {
        "cluster",
        "database",
        "logging",
        "engine",
        "i18n",
        "platforms",
        "rulesets",
        "communities",
        "metrics",
        "scaling",
        "dashboard",
    }
)
# Keys whose values are secrets wherever they appear; they are redacted from logs and errors.
SECRET_KEYS = frozenset({"token", "secret", "secret_token", "password", "access_token", "api_key"})
# ... and any key ending in one, as an adapter of another package names its options
# (`oper_password`, `sasl_password`, `bot_token`): the same words the log redaction masks
SECRET_KEY = re.compile(redaction.SECRET_KEYS, re.IGNORECASE)


def is_secret_key(key: object) -> bool:
    return str(key).lower() in SECRET_KEYS or SECRET_KEY.fullmatch(str(key)) is not None


def read_raw(path: Path | None) -> tuple[dict[str, Any], str]:
    """The merged settings as plain data, and a label for messages ("settings.toml")."""
    files: list[Path] = []
    texts = [value for key, value in os.environ.items() if key.startswith(ENV_PREFIX)]
    if path is not None:
        if not path.is_file():
            # the folder too: run from the wrong folder, the bare file name says too little
            missing = (
                f"settings file not found in {path.resolve().parent} (`groupops init` writes one)"
            )
            raise SettingsError(str(path), [SettingsProblem("", missing)])
        files.append(path.resolve())
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
        _check_sections(path)
        secrets = path.resolve().parent / ".secrets.toml"
        if secrets.is_file():
            _check_sections(secrets)  # [platforms.telegram] without default. was ignored
            files.append(secrets)
            texts.append(secrets.read_text(encoding="utf-8", errors="replace"))
    try:
        with without_marks(files) as readable:
            loaded = _dynaconf(readable, texts, path)
    except Exception as exc:  # dynaconf reports TOML syntax errors in many shapes
        label = str(path) if path else "settings"
        raise SettingsError(label, [SettingsProblem("", f"cannot be read: {exc}")]) from None
    data = {key.lower(): value for key, value in loaded.items() if key.lower() in SECTIONS}
    return data, (str(path) if path else "built-in defaults")


def _dynaconf(files: list[str], texts: list[str], path: Path | None) -> dict[str, Any]:
    return dict(
        settings_class(jinja=may_need_jinja(texts))(
            settings_files=files,
            environments=True,
            envvar_prefix=ENV_PREFIX,
            env_switcher=f"{ENV_PREFIX}_ENV",
            merge_enabled=True,
            load_dotenv=False,
            root_path=str(path.resolve().parent) if path else os.getcwd(),
        ).as_dict()
    )


def ignored_variables() -> list[str]:
    """Variables meant for groupops but not read: dynaconf takes only the upper-case prefix
    (`groupops_database__url` changed nothing, without a word)."""
    prefix = f"{ENV_PREFIX}_"
    return sorted(
        name
        for name in os.environ
        if name.upper().startswith(prefix) and not name.startswith(prefix)
    )


def secret_values(data: Any) -> set[str]:
    """Every string stored under a secret-looking key, at any depth."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if is_secret_key(key) and isinstance(value, str) and value:
                found.add(value)
            else:
                found |= secret_values(value)
    elif isinstance(data, list):
        for item in data:
            found |= secret_values(item)
    return found


AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


# how a file's first bytes say it is not UTF-8 -> what to tell the operator
NOT_PLAIN_UTF8 = {
    codecs.BOM_UTF16_LE: "is UTF-16 text: save it as UTF-8",
    codecs.BOM_UTF16_BE: "is UTF-16 text: save it as UTF-8",
}


def toml_bytes(path: Path) -> bytes:
    """The file's bytes without the UTF-8 byte-order mark Notepad writes: TOML allows none,
    but the mark says only that the text is UTF-8, which TOML requires anyway."""
    return path.read_bytes().removeprefix(codecs.BOM_UTF8)


def toml_text(path: Path) -> str:
    """The file's text, which TOML requires to be UTF-8; otherwise one line saying so (UTF-16,
    a GBK or Windows-1252 file) where a UnicodeDecodeError was raised."""
    data = toml_bytes(path)
    for mark, problem in NOT_PLAIN_UTF8.items():
        if data.startswith(mark):
            raise SettingsError(str(path), [SettingsProblem("", problem)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start : exc.start + 1].hex()
        guess = likely_encoding(data)
        saved_as = f"; {guess}?" if guess else ""
        problem = f"is not UTF-8 text (byte 0x{byte}{saved_as}): save it as UTF-8"
        raise SettingsError(f"{path}:{line}", [SettingsProblem("", problem)]) from None


@contextmanager
def without_marks(paths: list[Path]) -> Iterator[list[str]]:
    """The files as dynaconf is to read them: one that begins with a byte-order mark as a copy
    without it (dynaconf's TOML reader takes the mark for a statement), in a folder only the
    owner can read, removed once read."""
    with ExitStack() as stack:
        given = []
        for number, path in enumerate(paths):
            if not path.read_bytes().startswith(codecs.BOM_UTF8):
                given.append(str(path))
                continue
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="groupops-")))
            copy = folder / str(number) / path.name
            copy.parent.mkdir()
            copy.write_bytes(toml_bytes(path))
            given.append(str(copy))
        yield given


def parse_toml(path: Path) -> dict[str, Any]:
    """The file's TOML; a syntax error names the file, line and column."""
    try:
        return tomllib.loads(toml_text(path))
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        place = AT.search(message)
        where = f"{path}:{place.group(1)}:{place.group(2)}" if place else str(path)
        what = AT.sub("", message)
        if "Illegal character '\\n'" in what:  # how tomllib says a string was left open
            what += " (a quoted value left open on this line?)"
        raise SettingsError(where, [SettingsProblem("", f"is not valid TOML: {what}")]) from None


def _guess(section: str) -> str:
    close = get_close_matches(section, sorted(SECTIONS), n=1)  # [default.platform.matrix]
    return f", did you mean {close[0]!r}?" if close else ""


def _check_sections(path: Path) -> None:
    """TOML syntax and top-level section names, which dynaconf would accept silently."""
    document = parse_toml(path)
    problems = []
    for env, table in document.items():
        if env.lower() in SECTIONS:  # [rulesets.tech…] pasted without its environment
            problems.append(
                SettingsProblem(
                    env,
                    f"a table must start with its environment: write [default.{env}.…] "
                    f"where this file has [{env}.…]",
                )
            )
            continue
        if not isinstance(table, dict):
            problems.append(
                SettingsProblem(
                    env, "expected a table such as [default.database]; put keys under [default.…]"
                )
            )
            continue
        problems += [
            SettingsProblem(
                f"{env}.{key}",
                f"unknown section{_guess(key.lower())} (expected one of: "
                f"{', '.join(sorted(SECTIONS))})",
            )
            for key in table
            if key.lower() not in SECTIONS
        ]
    if problems:
        raise SettingsError(str(path), problems)
