"""Bringing a database made by an earlier release up to the models: missing tables and indexes
created, missing columns added with the model's default (so existing rows get a value), a
narrower column widened. The initial migration is regenerated in place until the first
release, and aerich goes by file names, so it never tells an older database what it lacks:
this comparison of the live schema with the models does.

What cannot be done safely (another type, a required column without a default in a table
with rows) is a conflict: nothing is changed, and the refusal names table.column and what to
do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aerich.ddl import BaseDDL
from aerich.ddl.postgres import PostgresDDL
from aerich.ddl.sqlite import SqliteDDL
from tortoise import Tortoise
from tortoise.fields import Field
from tortoise.models import Model

from ..counted import counted
from ..errors import EXIT_SCHEMA, GroupopsError
from ..redaction import one_line
from .backfills import BACKFILLS
from .column_types import comparison
from .schema_live import Index, Table, live_schema

if TYPE_CHECKING:
    from .database import Database

_DDL: dict[str, type[BaseDDL]] = {"sqlite": SqliteDDL, "postgres": PostgresDDL}
AGAIN = "then run groupops migrate again"


class SchemaConflict(GroupopsError):
    """A difference between the database and the models that groupops will not make alone."""

    exit_code = EXIT_SCHEMA


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # table, column, index, widened, optional: what the summary counts
    said: str  # one line for the operator: "added column orders.plan"
    statements: tuple[str, ...]
    table: str


@dataclass(slots=True)
class Plan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # one line each, naming table.column
    # columns of groupops' tables that no model here has: a newer release made them
    unknown: list[str] = field(default_factory=list)


_SUMMARY = {  # kind -> (one, many) of the summary's parts, in this order
    "table": ("table created", "tables created"),
    "column": ("column added", "columns added"),
    "index": ("index created", "indexes created"),
    "widened": ("column widened", "columns widened"),
    "optional": ("column made optional", "columns made optional"),
}


def summary(changes: list[Change]) -> str:
    """ "16 tables created, 1 column added"."""
    parts = []
    for kind, (one, many) in _SUMMARY.items():
        n = sum(change.kind == kind for change in changes)
        if n:
            parts.append(counted(n, one, many))
    return ", ".join(parts)


def _models() -> list[type[Model]]:
    from .database import APP

    return list(Tortoise.apps[APP].values())


def wanted_indexes(model: type[Model]) -> list[Index]:
    """The indexes the models declare: unique_together, unique and indexed fields, indexes."""
    meta = model._meta
    columns = meta.fields_db_projection

    def named(names: Any) -> tuple[str, ...]:
        return tuple(columns.get(name, name) for name in getattr(names, "fields", names))

    wanted = [Index(named(names), True) for names in meta.unique_together]
    for name, column in columns.items():
        declared = meta.fields_map[name]
        if declared.pk:
            continue
        if declared.unique:
            wanted.append(Index((column,), True))
        elif declared.index:
            wanted.append(Index((column,), False))
    wanted.extend(Index(named(names), False) for names in meta.indexes)
    return wanted


def _literal(value: Any, dialect: str) -> str:
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE") if dialect == "postgres" else str(int(value))
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime):
        value = value.isoformat(" ")
    elif isinstance(value, date):
        value = value.isoformat()
    elif isinstance(value, bytes):
        value = value.decode()
    return "'" + str(value).replace("'", "''") + "'"


def default_literal(model: type[Model], declared: Field, dialect: str) -> str | None:
    """The model's default as SQL, for the rows a new column finds; None where it has none."""
    if getattr(declared, "auto_now", False) or getattr(declared, "auto_now_add", False):
        return _literal(datetime.now(UTC), dialect)
    if declared.default is None:
        return None
    value = declared.default() if callable(declared.default) else declared.default
    return _literal(declared.to_db_value(value, model), dialect)


async def _has_rows(database: Database, table: str) -> bool:
    _, rows = await database.connection.execute_query(f'SELECT 1 FROM "{table}" LIMIT 1')
    return bool(rows)


