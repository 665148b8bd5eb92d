"""Campaigns and the content calendar: importing this package registers their components,
ruleset sections and commands."""

from . import calendar, lifecycle, lottery, spec

__all__ = ["calendar", "lifecycle", "lottery", "spec"]
