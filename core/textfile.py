"""Reading a text file a person saved: UTF-8 (with or without a BOM), UTF-16 with its BOM
(Notepad's "Unicode") or, failing that, the Chinese Windows code page.

Excel on Chinese Windows saves "CSV" in GBK; GB18030 is its superset, so a file that is not
UTF-8 is read as GB18030. UTF-8 is tried first because it is strict: text in another encoding
almost never passes as UTF-8 by accident. When neither fits, the error names the first line
with bytes that do not decode, and `--encoding` picks the encoding by hand.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import GroupopsError

# tried in order when no encoding is given
CANDIDATES = ("utf-8-sig", "gb18030")


class UndecodableFile(GroupopsError, ValueError):
    pass


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec name that read it, e.g. "utf-8-sig" or "gb18030"


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def known_encoding(name: str) -> str:
    """The codec's canonical name; UndecodableFile for a name Python does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UndecodableFile(
            f"--encoding: {name!r} is not a known encoding (e.g. utf-8, gbk, gb18030)"
        ) from None


def decode(data: bytes, where: str, encoding: str | None = None) -> DecodedText:
    """Decode `data` (read from `where`) with `encoding`, or the first candidate that fits."""
    if encoding is None and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # the mark says so (and no other candidate reads its zero bytes)
    tried = (known_encoding(encoding),) if encoding else CANDIDATES
    first_failure: UnicodeDecodeError | None = None
    for name in tried:
        try:
            return DecodedText(data.decode(name), name)
        except UnicodeDecodeError as exc:
            first_failure = first_failure or exc
    assert first_failure is not None
    line = _line_of(data, first_failure.start)
    bad = data[first_failure.start : first_failure.start + 4].hex(" ")
    read_as = " or ".join(tried)
    raise UndecodableFile(
        f"{where} line {line}: bytes {bad} are not {read_as} text; "
        "save the file as UTF-8 or pass --encoding"
    )


def read_text(path: Path, encoding: str | None = None) -> DecodedText:
    return decode(path.read_bytes(), str(path), encoding)


HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def _decodes(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _chinese(data: bytes) -> bool:
    """GBK Chinese: runs of two-byte characters (`社区设置`, 8 bytes), never a byte alone."""
    runs = [len(run) for run in HIGH_BYTES.findall(data)]
    return (
        all(n % 2 == 0 for n in runs)
        and sum(runs) >= 3 * len(runs)
        and _decodes(data, "gb18030") is not None
    )


def _latin(data: bytes) -> bool:
    """Windows-1252 Western text: accented letters and typographic marks (`Año…`, `“ñ”`)."""
    text = _decodes(data, "cp1252")
    return text is not None and all(
        unicodedata.name(c, "").startswith("LATIN") or unicodedata.category(c)[0] in "PSZ"
        for c in text
        if ord(c) > 0x7F
    )


# a file that is not UTF-8, told by what its other bytes look like -> the encoding to name
LIKELY_ENCODINGS = (("GBK", _chinese), ("Windows-1252", _latin))


def likely_encoding(data: bytes) -> str | None:
    """What a file that is not UTF-8 was probably saved as, for an error to name; None when
    its bytes fit none well enough to say (a wrong guess misleads more than none)."""
    return next((name for name, fits in LIKELY_ENCODINGS if fits(data)), None)