async def _column_changes(
    database: Database, model: type[Model], live: Table, plan: Plan, ddl: BaseDDL
) -> bool:
    """The columns' changes; True where the table is made again (it was empty)."""
    dialect, meta = database.dialect, model._meta
    table = meta.db_table
    for name, column in meta.fields_db_projection.items():
        declared = meta.fields_map[name]
        expected = declared.get_for_dialect(dialect, "SQL_TYPE")
        where = f"{table}.{column}"
        have = live.columns.get(column)
        if have is None:
            default = default_literal(model, declared, dialect)
            if declared.null or default is not None:
                sql = f'ALTER TABLE "{table}" ADD COLUMN "{column}" {expected}'
                sql += "" if declared.null else " NOT NULL"
                sql += f" DEFAULT {default}" if default is not None else ""
                backfill = BACKFILLS.get((table, column))
                after = (backfill.sql(_literal, dialect),) if backfill else ()
                also = backfill.said if backfill else ""
                filled = f" (existing rows: {default}{also})" if default is not None else ""
                plan.changes.append(
                    Change("column", f"added column {where}{filled}", (sql, *after), table)
                )
            elif await _has_rows(database, table):
                plan.conflicts.append(
                    f"{where}: a new required column without a default, and {table} has rows: "
                    f'add it by hand with the value those rows should get (ALTER TABLE "{table}" '
                    f'ADD COLUMN "{column}" {expected} NOT NULL DEFAULT ...), {AGAIN}'
                )
            else:  # empty: made again as the model has it
                create = ddl.create_table(model).split(";\n")
                plan.changes.append(
                    Change("column", f"added column {where} (table was empty, made again)",
                           (f'DROP TABLE "{table}"', *create), table)
                )  # fmt: skip
                return True
            continue
        if declared.pk:
            continue
        verdict = comparison(have.type, expected)
        if verdict == "other":
            plan.conflicts.append(
                f"{where}: {have.type} in the database, {expected} in this release, and "
                "groupops does not convert between them: convert the column by hand (or "
                f"restore the backup and keep the earlier release), {AGAIN}"
            )
        elif verdict == "narrower" and dialect == "postgres":  # SQLite keeps any length
            sql = f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {expected}'
            said = f"widened column {where} from {have.type} to {expected}"
            plan.changes.append(Change("widened", said, (sql,), table))
        if declared.null and not have.nullable:
            if dialect == "postgres":
                sql = f'ALTER TABLE "{table}" ALTER COLUMN "{column}" DROP NOT NULL'
                said = f"made column {where} optional"
                plan.changes.append(Change("optional", said, (sql,), table))
            else:
                plan.conflicts.append(
                    f"{where}: NOT NULL in the database, optional in this release, and SQLite "
                    f"cannot change that in place: rebuild {table} by hand, {AGAIN}"
                )
    return False


def _index_changes(model: type[Model], live: Table, plan: Plan, ddl: BaseDDL) -> None:
    table = model._meta.db_table
    for wanted in wanted_indexes(model):
        if any(have.serves(wanted) for have in live.indexes):
            continue
        sql = ddl.add_index(model, list(wanted.columns), unique=wanted.unique)
        which = "unique index" if wanted.unique else "index"
        said = f"created {which} on {table} ({', '.join(wanted.columns)})"
        plan.changes.append(Change("index", said, (sql,), table))
        live.indexes.append(wanted)  # declared twice (a field and a tuple): made once


async def plan_for(database: Database) -> Plan:
    """What the database lacks, compared with the models."""
    live = await live_schema(database)
    ddl = _DDL[database.dialect](database.connection)
    plan = Plan()
    for model in _models():
        table = live.get(model._meta.db_table)
        if table is None:
            statements = tuple(ddl.create_table(model).split(";\n"))
            said = f"created table {model._meta.db_table}"
            plan.changes.append(Change("table", said, statements, model._meta.db_table))
            continue
        known = set(model._meta.fields_db_projection.values())
        table_name = model._meta.db_table
        plan.unknown += [
            f"{table_name}.{column}" for column in table.columns if column not in known
        ]
        if not await _column_changes(database, model, table, plan, ddl):
            _index_changes(model, table, plan, ddl)
    return plan


async def apply(database: Database, plan: Plan) -> list[Change]:
    """Make the plan's changes in one transaction, or refuse all of them on a conflict."""
    if plan.conflicts:
        more = len(plan.conflicts) - 1
        raise SchemaConflict(
            plan.conflicts[0] + (f" ({counted(more, 'more')} like it)" if more else "")
        )
    async with database.transaction() as conn:
        for change in plan.changes:
            for statement in change.statements:
                try:
                    await conn.execute_query(statement.strip().rstrip(";"))
                except Exception as exc:  # duplicate rows under a new unique index, mostly
                    said = one_line(exc)
                    fix = "make the database writable" if "readonly" in said else "fix the rows"
                    raise SchemaConflict(
                        f"{change.table}: could not make this change: {change.said} "
                        f"({said}); nothing was changed: {fix}, {AGAIN}"
                    ) from None
    return plan.changes
