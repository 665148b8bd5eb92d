"""Sample messages the spam classifier starts from: the starter files shipped with groupops
(spam and ham in English, Simplified Chinese and Russian, written for the project) and files a
ruleset adds. A file holds one message a line, UTF-8, or JSON lines with a "text" field and,
where known, what the platform said of the message (`forwarded`, `buttons`, `media`,
`has_username`), which teaches the classifier those facts as an admin's verdict does."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ..errors import GroupopsError
from .spam_features import Facts, platform_tokens

STARTER_LANGUAGES = ("en", "zh", "ru")


class SampleFileError(GroupopsError):
    """A sample file that cannot be read, named with the line at fault."""


def starter_files(label: str) -> list[Path]:
    """The shipped sample files for `label` ("spam" or "ham")."""
    folder = resources.files(__package__) / "samples"
    return [Path(str(folder / f"{lang}.{label}.txt")) for lang in STARTER_LANGUAGES]


def read_messages(path: Path) -> Iterator[str]:
    """The messages of a sample file; a JSON line without a "text" string is refused."""
    for text, _facts in read_records(path):
        yield text


# JSON fields that say what the platform said of a message, and the values each may take
FACT_FIELDS: dict[str, tuple[type, ...]] = {
    "forwarded": (bool,),
    "buttons": (bool,),
    "media": (str, type(None)),
    "has_username": (bool,),
}


def kind_names(kinds: tuple[type, ...]) -> str:
    return " or ".join("null" if kind is type(None) else kind.__name__ for kind in kinds)


def read_records(path: Path) -> Iterator[tuple[str, tuple[str, ...] | None]]:
    """Each message of a sample file with the platform's facts its JSON line gives (None where
    it gives none of FACT_FIELDS: not known); a line whose field is of the wrong kind is
    refused with its number."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SampleFileError(f"{path}: cannot read the sample file: {exc.strerror}") from None
    data = data.removeprefix(codecs.BOM_UTF8)  # written by some editors; not part of line 1
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        number = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1  # bytes into the line
        raise SampleFileError(f"{path}:{number}: not UTF-8 (byte {column} of the line)") from None
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        if not line.startswith("{"):
            yield line, None
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: arrays nested 1,000 deep
            raise SampleFileError(f"{path}:{number}: not valid JSON") from None
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            raise SampleFileError(f'{path}:{number}: a JSON line needs a "text" string')
        if text.strip():  # a blank message teaches nothing
            yield text, _facts(record, f"{path}:{number}")


def _facts(record: dict, where: str) -> tuple[str, ...] | None:
    given = {name: record[name] for name in FACT_FIELDS if name in record}
    if not given:
        return None
    for name, value in given.items():
        if not isinstance(value, FACT_FIELDS[name]):
            kinds = kind_names(FACT_FIELDS[name])
            raise SampleFileError(f'{where}: "{name}" must be {kinds}, not {json.dumps(value)}')
    facts = Facts(
        text=record["text"],
        forwarded=given.get("forwarded", False),
        buttons=given.get("buttons", False),
        media=given.get("media"),
        has_username=given.get("has_username"),
    )
    return tuple(platform_tokens(facts))
