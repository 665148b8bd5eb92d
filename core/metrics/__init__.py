"""Health metrics: the activity recorder, KPIs, health alerts, reports and charts."""

from . import health, recorder, simulated

__all__ = ["health", "recorder", "simulated"]
