"""Paid membership: plans in the ruleset, memberships bought with Telegram Stars or recorded
from orders, renewals, reminders, expiry and the paid chats they open (docs/membership.md).

What other features use of paid membership is exported here (docs/architecture.md, "Seams")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .store import holds_plan_for

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(__name__, {".store": ("holds_plan_for",)})

__all__ = ["holds_plan_for"]
