"""The conversation with each client: calls, emails, meetings, notes, progress updates, delay notices."""

from __future__ import annotations

import datetime as dt

from . import clients, clock, projects
from studio_app.store import db, locks
from studio_app.text import i18n, cleaning
from studio_app.text.errors import StudioError
from studio_app.store.models import Interaction, Project

KINDS = ("call", "email", "meeting", "note", "update", "delay")
KIND_LABELS = {"call": "Call", "email": "Email", "meeting": "Meeting", "note": "Note", "update": "Progress update",
               "delay": "Delay notice"}


def log(client_id: int, kind: str, summary: str, *, project_id: int | None = None, waiting_for_reply: bool = False,
        follow_up_on: object = None, occurred_at: dt.datetime | None = None) -> Interaction:
    """Add an entry to the client's log. ``waiting_for_reply`` marks that the client waits for our answer."""
    client = clients.get(client_id)
    kind = cleaning.choice(kind, KINDS, "Kind", field="kind")
    summary = cleaning.clean(summary, "Summary", required=True, multiline=True, max_len=10_000, field="summary")
    if project_id is not None and projects.get(project_id).client_id != client.id:
        raise StudioError("That project belongs to another client.", field="project")
    follow_up = cleaning.date(follow_up_on, "Follow up on", field="follow_up_on")
    when = occurred_at or clock.now()
    if follow_up is not None and follow_up < when.date():
        raise StudioError("The follow-up date is already in the past.", field="follow_up_on")
    with db.transaction():
        return Interaction.create(client=client, project=project_id, kind=kind, occurred_at=when, summary=summary,
                                  waiting_for_reply=waiting_for_reply, follow_up_on=follow_up)


def log_follow_up(project_id: int, summary: str = "") -> Interaction:
    """The follow-up after delivery is done (a call, a message): logged in the client's conversation, which
    also takes the proposal off the dashboard."""
    project = projects.get(project_id)
    if project.delivered_on is None:
        raise StudioError("“{title}” has not been delivered yet.", title=project.title)
    words = cleaning.clean(summary, "Summary", multiline=True, max_len=10_000, field="summary") or \
        i18n.label(project.client.language, "followed_up", title=project.title)
    return log(project.client_id, "note", words, project_id=project.id)


def log_delay_notice(project_id: int, new_date: object, summary: str) -> Interaction:
    """Tell the client early: log a "delay" interaction and move the project's deadline, in one transaction.

    The new deadline must be later than the current one (a delay moves it forward), not in the past, and
    not before the project's start date; delivered, closed and lost projects have no deadline to move.
    """
    project = projects.get(project_id)
    if project.status not in ("lead", "quoted", "active"):
        raise StudioError("“{title}” is {status}; there is no deadline left to move.", title=project.title,
                          status=project.status)
    day = cleaning.date(new_date, "New deadline", required=True, field="deadline")
    today = clock.today()
    if day < today:
        raise StudioError("The new deadline {date} is already in the past.", field="deadline", date=day.isoformat())
    if project.deadline is not None and day <= project.deadline:
        raise StudioError("A delay moves the deadline later: {date} is not after the current deadline {current}.",
                          field="deadline", date=day.isoformat(), current=project.deadline.isoformat())
    if project.start_date is not None and day < project.start_date:
        raise StudioError("The new deadline cannot be before the start date {start}.", field="deadline",
                          start=project.start_date.isoformat())
    summary = cleaning.clean(summary, "What to tell the client", required=True, multiline=True, max_len=9_000,
                         field="summary")
    language = project.client.language  # the client reads it: their language, their dates
    new = i18n.format_date(day, language, "long")
    moved = (i18n.label(language, "delay_moved", old=i18n.format_date(project.deadline, language, "long"), new=new)
             if project.deadline else i18n.label(language, "delay_set", new=new))
    with db.transaction():
        entry = log(project.client_id, "delay", f"{summary}\n\n{moved}", project_id=project.id)
        Project.update(deadline=day).where(Project.id == project.id).execute()
    return entry


def for_client(client_id: int, limit: int = 200) -> list[Interaction]:
    return list(Interaction.select().where(Interaction.client == client_id)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit))


def for_project(project_id: int, limit: int = 200) -> list[Interaction]:
    return list(Interaction.select().where(Interaction.project == project_id)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit))


def mark_follow_up_done(interaction_id: int) -> None:
    with db.transaction():
        Interaction.update(follow_up_done=True).where(Interaction.id == interaction_id).execute()


def snooze_follow_up(interaction_id: int, days: object = 7) -> Interaction:
    """Move a planned follow-up ``days`` days past today (it leaves the dashboard until then)."""
    days = cleaning.integer(days, "Snooze for (days)", field="days", minimum=1, maximum=365)
    with db.transaction():
        row = locks.locked(Interaction, interaction_id, "follow-up")
        if row.follow_up_on is None or row.follow_up_done:
            raise StudioError("This follow-up is already done, or none was planned.")
        Interaction.update(follow_up_on=clock.today() + dt.timedelta(days=days)).where(
            Interaction.id == interaction_id).execute()
    return Interaction.get_by_id(interaction_id)
