"""Persistence: the database connection, the ORM models, bulk statements and migrations."""
