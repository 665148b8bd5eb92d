"""The community's everyday features: welcome and goodbye, auto-replies, notes and their
formatting, pins, topics, languages, lurkers, membership, member reports, admin lists and
titles, connections, disabled commands, clean-up, and settings export and import.

Each feature lives in the package it belongs to: moderation's commands in core/moderation/,
check-ins in core/points/, federations in core/federations/, a member's data in core/privacy/;
`core/features.py` lists them all."""

from .whois import linked_accounts

__all__ = ["linked_accounts"]
