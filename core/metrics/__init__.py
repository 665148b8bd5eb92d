"""Health metrics: the activity recorder, KPIs, health alerts, reports and charts."""

from . import recorder

__all__ = ["recorder"]
