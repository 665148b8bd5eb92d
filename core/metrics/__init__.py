"""Health metrics: the activity recorder, KPIs, health alerts, reports and charts."""

from . import recorder, simulated

__all__ = ["recorder", "simulated"]
