"""The local adapter: an in-process platform implementing the whole capability table.

Used by the tests, by `groupops simulate` and as the worked example for adapter authors.
"""

from .adapter import LocalAdapter
from .world import LocalChat, LocalMessage, LocalWorld

__all__ = ["LocalAdapter", "LocalChat", "LocalMessage", "LocalWorld"]
