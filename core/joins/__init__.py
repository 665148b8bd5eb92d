"""Join defence: the join captcha and anti-raid mode.

What other features use of it is exported here (docs/architecture.md, "Seams"): whether the
captcha is holding a newcomer, the protocol of features told when one passes, and what
becomes of one erased while asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .admission import AwaitsAdmission, held
    from .erased import remove_unanswered

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {".admission": ("AwaitsAdmission", "held"), ".erased": ("remove_unanswered",)},
)

__all__ = ["AwaitsAdmission", "held", "remove_unanswered"]
