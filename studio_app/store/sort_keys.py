"""Collation keys written with the row, so lists sort names and titles as people read them, in SQL.

A client's ``name`` and ``company`` and a project's ``title`` each have one key column per collation
(:data:`studio_app.text.collation.COLLATIONS`): ``name_key_root``, ``name_key_tr``, ``name_key_el``… (migration 12),
bytes that SQLite (BLOB) and PostgreSQL (bytea) both order byte by byte. :func:`with_keys` is the one place
that computes them. :class:`SortKeyed` calls it for every peewee write of such a model (``create``, ``save``,
``update``, ``insert``, ``insert_many``), so services, imports and restores need not think of it; writers
that bypass peewee (the demo's executemany, migration 12) call it themselves.
"""

from __future__ import annotations

from collections.abc import Mapping

import peewee as pw

from studio_app.text import collation
from . import db

#: the text columns that have keys, per table
SORTED: dict[str, tuple[str, ...]] = {"client": ("name", "company"), "project": ("title",)}


def key_column(source: str, name: str) -> str:
    """The column holding ``source``'s key in collation ``name``: name_key_tr."""
    return f"{source}_key_{name}"


def key_columns(table: str) -> list[str]:
    return [key_column(source, name) for source in SORTED.get(table, ()) for name in collation.COLLATIONS]


def keys_for(source: str, text: str) -> dict[str, bytes]:
    """The key columns of one text column's value."""
    return {key_column(source, name): key for name, key in collation.sort_keys(text or "").items()}


def with_keys(table: str, values: Mapping) -> dict:
    """``values`` (by column name or by peewee field) with the keys of every sorted column it sets; a value that
    is an SQL expression rather than text is left to the database and gets no key."""
    result = dict(values)
    if table not in SORTED:  # every row the demo and the imports write passes here
        return result
    for column, value in values.items():
        name = column.column_name if isinstance(column, pw.Field) else column
        if name in SORTED.get(table, ()) and (value is None or isinstance(value, str)):
            keys = keys_for(name, value or "")
            if isinstance(column, pw.Field):
                fields = column.model._meta.columns
                result.update({fields[k]: v for k, v in keys.items()})
            else:
                result.update(keys)
    return result


class SortKeyed:
    """Mixed into a model (before BaseModel) whose ``SORTED`` text columns carry collation keys."""

    @classmethod
    def _normalize_data(cls, data, kwargs):  # peewee builds every insert and update of the model through it
        normalized = super()._normalize_data(data, kwargs)
        return with_keys(cls._meta.table_name, normalized) if isinstance(normalized, dict) else normalized

    @classmethod
    def insert_many(cls, rows, fields=None):
        table = cls._meta.table_name

        def keyed(row):
            if isinstance(row, Mapping):
                return with_keys(table, row)
            if fields is not None:
                return with_keys(table, dict(zip(fields, row)))
            return row

        return super().insert_many([keyed(row) for row in rows])


def refresh(table: str, where: str = "", params: tuple = (), database: pw.Database | None = None) -> int:
    """Recompute the keys of ``table``'s rows (all, or those matching the SQL condition ``where``) from their
    text, in plain SQL; returns how many rows were written. For rows written around peewee: migration 12 fills
    the rows that existed before it."""
    sources = SORTED[table]
    database = database or db.current()
    picked = ", ".join(f'"{s}"' for s in sources)
    rows = database.execute_sql(f'SELECT "id", {picked} FROM "{table}"' + (f" WHERE {where}" if where else ""),
                                params).fetchall()
    columns = key_columns(table)
    values = []
    for row_id, *texts in rows:
        keys = {}
        for source, text in zip(sources, texts):
            keys.update(keys_for(source, text))
        values.append((*(keys[c] for c in columns), row_id))
    assignments = ", ".join(f'"{c}" = {database.param}' for c in columns)
    sql = f'UPDATE "{table}" SET {assignments} WHERE "id" = {database.param}'
    if isinstance(database, pw.SqliteDatabase):
        database.cursor().executemany(sql, values)
    else:
        from psycopg2.extras import execute_batch  # psycopg2 is optional: imported for PostgreSQL only
        with database.cursor() as cursor:
            execute_batch(cursor, sql, values, page_size=1000)
    return len(values)
