"""Paid membership: plans in the ruleset, memberships bought with Telegram Stars or recorded
from orders, renewals, reminders, expiry and the paid chats they open (docs/membership.md)."""
