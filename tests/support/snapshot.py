"""The rows of every table, kept in memory and put back later with plain INSERTs.

Live-server tests need committed data, and pytest-django empties every table after each of them
(flush). Building the demo province again for each such test costs seconds of CPU; putting back
the rows of the first build costs a fraction of that and gives exactly the same database (same
rows, same ids). Only the model tables are copied: what the database derives from them (SQLite's
FTS index, PostgreSQL's generated search column) is rebuilt by its triggers and expressions, and
content types and permissions are recreated by every flush.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

# Rebuilt by the post_migrate signal after every flush: never copied.
RECREATED_BY_FLUSH = {"django_content_type", "auth_permission"}


@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


def _models():
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and meta.db_table not in RECREATED_BY_FLUSH:
            yield model


def capture() -> tuple[TableRows, ...]:
    quote = connection.ops.quote_name
    tables = []
    with connection.cursor() as cursor:
        for model in _models():
            columns = tuple(field.column for field in model._meta.local_concrete_fields)
            # On SQLite `+column` is the stored value itself, not converted by declared type.
            prefix = "+" if connection.vendor == "sqlite" else ""
            selected = ", ".join(prefix + quote(column) for column in columns)
            cursor.execute(f"SELECT {selected} FROM {quote(model._meta.db_table)}")
            rows = tuple(cursor.fetchall())
            if rows:
                tables.append(TableRows(model._meta.db_table, columns, rows))
    return tuple(tables)


def restore(tables: tuple[TableRows, ...]) -> None:
    """Insert the captured rows into empty tables (foreign keys are checked at commit)."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            placeholders = ", ".join(["%s"] * len(table.columns))
            cursor.executemany(
                f"INSERT INTO {quote(table.table)} ({', '.join(map(quote, table.columns))}) "
                f"VALUES ({placeholders})",
                table.rows,
            )
        # PostgreSQL's sequences do not follow explicit ids (SQLite's AUTOINCREMENT does).
        for sql in connection.ops.sequence_reset_sql(no_style(), list(_models())):
            cursor.execute(sql)
