# ruff: noqa: S608 - the statements are built from constant fragments; values are parameters
"""Years of document history for the benchmark scales (used by the documents and distribution
demo steps when `history_years` > 0).

The rows of older editions repeat those of the edition that followed them (its steps, records to
keep, citations and the people asked to read it), so the generator writes them set-based: one
`INSERT … SELECT` per table from a temporary table of the history editions
(`HISTORY_TABLE`: edition → the edition whose rows it copies), instead of building hundreds of
thousands of Python objects. Ids are an MD5 of the new row's key (deterministic, as the
generator's uuid5 ids); pseudo-random choices (who never confirmed reading, on which day and hour
the others did) take bytes of that hash. The same statements run on PostgreSQL and SQLite
(`Dialect` supplies the few expressions that differ; SQLite gets MD5 as a Python function).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.db import connection

HISTORY_TABLE = "demo_history_edition"
HISTORY_COLUMNS = (
    "edition_id",  # the history edition (superseded, or the withdrawn last one of its document)
    "document_id",
    "agency_id",
    "children_from",  # edition whose steps, records and citations it repeats (None: written)
    "acks_from",  # edition whose readers were asked to read it too (None: nobody)
    "effective_date",
    "ended_on",
    "state",
    "longer",  # 1: its appraisal step took a day longer (before the later decision)
)
UTC_OFFSET_HOURS = 7  # Asia/Ho_Chi_Minh, no daylight saving
NEVER_READ_PER_256 = 8  # about 3 % of the people asked never confirmed an old edition

# Amendment log lines of revisions, by the period they happened in.
AMENDMENTS_2025 = (
    "Cập nhật căn cứ pháp lý theo Nghị định số 118/2025/NĐ-CP",
    "Cập nhật đơn vị thực hiện sau sắp xếp tổ chức bộ máy",
    "Điều chỉnh thời gian giải quyết theo quyết định công bố TTHC mới",
)
AMENDMENTS_EARLIER = (
    "Điều chỉnh thời gian giải quyết theo quyết định công bố TTHC mới",
    "Bổ sung hồ sơ cần lưu và thời hạn lưu",
    "Cập nhật biểu mẫu kèm theo quy trình",
    "Bổ sung bước số hóa hồ sơ, kết quả giải quyết TTHC",
    "Sửa đổi trách nhiệm thực hiện theo phân công mới của lãnh đạo",
    "Cập nhật căn cứ pháp lý theo văn bản mới ban hành",
)
REORGANISATION = dt.date(2025, 7, 1)
REPLACED_TTHC = (
    "Thủ tục hành chính được thay thế theo quyết định công bố danh mục TTHC của Chủ tịch UBND "
    "tỉnh; quy trình được thay thế bằng {code}."
)
REPLACED_FORM = "Biểu mẫu hết hiệu lực cùng quy trình {code} bị thay thế."


def amendment_text(rng, day: dt.date) -> str:
    return rng.choice(AMENDMENTS_2025 if day >= REORGANISATION else AMENDMENTS_EARLIER)


class Dialect:
    """The SQL expressions that differ between PostgreSQL and SQLite."""

    def __init__(self) -> None:
        connection.ensure_connection()
        self.pg = connection.vendor == "postgresql"
        if not self.pg:
            raw = connection.connection
            raw.create_function(
                "eiso_md5",
                1,
                lambda s: hashlib.md5(s.encode(), usedforsecurity=False).hexdigest(),
                deterministic=True,
            )
            raw.create_function(
                "eiso_byte", 2, lambda h, i: int(h[2 * i : 2 * i + 2], 16), deterministic=True
            )

    @property
    def uuid_type(self) -> str:
        return "uuid" if self.pg else "char(32)"

    def text(self, expr: str) -> str:
        return f"CAST({expr} AS text)" if self.pg else expr

    def hexhash(self, *parts: str) -> str:
        joined = " || ':' || ".join(self.text(p) for p in parts)
        return f"md5({joined})" if self.pg else f"eiso_md5({joined})"

    def as_uuid(self, hexexpr: str) -> str:
        return f"CAST({hexexpr} AS uuid)" if self.pg else hexexpr

    def byte(self, hexexpr: str, index: int) -> str:
        if self.pg:
            return f"get_byte(decode({hexexpr}, 'hex'), {index})"
        return f"eiso_byte({hexexpr}, {index})"

    def add_days(self, date_expr: str, days_expr: str) -> str:
        if self.pg:
            return f"({date_expr} + CAST({days_expr} AS integer))"
        return f"date({date_expr}, '+' || ({days_expr}) || ' days')"

    def local_moment(self, date_expr: str, minutes_expr: str) -> str:
        """The aware moment `minutes` after local midnight of a date (stored as UTC)."""
        if self.pg:
            return (
                f"((CAST({date_expr} AS timestamp) + ({minutes_expr}) * interval '1 minute') "
                "AT TIME ZONE 'Asia/Ho_Chi_Minh')"
            )
        return (
            f"datetime({date_expr}, '+' || ({minutes_expr}) || ' minutes', "
            f"'-{UTC_OFFSET_HOURS} hours')"
        )

    def value(self, value):
        """A Python value as a query parameter of this database."""
        if isinstance(value, uuid.UUID):
            return value if self.pg else value.hex
        if isinstance(value, dt.datetime):
            return connection.ops.adapt_datetimefield_value(value)
        if isinstance(value, dt.date):
            return connection.ops.adapt_datefield_value(value)
        if isinstance(value, Decimal) and not self.pg:
            return str(value)
        return value

    def now(self):
        from django.utils import timezone

        return connection.ops.adapt_datetimefield_value(timezone.now())


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence], dialect: Dialect):
    """Plain tuples into a table: COPY on PostgreSQL (no per-row SQL to build), executemany on
    SQLite. Returns the number of rows."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    count = 0
    if dialect.pg:
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg's own cursor: Django's wrapper has no copy()
            with raw.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    batch: list = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append([dialect.value(v) for v in row])
            if len(batch) == 2000:
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES {one}", batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES {one}", batch)
            count += len(batch)
    return count


