"""Revision rounds: counted against the rounds the project includes; the ones past them are billable."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from . import clock, projects
from studio_app.store import db, locks
from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.store.models import Project, RevisionRound


@dataclass(frozen=True)
class RoundStatus:
    used: int
    included: int
    next_number: int
    next_is_billable: bool
    next_fee: int | None  # minor units; None when extra rounds are billed by the hour
    unbilled_billable: int
    currency: str

    def describe(self) -> str:
        """“Round 3 of 2 included: billable at €60.00” — what the designer sees before logging a round."""
        if not self.next_is_billable:
            return f"Round {self.next_number} of {self.included} included."
        if self.next_fee is None:
            return f"Round {self.next_number} of {self.included} included: billable by the hour."
        return (f"Round {self.next_number} of {self.included} included: billable at "
                f"{money.format_money(self.next_fee, self.currency)}.")


def status(project_id: int) -> RoundStatus:
    project = projects.get(project_id)
    used = RevisionRound.select().where(RevisionRound.project == project_id).count()
    unbilled = (RevisionRound.select().where((RevisionRound.project == project_id) & RevisionRound.billable
                                             & RevisionRound.invoice_line.is_null()).count())
    billable = used + 1 > project.included_rounds
    fee = project.extra_round_fee if project.extra_round_billing == "per_round" else None
    return RoundStatus(used, project.included_rounds, used + 1, billable, fee if billable else None, unbilled,
                       project.currency)


def log_round(project_id: int, request: str = "", hours: object = 0, requested_on: object = None) -> RevisionRound:
    """Record the next round; it is billable when it goes past the included rounds."""
    project = projects.get(project_id)
    request = cleaning.clean(request, "What was asked", multiline=True, max_len=4000, field="request")
    hours = cleaning.decimal(hours or 0, "Hours", field="hours", maximum=Decimal(1000), places=2)
    day = cleaning.date(requested_on, "Requested on", field="requested_on") or clock.today()
    with db.transaction():
        locks.locked(Project, project_id, "project")  # two desks logging a round get numbers one after the other
        number = (RevisionRound.select(fn.MAX(RevisionRound.number)).where(RevisionRound.project == project_id)
                  .scalar() or 0) + 1
        return RevisionRound.create(project=project, number=number, requested_on=day, request=request, hours=hours,
                                    billable=number > project.included_rounds)


def rounds(project_id: int) -> list[RevisionRound]:
    return list(RevisionRound.select().where(RevisionRound.project == project_id).order_by(RevisionRound.number))


def round_charge(project: Project, revision: RevisionRound) -> tuple[Decimal, int]:
    """Quantity and unit price of a billable round on the final invoice."""
    if project.extra_round_billing == "hourly":
        return Decimal(revision.hours), project.hourly_rate
    return Decimal(1), project.extra_round_fee


def delete_round(round_id: int) -> None:
    """Undo a round logged by mistake: only the latest one (the others keep their numbers), and only while it is
    on no invoice (what has been invoiced is corrected with a credit note)."""
    revision = RevisionRound.get_or_none(RevisionRound.id == round_id)
    if revision is None:
        raise StudioError("There is no revision round with id {id}.", id=round_id)
    with db.transaction():
        locks.locked(Project, revision.project_id, "project")  # a final invoice may be billing it right now
        revision = locks.locked_first(RevisionRound.select().where(RevisionRound.id == round_id))
        if revision is None:
            return
        if revision.invoice_line_id is not None:
            raise StudioError("Round {number} is already on an invoice; correct it with a credit note.",
                              number=revision.number)
        latest = RevisionRound.select(fn.MAX(RevisionRound.number)).where(
            RevisionRound.project == revision.project_id).scalar()
        if revision.number != latest:
            raise StudioError("Only the latest round can be undone (round {latest}).", latest=latest)
        RevisionRound.delete().where(RevisionRound.id == round_id).execute()
