"""A member's own data: what groupops stores about them (`export.py`) and how it is erased or
pseudonymised on request (`erase.py`, under an alias: `alias.py`); the commands are in
`commands.py`.

What other features use of privacy is exported here (docs/architecture.md, "Seams")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .alias import is_forgotten

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(__name__, {".alias": ("is_forgotten",)})

__all__ = ["is_forgotten"]
