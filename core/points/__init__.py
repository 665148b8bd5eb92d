"""Points: the ledger, earning rules, the shop, leaderboards and honours, tiers, orders and
linked identities, check-ins. `core/features.py` imports the modules that register components
and ruleset sections."""
