"""Join defence: the join captcha and anti-raid mode.

What other features use of it is exported here (docs/architecture.md, "Seams"): whether the
captcha is holding a newcomer, whether one joined under a moderator's mute, the protocol of
features told when one passes, and what becomes of one erased while asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .admission import AwaitsAdmission, held
    from .erased import remove_unanswered
    from .muted_rejoin import rejoined_muted

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {
        ".admission": ("AwaitsAdmission", "held"),
        ".erased": ("remove_unanswered",),
        ".muted_rejoin": ("rejoined_muted",),
    },
)

__all__ = ["AwaitsAdmission", "held", "rejoined_muted", "remove_unanswered"]
