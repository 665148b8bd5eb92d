"""The community's everyday features: welcome and goodbye, auto-replies, notes and their
formatting, pins, topics, languages, lurkers, membership, member reports, admin lists and
titles, connections, disabled commands, clean-up, and settings export and import.

Each feature lives in the package it belongs to: moderation's commands in core/moderation/,
check-ins in core/points/, federations in core/federations/, a member's data in core/privacy/;
`core/features.py` lists them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .whois import linked_accounts

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {
        ".whois": ("linked_accounts",),
    },
)

__all__ = [
    "linked_accounts",
]
