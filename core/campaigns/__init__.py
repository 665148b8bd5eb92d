"""Campaigns and the content calendar: importing this package registers their components,
ruleset sections and commands."""

from . import calendar, challenge, lifecycle, lottery, spec

__all__ = ["calendar", "challenge", "lifecycle", "lottery", "spec"]
