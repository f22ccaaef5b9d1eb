"""Filling a new PostgreSQL database in bulk (the demo): the rows go in with COPY while the tables' secondary
indexes, foreign keys and triggers are set aside, all inside the fill's one transaction; then the indexes are
built from the finished tables, the foreign keys checked once, set-wise, and what the triggers keep (the search
fragment counts, the row counts, the money totals, each client's and project's latest and the per-day counts of
them) made from the rows.

Kept up one row at a time, the large demo's 25 indexes of the invoices, its 18 foreign keys and the statement
triggers of every page of 2,000 rows were most of its 100 s; a trigger this module does not know how to make
again is refused rather than left out of step.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import db
from .migrations import m0016_kept_totals as m0016
from .migrations import m0018_search_fragments as m0018
from .migrations import m0019_client_latest as m0019
from .migrations import m0021_row_counts as m0021
from .migrations import m0022_project_latest as m0022
from .migrations import m0023_day_counts as m0023

_SETTINGS = ("SET LOCAL maintenance_work_mem = '256MB'", "SET LOCAL synchronous_commit = off",
             "SET LOCAL default_toast_compression = lz4", "SET LOCAL jit = off")
# Setting a table aside locks it whole: a desk still reading the new database makes the fill fail after this long,
# writing nothing, rather than wait for it without end.
LOCK_WAIT = "30s"
_PAGE_BYTES = 1 << 20  # what each read of a COPY's stream hands to libpq
# Characters no value holds (checked): they stand for the column and row separators and NULL while the rows are
# joined, so escaping is a few replacements over the whole page instead of one test per value.
_COLUMN, _ROW, _NULL = "\x1f", "\x1e", "\x1d"
_COLUMN_BYTE, _ROW_BYTE, _NULL_BYTE = (c.encode() for c in (_COLUMN, _ROW, _NULL))
_ESCAPES = ((b"\\", b"\\\\"), (b"\n", b"\\n"), (b"\r", b"\\r"), (b"\t", b"\\t"), (_COLUMN_BYTE, b"\t"),
            (_NULL_BYTE, b"\\N"), (_ROW_BYTE, b"\n"))


@dataclass
class SetAside:
    """What :func:`set_aside` took off the filled tables, for :func:`restore_indexes` and :func:`restore_triggers`."""

    indexes: dict[str, list[str]] = field(default_factory=dict)  # CREATE INDEX statements by table, until run
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (table, constraint, definition)
    triggers: list[tuple[str, str]] = field(default_factory=list)  # (table, trigger), disabled


def set_aside(models: Iterable[type]) -> SetAside:
    """Drop the secondary indexes (those no constraint owns) and the foreign keys of ``models``' tables, and
    disable their triggers, in the current transaction; also the loading session's settings (SET LOCAL).

    Partial indexes stay: PostgreSQL gives back their condition in another (equivalent) spelling, and the few
    rows they hold cost little to keep up."""
    execute = db.current().execute_sql
    for sql in (*_SETTINGS, f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"):
        execute(sql)
    tables = [model._meta.table_name for model in models]
    aside = SetAside()
    for table, name, sql in execute(
            "SELECT t.relname, quote_ident(x.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid "
            "WHERE t.relname = ANY(%s) AND t.relnamespace = current_schema()::regnamespace "
            "AND i.indpred IS NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
            "ORDER BY 1, 2",
            [tables]).fetchall():
        execute(f"DROP INDEX {name}")
        aside.indexes.setdefault(table, []).append(sql)
    for table, name, definition in execute(
            "SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
            "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' "
            "AND t.relname = ANY(%s) AND t.relnamespace = current_schema()::regnamespace ORDER BY c.oid",
            [tables]).fetchall():
        execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        aside.foreign_keys.append((table, name, definition))
    for table, name in execute(
            "SELECT t.tgrelid::regclass::text, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relname = ANY(%s) "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1, 2", [tables]).fetchall():
        _rebuild_of(name)  # refused before any row goes in, if nothing here would make its table again
        execute(f'ALTER TABLE {table} DISABLE TRIGGER "{name}"')
        aside.triggers.append((table, name))
    return aside


def index_statements(aside: SetAside, table: str) -> list[str]:
    """The CREATE INDEX statements of ``table``, taken: whoever runs them once the table is complete (the demo's
    writer thread), :func:`restore_indexes` does not."""
    return aside.indexes.pop(table, [])


def restore_indexes(aside: SetAside) -> None:
    """The indexes not built yet made from the finished tables, and the foreign keys added back (each checked in
    one pass)."""
    execute = db.current().execute_sql
    for table in list(aside.indexes):
        for sql in index_statements(aside, table):
            execute(sql)
    for table, name, definition in aside.foreign_keys:
        execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")


def restore_triggers(aside: SetAside, counted: dict[str, list] | None = None) -> None:
    """The triggers enabled again and what they keep made from the rows; ``counted``: fragment counts already made
    from the rows written (migration 18's :func:`~m0018.counts`), by table."""
    database = db.current()
    for table, name in aside.triggers:
        database.execute_sql(f'ALTER TABLE {table} ENABLE TRIGGER "{name}"')
    rebuilds = {_rebuild_of(name) for _, name in aside.triggers}
    for kind, table in sorted(rebuilds):
        if kind == "day_counts":
            continue  # last: counted from the tables made here
        if kind == "fragments":
            m0018.fill(database, table, (counted or {}).get(table))
        elif kind == "row_counts":
            m0021.fill(database, table)
        else:
            statements = m0016.fill(False) if kind == "totals" else (m0019 if kind == "client" else m0022).fill(False)
            for statement in statements:
                database.execute_sql(statement)
    if rebuilds & {("client", m0019.TABLE), ("project", m0022.TABLE), ("day_counts", m0023.TABLE)}:
        for statement in m0023.fill(False):
            database.execute_sql(statement)


def _rebuild_of(trigger: str) -> tuple[str, str]:
    """What a trigger keeps, as (kind, table) for :func:`restore_triggers`."""
    if trigger in m0016.TRIGGERS:
        return "totals", ""
    if trigger.startswith(f"{m0019.TABLE}_"):
        return "client", m0019.TABLE
    if trigger.startswith(f"{m0022.TABLE}_"):
        return "project", m0022.TABLE
    if trigger.startswith(f"{m0023.TABLE}_"):
        return "day_counts", m0023.TABLE
    for table in m0018.TABLES:
        if trigger.startswith(f"{m0018.table_of(table)}_"):
            return "fragments", table
    for table in m0021.TABLES:
        if trigger.startswith(f"{table}_{m0021.KEPT}_"):
            return "row_counts", table
    raise RuntimeError(f"the bulk fill does not know what the trigger {trigger} keeps: it cannot be set aside")


def copy(table: str, columns: tuple[str, ...], rows: list[tuple] | bytes, connection=None) -> None:
    """Append ``rows`` (tuples of str, bytes, int, bool, Decimal, date, datetime or None in ``columns`` order, or
    their :func:`copy_text` made elsewhere) to ``table`` with one COPY, as the text of each value (what psycopg2
    would send for it); on ``connection`` (psycopg2's), by default the current database's."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    stream = _Stream(iter((rows,)) if isinstance(rows, bytes) else _pages(rows, len(columns)))
    with (connection or db.current().connection()).cursor() as cursor:
        try:
            cursor.copy_expert(f'COPY "{table}" ({names}) FROM STDIN', stream, size=_PAGE_BYTES)
        except Exception as error:
            if stream.error is not None:  # psycopg2 ends the COPY with its own error: the cause is raised
                raise stream.error from error
            raise


def copy_text(rows: list[tuple], width: int) -> bytes:
    """What :func:`copy` sends for ``rows`` of ``width`` values (the demo's second process makes it there)."""
    return b"".join(_pages(rows, width))


def _pages(rows: list[tuple], width: int, per: int = 2000) -> Iterator[bytes]:
    """COPY's text format, ``per`` rows at a time (the separators and escapes replaced in the UTF-8, where each is
    one byte: several times faster than in the text of the Turkish and Greek snapshots)."""
    null, binary = None, bytes
    for start in range(0, len(rows), per):
        part = rows[start:start + per]
        data = _ROW.join([_COLUMN.join([_NULL if v is null else "\\x" + v.hex() if v.__class__ is binary else str(v)
                                        for v in row]) for row in part]).encode("utf-8")
        nulls = sum(row.count(None) for row in part)
        if (data.count(_COLUMN_BYTE) != len(part) * (width - 1) or data.count(_ROW_BYTE) != len(part) - 1
                or data.count(_NULL_BYTE) != nulls):
            raise ValueError("a value holds a control character (0x1d-0x1f) COPY's rows are joined with")
        for old, new in _ESCAPES:
            if old in data:
                data = data.replace(old, new)
        yield data + b"\n"


class _Stream:
    """A file to psycopg2's copy_expert: each read is the next page."""

    def __init__(self, pages: Iterator[bytes]) -> None:
        self.pages = pages
        self.error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            return next(self.pages, b"")
        except Exception as error:
            self.error = error
            raise
