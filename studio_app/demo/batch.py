"""Writing the demo's rows in bulk: tuples per table with explicit ids, the SQLite indexes set aside while
they go in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from studio_app.store import db


@dataclass
class Batch:
    """Rows per table, as tuples in column order, with the next free id of each table."""

    rows: dict[type, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    columns: dict[type, tuple[str, ...]] = field(default_factory=dict)
    names: dict[type, tuple[str, ...]] = field(default_factory=dict)

    def add(self, model: type, **values: object) -> int:
        """Append a row (ids are explicit: 1, 2, 3 … per table, so references need no read-back)."""
        table = self.rows[model]
        row_id = len(table) + 1
        if model not in self.columns:
            self.names[model] = tuple(values)
            self.columns[model] = tuple(model._meta.fields[n].column_name for n in values)
            if "id" in model._meta.fields:
                self.names[model] += ("id",)
                self.columns[model] += ("id",)
        values.setdefault("id", row_id)
        table.append(tuple(map(values.__getitem__, self.names[model])))
        return row_id


def _set_aside_indexes(models) -> list[tuple[str, str, str]]:
    """Drop the secondary indexes and triggers of the tables about to be filled (SQLite); they are made again
    by :func:`_restore_indexes` from their own SQL, in the same transaction.

    Building an index from 100,000 finished rows is several times faster than keeping twenty of them
    (and the trigram search tables, through their triggers) in step one insert at a time: the large
    demo's invoices took 26 s to insert with them and 3 s without.
    """
    tables = [model._meta.table_name for model in models]
    marks = ", ".join("?" for _ in tables)
    found = db.current().execute_sql(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY type, name", tables).fetchall()
    for kind, name, _ in found:
        db.current().execute_sql(f'DROP {kind.upper()} "{name}"')
    return found


def _restore_indexes(set_aside: list[tuple[str, str, str]]) -> None:
    for _, _, sql in set_aside:
        db.current().execute_sql(sql)
    if set_aside:  # the trigram search tables (migration 2) index the rows their triggers did not see
        for (name,) in db.current().execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall():
            db.current().execute_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')


def _write(model: type, columns: tuple[str, ...], rows: list[tuple]) -> None:
    if not rows:
        return
    table = model._meta.table_name
    names = ", ".join(f'"{c}"' for c in columns)
    connection = db.current().connection()
    if db.is_sqlite():
        marks = ", ".join("?" for _ in columns)
        connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    else:
        from psycopg2.extras import execute_values  # psycopg2 is optional: imported for PostgreSQL only
        with connection.cursor() as cursor:
            execute_values(cursor, f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=2000)