class Rows:
    """Rows of one model as plain tuples (every concrete column, defaults filled once), written
    by `insert_rows`: for the hundreds of thousands of history rows, where building model
    instances for `bulk_create` costs more than the insert."""

    def __init__(self, model) -> None:
        from django.db.models import NOT_PROVIDED
        from django.utils import timezone

        now = timezone.now()
        self.table = model._meta.db_table
        fields = model._meta.concrete_fields
        self.columns = [f.column for f in fields]
        self.index = {f.attname: i for i, f in enumerate(fields)}
        defaults: list = []
        for f in fields:
            if f.attname in ("created_at", "updated_at"):
                defaults.append(now)
            elif f.default is not NOT_PROVIDED and not callable(f.default):
                defaults.append(f.default)
            elif f.null:
                defaults.append(None)
            else:
                defaults.append("")
        self.defaults = defaults
        self.rows: list[list] = []

    def add(self, **values) -> None:
        row = list(self.defaults)
        index = self.index
        for name, value in values.items():
            if isinstance(value, str) and type(value) is not str:
                value = str(value)  # text choices: their value
            row[index[name]] = value
        self.rows.append(row)

    def write(self, dialect: Dialect) -> int:
        count = insert_rows(self.table, self.columns, self.rows, dialect)
        self.rows = []
        return count


def map_procedures(pairs: list[tuple[uuid.UUID, uuid.UUID]]) -> int:
    """Set the procedure of many TTHC scope rows at once (scope id, document id), through a
    temporary table: one UPDATE instead of Django's CASE per row."""
    dialect = Dialect()
    u = dialect.uuid_type
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS demo_scope_map")
        cursor.execute(
            f"CREATE TEMPORARY TABLE demo_scope_map (scope_id {u} PRIMARY KEY, document_id {u})"
        )
    insert_rows("demo_scope_map", ("scope_id", "document_id"), pairs, dialect)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE procedures_agencytthc SET procedure_id = (SELECT m.document_id FROM "
            "demo_scope_map m WHERE m.scope_id = procedures_agencytthc.id), task_open = %s "
            "WHERE id IN (SELECT scope_id FROM demo_scope_map)",
            [False],
        )
        count = cursor.rowcount
        cursor.execute("DROP TABLE demo_scope_map")
    return count


def create_history_table(dialect: Dialect, rows: list[tuple]) -> None:
    u, quote = dialect.uuid_type, connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {HISTORY_TABLE}")
        cursor.execute(
            f"CREATE TEMPORARY TABLE {HISTORY_TABLE} (edition_id {u} PRIMARY KEY, "
            f"document_id {u} NOT NULL, agency_id {u} NOT NULL, children_from {u}, "
            f"acks_from {u}, effective_date date NOT NULL, ended_on date, "
            f"{quote('state')} varchar(12) NOT NULL, longer smallint NOT NULL)"
        )
    insert_rows(HISTORY_TABLE, HISTORY_COLUMNS, rows, dialect)


def drop_history_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {HISTORY_TABLE}")


