"""Each client's latest delivery and last interaction, kept by the database (migration 19) for the Today view's
proposed follow-ups and waiting panels: they read the few clients due or waiting from this table's indexes, not
every client ever. Likewise each project's logged time, open work and last update (migration 22) for the
deadlines, updates and workload panels, which read the projects concerned from ``project_latest``'s indexes
instead of seeking into every project in hand's history.

Triggers keep one row per client exact on every write of clients, projects, interactions and the studio's
``follow_up_months``, and one per project on every write of projects, time entries, deliverables, milestones and
interactions. Anything that writes those tables with the triggers set aside (``store.bulk``, the scale
benchmark) or empties them (a PostgreSQL restore) calls :func:`rebuild`, as does the JSON import; ``check``
compares the rows with a computation from the clients, projects and interactions (:func:`problems`), and the
command ``rebuild-totals`` makes them again.
"""

from __future__ import annotations

import peewee as pw

from . import day_counts, db, deltas
from .base import BaseModel
from .migrations import m0019_client_latest as m0019
from .migrations import m0022_project_latest as m0022

TABLE = m0019.TABLE
TRIGGERS = m0019.TRIGGERS + m0022.TRIGGERS


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


class ProjectLatest(BaseModel):
    """One row per project: derived, never exported (made again from the rows on import)."""

    project_id = pw.IntegerField(primary_key=True)
    logged_minutes = pw.BigIntegerField()
    open_deliverables = pw.IntegerField()
    next_due = pw.DateField(null=True)
    last_update_at = pw.DateTimeField(null=True)
    hand_deadline = pw.DateField(null=True)
    risk_due = pw.DateField(null=True)
    update_day = pw.DateField(null=True)
    plan_first = pw.IntegerField(null=True)
    plan_last = pw.IntegerField(null=True)
    plan_hours = pw.FloatField(null=True)  # NUMERIC on PostgreSQL: the workload's own arithmetic, not money
    deposit_count = pw.IntegerField()
    deposit_due = pw.BigIntegerField(null=True)
    deposit_currency = pw.CharField(null=True)
    deposit_first = pw.DateField(null=True)
    deposit_first_id = pw.IntegerField(null=True)
    deposit_last = pw.DateField(null=True)

    class Meta:
        table_name = m0022.TABLE


MODELS = (ClientLatest, ProjectLatest)


def rebuild(tables: tuple[str, ...] = (TABLE, m0022.TABLE)) -> None:
    """Make the tables (both, by default) again from the clients, projects and their rows, and then the Today
    panels' per-day counts (migration 23) from them."""
    fills = {TABLE: m0019.fill, m0022.TABLE: m0022.fill}
    sqlite = db.is_sqlite()
    with deltas.rebuilding((*tables, day_counts.TABLE)) as database:
        if sqlite:
            day_counts.drop_triggers(database)
        for table in tables:
            for statement in fills[table](sqlite):
                database.execute_sql(statement)
        if sqlite:
            day_counts.restore_triggers(database)
        day_counts.fill(database)


def after_bulk(set_aside: list[tuple[str, str, str]]) -> None:
    """After a bulk fill with SQLite's triggers set aside (``store.bulk.restore_indexes``): the rows written
    meanwhile changed no client's or project's row, so all are made again. PostgreSQL keeps its triggers."""
    names = {name for _, name, _ in set_aside}
    tables = tuple(table for table, triggers in ((TABLE, m0019.TRIGGERS), (m0022.TABLE, m0022.TRIGGERS))
                   if names & set(triggers))
    if not db.is_sqlite():
        day_counts.fold(db.current())  # the loose rows its triggers appended, a few per page of rows
        return
    if tables:  # only the table whose triggers were set aside (an invoice import: the projects')
        rebuild(tables)
    elif names & set(day_counts.TRIGGERS):
        day_counts.rebuild()


def _normal(row: tuple) -> tuple:
    """A row as both engines compare it: ids as they are, flags as bool, dates and times as text."""
    client_id, archived, delivered, contact_at, contact_id, waiting, due, since = row
    text = lambda value: None if value is None else str(value)
    return (client_id, bool(archived), text(delivered), text(contact_at), contact_id, bool(waiting), text(due),
            text(since))


def _project_normal(row: tuple) -> tuple:
    """A project's row as both engines compare it: numbers as they are, hours as text, dates and times as text."""
    text = lambda value: None if value is None else str(value)
    hours, due = row[10], row[12]
    return (*row[:3], *(text(value) for value in row[3:8]), row[8], row[9],
            None if hours is None else f"{float(hours):.9f}", row[11], None if due is None else int(due), row[13],
            text(row[14]), row[15], text(row[16]))


def _differing(columns: tuple[str, ...], table: str, source: str, normal) -> list:
    quoted = ", ".join(f'"{c}"' for c in columns)
    kept = {row[0]: normal(row) for row in db.current().execute_sql(f'SELECT {quoted} FROM "{table}"')}
    actual = {row[0]: normal(row) for row in db.current().execute_sql(source)}
    return sorted(key for key in kept.keys() | actual.keys() if kept.get(key) != actual.get(key))


def problems() -> list[str]:
    """Where the kept rows differ from the clients, projects and their rows, in the words of the Today view."""
    found = day_counts.problems()
    projects = _differing(m0022.COLUMNS, m0022.TABLE, m0022.source(db.is_sqlite()), _project_normal)
    if projects:
        found.append(f"the Today view's kept logged time, open work and last update of {len(projects)} project(s) "
                     f"differ from their rows, the first project {projects[0]}; the command “rebuild-totals” makes "
                     f"them again from the rows")
    wrong = _differing(m0019.COLUMNS, TABLE, m0019.source(db.is_sqlite()), _normal)
    if not wrong:
        return found
    return found + [f"the Today view's kept latest delivery and last contact of {len(wrong)} client(s) differ from "
                    f"their projects and interactions, the first client {wrong[0]}; the command “rebuild-totals” "
                    f"makes them again from the rows"]
