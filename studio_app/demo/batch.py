"""Writing the demo's rows in bulk: tuples per table with explicit ids, the SQLite indexes set aside while
they go in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from studio_app.store import db, sort_keys


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
        if model._meta.table_name in sort_keys.SORTED:  # written around peewee: keys added here
            values = sort_keys.with_keys(model._meta.table_name, values)
        names = self.names.get(model)
        if names is None:
            names = self.names[model] = tuple(values) + (("id",) if "id" in model._meta.fields else ())
            self.columns[model] = tuple(model._meta.fields[n].column_name for n in names)
        values.setdefault("id", row_id)
        table.append(tuple(map(values.__getitem__, names)))
        return row_id


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
