"""Federations: communities, possibly run by different operators on different platforms, that
share one ban list. See docs/federations.md."""

from .bans import undo_fban

__all__ = ["undo_fban"]
