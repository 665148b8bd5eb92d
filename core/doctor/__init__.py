"""`groupops doctor`: what the bot can and cannot do in each configured chat, and what that
switches off; whether the bridges, the database and Redis answer."""

from .findings import Finding, Level, blockers, render

__all__ = ["Finding", "Level", "blockers", "render"]
