"""Federations: communities, possibly run by different operators on different platforms, that
share one ban list. See docs/federations.md."""
