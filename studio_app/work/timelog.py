"""Time entries: manual or from the toolbar timer; billable unbilled time goes onto the final invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from . import clock, projects
from studio_app.store import db, locks
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.store.models import Project, TimeEntry


def record(project_id: int, minutes: object, *, day: object = None, note: str = "", billable: bool = True) -> TimeEntry:
    project = projects.get(project_id)
    minutes = cleaning.integer(minutes, "Minutes", field="minutes", minimum=1, maximum=24 * 60)
    when = cleaning.date(day, "Date", field="date") or clock.today()
    if when > clock.today() + dt.timedelta(days=1):
        raise StudioError("Time cannot be recorded for a future date.", field="date")
    note = cleaning.clean(note, "Note", multiline=True, max_len=2000, field="note")
    with db.transaction():
        return TimeEntry.create(project=project, date=when, minutes=minutes, note=note, billable=billable)


def record_span(project_id: int, started: dt.datetime, stopped: dt.datetime, note: str = "") -> TimeEntry | None:
    """What the toolbar timer calls on stop. Under a minute is not worth an entry."""
    minutes = int((stopped - started).total_seconds() // 60)
    if minutes < 1:
        return None
    return record(project_id, min(minutes, 24 * 60), day=started.date(), note=note)


def total_minutes(project_id: int) -> int:
    return TimeEntry.select(fn.COALESCE(fn.SUM(TimeEntry.minutes), 0)).where(TimeEntry.project == project_id).scalar()


def entries(project_id: int) -> list[TimeEntry]:
    return list(TimeEntry.select().where(TimeEntry.project == project_id).order_by(TimeEntry.date.desc(), TimeEntry.id))


def delete(entry_id: int) -> None:
    entry = TimeEntry.get_or_none(TimeEntry.id == entry_id)
    if entry is None:
        return
    with db.transaction():
        locks.locked(Project, entry.project_id, "project")  # a final invoice may be billing it right now
        entry = locks.locked_first(TimeEntry.select().where(TimeEntry.id == entry_id))
        if entry is None:
            return
        if entry.invoice_line_id is not None:
            raise StudioError("This time is already on an invoice and cannot be deleted.")
        TimeEntry.delete().where(TimeEntry.id == entry_id).execute()


def hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01"))
