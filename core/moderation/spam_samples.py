"""Sample messages the spam classifier starts from: the starter files shipped with groupops
(spam and ham in English, Simplified Chinese and Russian, written for the project) and files a
ruleset adds. A file holds one message a line, UTF-8, or JSON lines with a "text" field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ..errors import GroupopsError

STARTER_LANGUAGES = ("en", "zh", "ru")


class SampleFileError(GroupopsError):
    """A sample file that cannot be read, named with the line at fault."""


def starter_files(label: str) -> list[Path]:
    """The shipped sample files for `label` ("spam" or "ham")."""
    folder = resources.files(__package__) / "samples"
    return [Path(str(folder / f"{lang}.{label}.txt")) for lang in STARTER_LANGUAGES]


def read_messages(path: Path) -> Iterator[str]:
    """The messages of a sample file; a JSON line without a "text" string is refused."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SampleFileError(f"{path}: cannot read the sample file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise SampleFileError(f"{path}: not UTF-8 (byte {exc.start})") from None
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                record = json.loads(line)
            except ValueError:
                raise SampleFileError(f"{path}:{number}: not valid JSON") from None
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise SampleFileError(f'{path}:{number}: a JSON line needs a "text" string')
            line = text
        yield line
