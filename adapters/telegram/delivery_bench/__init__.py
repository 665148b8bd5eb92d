"""`groupops bench delivery`: nothing lost and nothing doubled, against a local fake Bot API
through the aiogram driver: a ten-minute 5xx outage, three SIGKILLs of `groupops run` while it
sends (one slot, then sixteen slots over ten chats), and a 429 storm. Each scenario reports
what the fake platform received, with wall and CPU time."""

from __future__ import annotations

from typing import Any

from groupops.core.bench.harness import Figure, Report

from .scenarios import in_process, kills

OUTAGE_SECONDS = 600.0
STORM_SHARE = 0.6  # of the sends answered 429


def _figures(label: str, found: dict[str, Any], cpu_keys: tuple[str, ...]) -> list[Figure]:
    figures = [
        Figure(f"{label}: delivered", found["delivered"], f"of {found['messages']}"),
        Figure(f"{label}: lost", found["lost"], "actions", better="lower"),
        Figure(f"{label}: duplicates", found["duplicates"], "actions", better="lower"),
        Figure(f"{label}: wall time", found["wall"], "s", better="lower"),
    ]
    figures += [
        Figure(f"{label}: CPU time ({key.replace('_cpu', '').replace('cpu', 'bench')})",
               found[key], "s", better="lower")
        for key in cpu_keys
    ]  # fmt: skip
    return figures


async def run(quick: bool) -> Report:
    count = 200 if quick else 1_000
    kill_at = [count // 4, count // 2, 3 * count // 4]
    outage = await in_process(count // 5, 10, outage=OUTAGE_SECONDS)
    one_slot = await kills(count, 1, 1, kill_at)
    many_slots = await kills(count, 10, 16, kill_at)
    storm = await in_process(count, 10, storm=STORM_SHARE)
    figures = _figures("10-minute 5xx outage", outage, ("cpu",))
    figures += [
        Figure("10-minute 5xx outage: 502 answers", outage["refused_502"], "sends"),
    ]
    for label, found in (("3 SIGKILLs, 1 slot", one_slot), ("3 SIGKILLs, 16 slots", many_slots)):
        figures += _figures(label, found, ("cpu", "children_cpu"))
        figures.append(Figure(f"{label}: kills", found["kills"], "SIGKILL"))
    figures += _figures("429 storm", storm, ("cpu",))
    figures += [
        Figure("429 storm: 429 answers", storm["refused_429"], "sends"),
        Figure(
            "429 storm: chats out of order", storm["chats_out_of_order"], "chats", better="lower"
        ),
    ]
    return Report(
        "delivery",
        figures,
        {
            "outage_seconds": OUTAGE_SECONDS,
            "outage_messages": count // 5,
            "kill_messages": count,
            "kills_at_replies": "/".join(map(str, kill_at)),
            "storm_messages": count,
            "storm_429_share": STORM_SHARE,
            "chats": 10,
            "database": "sqlite",
            "driver": "aiogram",
        },
    )
