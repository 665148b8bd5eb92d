"""Campaigns and the content calendar: importing this package registers their components,
ruleset sections and commands."""

from . import calendar

__all__ = ["calendar"]
