"""Points: the ledger, earning rules, the shop, leaderboards and honours, tiers, orders and
linked identities. `core.components` imports the modules that register components and
ruleset sections (see `COMPONENT_MODULES`)."""
