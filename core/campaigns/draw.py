"""A fair draw anyone can check.

1. At launch the bot publishes `commitment = SHA-256(secret)`; the secret stays private.
2. When entries close the entrant list is frozen (sorted member references, one a line) and
   its SHA-256 digest is published with the seed source, before anything is drawn.
3. The draw reveals the secret. `seed = SHA-256("groupops-draw-v2:" community ":" campaign
   ":" digest ":" secret)`: the giveaway's names are in the seed, so a record passed off as
   another giveaway's draws another order (v1 records, from before, seeded with
   `"groupops-draw-v1:" digest ":" secret` and are verified as they were made).
   A SHA-256 counter stream of the seed drives a Fisher–Yates shuffle; each index is drawn by
   rejection sampling, so no position is favoured (no modulo bias).
4. The winners are the first in that order; a reroll takes the next one in the same order, so
   a past winner is never drawn again.

`groupops verify-draw` recomputes all of it from a published record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

V1 = "groupops-draw-v1"  # the seed did not hold the giveaway's names
VERSION = "groupops-draw-v2"
VERSIONS = (V1, VERSION)
_SPACE = 1 << 64


def entrants_digest(entrants: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(entrants)).encode()).hexdigest()


def commitment_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def seed_of(
    digest: str, secret: str, version: str = VERSION, community: str = "", campaign: str = ""
) -> bytes:
    names = "" if version == V1 else f"{community}:{campaign}:"
    return hashlib.sha256(f"{version}:{names}{digest}:{secret}".encode()).digest()


def _words(seed: bytes) -> Iterator[int]:
    counter = 0
    while True:
        block = hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
        for offset in range(0, 32, 8):
            yield int.from_bytes(block[offset : offset + 8], "big")
        counter += 1


def _below(words: Iterator[int], bound: int) -> int:
    """A uniform integer in [0, bound): values from the biased top of the range are redrawn."""
    limit = _SPACE - _SPACE % bound
    while True:
        word = next(words)
        if word < limit:
            return word % bound


def draw_order(entrants: Sequence[str], seed: bytes) -> list[str]:
    """Every entrant in drawing order (a Fisher–Yates shuffle of the sorted list)."""
    order = sorted(entrants)
    words = _words(seed)
    for i in range(len(order) - 1, 0, -1):
        j = _below(words, i + 1)
        order[i], order[j] = order[j], order[i]
    return order


@dataclass(slots=True)
class DrawRecord:
    """What a draw publishes; enough to recompute it."""

    community: str
    campaign: str
    entrants: list[str]
    digest: str
    commitment: str
    secret: str
    winners: int
    drawn: list[str] = field(default_factory=list)  # winners then rerolls, in order
    version: str = VERSION
    # entrants taken off the list between entering and the close: member, reason, at
    removed: list[dict[str, str]] = field(default_factory=list)
    # drawn entrants who no longer win: member, reason, by, at; None in a record made before
    # they were recorded (it cannot say which of the drawn are the winners)
    replaced: list[dict[str, str]] | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_mapping(cls, data: Any) -> DrawRecord:
        if not isinstance(data, dict):
            raise ValueError("a draw record is a JSON object")
        missing = [name for name in cls.__dataclass_fields__
                   if name not in data and name not in OPTIONAL]  # fmt: skip
        if missing:
            raise ValueError(f"draw record lacks {', '.join(missing)}")
        for name, expected in FIELD_KINDS.items():
            value = data.get(name, [] if name in OPTIONAL else None)
            if expected == "text" and not isinstance(value, str):
                raise ValueError(f"{name} must be text, not {json.dumps(value)}")
            if expected == "list" and not (
                isinstance(value, list) and all(isinstance(item, str) for item in value)
            ):
                raise ValueError(f"{name} must be a list of texts")
            if expected == "notes" and not (value is None and name == "replaced") and not (
                isinstance(value, list)
                and all(isinstance(note, dict) and all(isinstance(v, str) for v in note.values())
                        and isinstance(note.get("member"), str) for note in value)
            ):  # fmt: skip
                raise ValueError(f"{name} must be a list of objects naming a member")
        winners = data["winners"]
        if isinstance(winners, bool) or not isinstance(winners, int) or winners < 1:
            raise ValueError(f"winners must be a whole number from 1, not {json.dumps(winners)}")
        return cls(**{name: data[name] for name in cls.__dataclass_fields__ if name in data})

    @property
    def final_winners(self) -> list[str]:
        """The drawn who still win: all drawn but the replaced (or, in a record that does not
        say who was replaced, the first `winners` drawn)."""
        if self.replaced is None:
            return self.drawn[: self.winners]
        gone = {note["member"] for note in self.replaced}
        return [member for member in self.drawn if member not in gone]


OPTIONAL = ("removed", "replaced")  # records made before these were kept lack them
FIELD_KINDS = {
    "community": "text", "campaign": "text", "digest": "text", "commitment": "text",
    "secret": "text", "version": "text", "entrants": "list", "drawn": "list",
    "removed": "notes", "replaced": "notes",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def _same_hex(a: str, b: str) -> bool:
    return a.lower() == b.lower()  # a digest written in capitals is the same digest


def verify(record: DrawRecord) -> list[Check]:
    """Each published claim of the record, recomputed."""
    digest = entrants_digest(record.entrants)
    version = record.version
    committed = commitment_of(record.secret)
    twice = len(record.entrants) - len(set(record.entrants))
    checks = [
        Check("version", version in VERSIONS, f"{version} (expected one of {', '.join(VERSIONS)})"),
        Check(
            "entrants",
            _same_hex(digest, record.digest) and not twice,
            f"{len(record.entrants)} entrants, SHA-256 {digest}"
            + ("" if _same_hex(digest, record.digest) else f" but {record.digest} was published")
            + (f"; {twice} listed twice" if twice else ""),
        ),
        Check(
            "commitment",
            _same_hex(committed, record.commitment),
            f"SHA-256(secret) = {committed}"
            + ("" if _same_hex(committed, record.commitment) else " does not match"),
        ),
        _winners(record),
    ]
    seed = seed_of(record.digest.lower(), record.secret, version, record.community,
                   record.campaign)  # fmt: skip
    order = draw_order(record.entrants, seed)
    expected = order[: len(record.drawn)]
    checks.append(
        Check(
            "order",
            expected == record.drawn,
            f"drawn {', '.join(record.drawn) or 'nobody'}"
            + ("" if expected == record.drawn else f"; recomputed {', '.join(expected)}"),
        )
    )
    return checks


def _winners(record: DrawRecord) -> Check:
    """Every winner the draw owed is in the record (a record with winners left out, or none,
    would otherwise verify as a shorter draw); the drawn past them are replacements, each
    named in the record with its reason."""
    entrants, final = len(record.entrants), record.final_winners
    among = f"{len(final)} winner(s) of {record.winners} among {entrants} entrants: " + (
        ", ".join(final) or "nobody"
    )
    if record.replaced is None:  # an older record: which of the drawn were replaced is unsaid
        owed = min(record.winners, entrants)
        extra = len(record.drawn) - owed
        said = (
            f"; {extra} more drawn, the record does not say whom they replaced" if extra > 0 else ""
        )
        short = "" if extra >= 0 else f"; {owed} owed"
        return Check("winners", extra >= 0, among + said + short)
    gone = [note["member"] for note in record.replaced]
    owed = min(record.winners, entrants - len(set(gone)))
    stray = [member for member in gone if member not in record.drawn]
    problems = ([f"{owed} owed"] if len(final) != owed else []) + (
        [f"replaced but never drawn: {', '.join(stray)}"] if stray else []
    )
    return Check("winners", not problems, among + "".join(f"; {p}" for p in problems))
