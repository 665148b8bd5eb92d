"""`groupops init`: from a bot token to working settings, a database and the chats to run."""

from .plan import Plan, SeenChat
from .writer import write_files

__all__ = ["Plan", "SeenChat", "write_files"]
