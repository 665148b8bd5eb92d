"""Campaigns and the content calendar.

`core/features.py` imports the modules that register their components, ruleset sections,
commands and the simulator's report, so that the specs (`spec`) and the calendar's section
can be read without the engine (`groupops check`)."""
