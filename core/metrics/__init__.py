"""Health metrics: the activity recorder, KPIs, health alerts, reports and charts.

`core/features.py` imports the modules that register components and ruleset sections, so
that `config` can be read without the recorder and its storage (`groupops check`)."""
