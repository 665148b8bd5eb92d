"""What `groupops verify-draw` says beyond the sums: who left the list or the winners, and
the figures a member compares with the chat's announcements (the sums only show that a record
is consistent; a forger can recompute a record's digest and order, not the announcements)."""

from __future__ import annotations

from .draw import DrawRecord


def notes(record: DrawRecord) -> list[str]:
    """The replacements and the removals, one a line."""
    lines = []
    for note in record.replaced or ():
        reason = note.get("reason") or "no reason recorded"
        by = f"by {note['by']}, " if note.get("by") else ""
        lines.append(
            f"replaced {note['member']}: {reason} ({by}{note.get('at') or 'time not recorded'})"
        )
    lines.append(f"removed after entering: {len(record.removed)}")
    for note in record.removed:
        lines.append(f"  {note['member']}: {note.get('reason', '')} ({note.get('at', '')})")
    return lines


def announced(record: DrawRecord) -> list[tuple[str, str]]:
    """(when it was announced, the figure) for each published claim. A drawn entrant replaced
    by nobody (erased before they were named) was never announced: the next was named instead."""
    silent = {note["member"] for note in record.replaced or () if not note.get("by")}
    named = [member for member in record.drawn if member not in silent]
    figures = [
        ("at launch", f"commitment {record.commitment.lower()}"),
        ("at launch", f"{record.winners} winner(s)"),
        (
            "when entries closed",
            f"{len(record.entrants)} entrants, list SHA-256 {record.digest.lower()}",
        ),
        ("at the draw", f"winners {', '.join(named[: record.winners]) or 'none'}"),
    ]
    replacements = [note for note in record.replaced or () if note.get("by")]
    for number, note in enumerate(replacements):
        nxt = named[record.winners + number] if record.winners + number < len(named) else "nobody"
        reason = note.get("reason") or "no reason recorded"
        figures.append(("at a replacement", f"{note['member']} no longer wins ({reason}); {nxt}"))
    return figures
