"""Health metrics: the activity recorder, KPIs, health alerts, reports and charts."""

from . import health, recorder, reports, simulated

__all__ = ["health", "recorder", "reports", "simulated"]
