"""The full-text engine beside search_searchentry, per database.

SQLite: an FTS5 table (unicode61, remove_diacritics 2) whose rowid is the entry's id, kept in step
by triggers; it indexes the folded columns (đ already folded to d, which FTS5 does not do).
PostgreSQL: the unaccent and pg_trgm extensions, a generated tsvector column ('simple' config over
the folded text: title and code weighted A, body D) with a GIN index.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, title, body)
        VALUES (new.id, new.title_folded, new.body_folded);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchentry BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE OF title_folded, body_folded
        ON search_searchentry BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
        INSERT INTO search_fts(rowid, title, body)
        VALUES (new.id, new.title_folded, new.body_folded);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, title_folded), 'A')
            || setweight(to_tsvector('simple'::regconfig, body_folded), 'D')
        ) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING GIN (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
