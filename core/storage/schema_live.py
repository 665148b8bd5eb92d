"""What a database holds: its tables, their columns and indexes, read from SQLite's PRAGMA
functions or PostgreSQL's information_schema and catalogs. Set beside what the models
declare (schema_sync.py), it tells what an older database lacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Database


@dataclass(frozen=True, slots=True)
class Column:
    type: str  # as the database names it: VARCHAR(64) on SQLite, character varying(64)
    nullable: bool


@dataclass(frozen=True, slots=True)
class Index:
    columns: tuple[str, ...]
    unique: bool

    def serves(self, wanted: Index) -> bool:
        """Whether this index does the work of `wanted`: a unique one holds the same columns
        (in any order: uniqueness, and ON CONFLICT, look at the set); a plain one is led by
        the wanted columns in their order."""
        if wanted.unique:
            return self.unique and set(self.columns) == set(wanted.columns)
        return self.columns[: len(wanted.columns)] == wanted.columns


@dataclass(slots=True)
class Table:
    columns: dict[str, Column] = field(default_factory=dict)
    indexes: list[Index] = field(default_factory=list)


# One query each for every table's columns and every table's indexes, not one per table: the
# check runs whenever a command opens the database.
_COLUMNS = {
    "sqlite": 'SELECT m.name AS tbl, p.name AS col, p.type AS type, p."notnull" = 0 AS nullable '
    "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
    "postgres": "SELECT table_name AS tbl, column_name AS col, data_type || "
    "coalesce('(' || character_maximum_length || ')', '') AS type, is_nullable = 'YES' AS nullable "
    "FROM information_schema.columns WHERE table_schema = current_schema()",
}
_INDEXES = {
    "sqlite": 'SELECT m.name AS tbl, l.name AS idx, l."unique" AS uniq, i.name AS col '
    "FROM sqlite_master m JOIN pragma_index_list(m.name) l JOIN pragma_index_info(l.name) i "
    "WHERE m.type = 'table' ORDER BY m.name, l.name, i.seqno",
    "postgres": "SELECT t.relname AS tbl, i.relname AS idx, x.indisunique AS uniq, "
    "a.attname AS col "
    "FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid "
    "JOIN pg_class i ON i.oid = x.indexrelid "
    "JOIN pg_namespace n ON n.oid = t.relnamespace "
    "CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, seq) "
    "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
    "WHERE n.nspname = current_schema() ORDER BY t.relname, i.relname, k.seq",
}


async def live_schema(database: Database) -> dict[str, Table]:
    """Every table of the database (its current schema on PostgreSQL), by name."""
    conn = database.connection
    tables: dict[str, Table] = {}
    for row in await conn.execute_query_dict(_COLUMNS[database.dialect]):
        table = tables.setdefault(row["tbl"], Table())
        table.columns[row["col"]] = Column(row["type"], bool(row["nullable"]))
    found: dict[tuple[str, str], tuple[list[str], bool]] = {}
    for row in await conn.execute_query_dict(_INDEXES[database.dialect]):
        columns, _ = found.setdefault((row["tbl"], row["idx"]), ([], bool(row["uniq"])))
        columns.append(row["col"])
    for (table_name, _), (columns, unique) in found.items():
        if table_name in tables:
            tables[table_name].indexes.append(Index(tuple(columns), unique))
    return tables