def copy_edition_rows(dialect: Dialect) -> dict[str, int]:
    """Steps, records to keep and citations of every history edition, from the edition it
    repeats. A citation of a text not yet in force on the edition's effective date cites the text
    that text replaced (NĐ 61/2018 before NĐ 118/2025), or is left out if there was none."""
    d, now = dialect, dialect.now()
    counts = {}
    step_id = d.as_uuid(d.hexhash("h.edition_id", "'step'", 's."order"'))
    record_id = d.as_uuid(d.hexhash("h.edition_id", "'record'", 'r."order"'))
    citation_id = d.as_uuid(d.hexhash("x.edition_id", "'citation'", "x.cited"))
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO documents_procedurestep (id, created_at, updated_at, created_by_id, "
            'edition_id, "order", task, responsible, duration, duration_unit, output) '
            f"SELECT {step_id}, "
            '%s, %s, NULL, h.edition_id, s."order", s.task, s.responsible, '
            'CASE WHEN h.longer = 1 AND s."order" = 2 AND s.duration IS NOT NULL '
            "THEN s.duration + 1 ELSE s.duration END, s.duration_unit, s.output "
            f"FROM {HISTORY_TABLE} h JOIN documents_procedurestep s "
            "ON s.edition_id = h.children_from",
            [now, now],
        )
        counts["steps"] = cursor.rowcount
        cursor.execute(
            "INSERT INTO documents_recorditem (id, created_at, updated_at, created_by_id, "
            'edition_id, "order", name, owner_unit_id, owner, place, retention) '
            f"SELECT {record_id}, "
            '%s, %s, NULL, h.edition_id, r."order", r.name, r.owner_unit_id, r.owner, r.place, '
            f"r.retention FROM {HISTORY_TABLE} h JOIN documents_recorditem r "
            "ON r.edition_id = h.children_from",
            [now, now],
        )
        counts["records"] = cursor.rowcount
        cited = (
            "CASE WHEN e.effective_date IS NULL OR e.effective_date <= h.effective_date "
            "THEN e.id ELSE (SELECT p.id FROM references_externaldocument p "
            "WHERE p.replaced_by_id = e.id AND (p.effective_date IS NULL "
            "OR p.effective_date <= h.effective_date)) END"
        )
        cursor.execute(
            "INSERT INTO documents_editioncitation (id, created_at, updated_at, created_by_id, "
            'edition_id, external_document_id, "order") '
            f"SELECT {citation_id}, "
            '%s, %s, NULL, x.edition_id, x.cited, x."order" FROM ('
            f'SELECT h.edition_id, c."order", {cited} AS cited '
            f"FROM {HISTORY_TABLE} h JOIN documents_editioncitation c "
            "ON c.edition_id = h.children_from "
            "JOIN references_externaldocument e ON e.id = c.external_document_id"
            ") x WHERE x.cited IS NOT NULL",
            [now, now],
        )
        counts["citations"] = cursor.rowcount
    return counts


def copy_distribution(dialect: Dialect) -> dict[str, int]:
    """The distribution lists of withdrawn documents (those of the document that replaced
    them), and the read requests of every history edition: the people asked to read the edition
    it repeats were asked to read it when it took effect; nearly all confirmed within about a
    week, the rest never did (closed when the edition was superseded or withdrawn)."""
    d, now = dialect, dialect.now()
    h = "x.h"
    never = f"{d.byte(h, 0)} < {NEVER_READ_PER_256}"
    counts = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO distribution_distributiontarget (id, created_at, updated_at, "
            "created_by_id, document_id, unit_id, user_id) "
            f"SELECT {d.as_uuid(d.hexhash('p.document_id', 't.id'))}, %s, %s, NULL, "
            "p.document_id, t.unit_id, t.user_id FROM ("
            f"SELECT DISTINCT h.document_id, s.document_id AS source FROM {HISTORY_TABLE} h "
            "JOIN documents_edition s ON s.id = h.acks_from "
            "WHERE s.document_id <> h.document_id) p "
            "JOIN distribution_distributiontarget t ON t.document_id = p.source",
            [now, now],
        )
        counts["targets"] = cursor.rowcount
        cursor.execute(
            "INSERT INTO distribution_acknowledgement (id, created_at, updated_at, "
            "created_by_id, edition_id, document_id, agency_id, user_id, unit_id, state, "
            "requested_on, acknowledged_at, reminded_on) "
            f"SELECT {d.as_uuid(h)}, %s, %s, NULL, x.edition_id, x.document_id, x.agency_id, "
            "x.user_id, x.unit_id, "
            f"CASE WHEN {never} THEN (CASE WHEN x.state = 'withdrawn' THEN 'withdrawn' "
            "ELSE 'superseded' END) ELSE 'acknowledged' END, x.effective_date, "
            f"CASE WHEN {never} THEN NULL ELSE "
            + d.local_moment(
                d.add_days("x.effective_date", f"{d.byte(h, 1)} %% 8"),
                f"480 + {d.byte(h, 2)} * 2",
            )
            + " END, "
            f"CASE WHEN {never} THEN {d.add_days('x.effective_date', '7')} ELSE NULL END "
            "FROM (SELECT h.edition_id, h.document_id, h.agency_id, h.effective_date, h.state, "
            f"a.user_id, a.unit_id, {d.hexhash('h.edition_id', 'a.user_id')} AS h "
            f"FROM {HISTORY_TABLE} h JOIN distribution_acknowledgement a "
            "ON a.edition_id = h.acks_from) x",
            [now, now],
        )
        counts["acknowledgements"] = cursor.rowcount
    return counts
