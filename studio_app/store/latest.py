"""Each client's latest delivery and last interaction, kept by the database (migration 19) for the Today view's
proposed follow-ups and waiting panels: they read the few clients due or waiting from this table's indexes, not
every client ever.

Triggers keep one row per client exact on every write of clients, projects, interactions and the studio's
``follow_up_months``. Anything that writes those tables with the triggers set aside (``store.bulk``, the scale
benchmark) or empties them (a PostgreSQL restore) calls :func:`rebuild`, as does the JSON import; ``check``
compares the rows with a computation from the clients, projects and interactions (:func:`problems`), and the
command ``rebuild-totals`` makes them again.
"""

from __future__ import annotations

import peewee as pw

from . import db, deltas
from .base import BaseModel
from .migrations import m0019_client_latest as m0019

TABLE = m0019.TABLE
TRIGGERS = m0019.TRIGGERS


class ClientLatest(BaseModel):
    """One row per client: derived, never exported (made again from the rows on import)."""

    client_id = pw.IntegerField(primary_key=True)
    archived = pw.BooleanField()
    delivered_on = pw.DateField(null=True)
    contact_at = pw.DateTimeField(null=True)
    contact_id = pw.IntegerField(null=True)
    contact_waiting = pw.BooleanField()
    follow_up_due = pw.DateField(null=True)
    waiting_since = pw.DateTimeField(null=True)

    class Meta:
        table_name = TABLE


MODELS = (ClientLatest,)


def rebuild() -> None:
    """Make the table again from the clients, projects and interactions."""
    with deltas.rebuilding([TABLE]) as database:
        for statement in m0019.fill(db.is_sqlite()):
            database.execute_sql(statement)


def after_bulk(set_aside: list[tuple[str, str, str]]) -> None:
    """After a bulk fill with SQLite's triggers set aside (``store.bulk.restore_indexes``): the rows written
    meanwhile changed no client's row, so all are made again. PostgreSQL keeps its triggers."""
    if db.is_sqlite() and any(name in TRIGGERS for _, name, _ in set_aside):
        rebuild()


def _normal(row: tuple) -> tuple:
    """A row as both engines compare it: ids as they are, flags as bool, dates and times as text."""
    client_id, archived, delivered, contact_at, contact_id, waiting, due, since = row
    text = lambda value: None if value is None else str(value)
    return (client_id, bool(archived), text(delivered), text(contact_at), contact_id, bool(waiting), text(due),
            text(since))


def problems() -> list[str]:
    """Where the kept rows differ from the clients, projects and interactions, in the words of the Today view."""
    columns = ", ".join(f'"{c}"' for c in m0019.COLUMNS)
    kept = {row[0]: _normal(row) for row in db.current().execute_sql(f'SELECT {columns} FROM "{TABLE}"')}
    actual = {row[0]: _normal(row) for row in db.current().execute_sql(m0019.source(db.is_sqlite()))}
    wrong = sorted(key for key in kept.keys() | actual.keys() if kept.get(key) != actual.get(key))
    if not wrong:
        return []
    return [f"the Today view's kept latest delivery and last contact of {len(wrong)} client(s) differ from their "
            f"projects and interactions, the first client {wrong[0]}; the command “rebuild-totals” makes them "
            f"again from the rows"]
