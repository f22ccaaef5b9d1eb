"""Quotes: scope, price, deposit and revision policy, sent for the client's yes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal

from . import clock, issuing, projects, settings
from studio_app.store import db, locks, search
from studio_app.text import i18n, cleaning
from studio_app import money
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.store.models import Project, Quote, QuoteLine


def get(quote_id: int) -> Quote:
    quote = Quote.get_or_none(Quote.id == quote_id)
    if quote is None:
        raise StudioError("There is no quote with id {id}.", id=quote_id)
    return quote


def by_number(number: str) -> Quote:
    quote = Quote.get_or_none(Quote.number == number.strip())
    if quote is None:
        raise StudioError("There is no quote numbered {number}.", number=number.strip()[:40])
    return quote


def line_rows(quote_id: int) -> list[QuoteLine]:
    return list(QuoteLine.select().where(QuoteLine.quote == quote_id).order_by(QuoteLine.position))


def totals(quote: Quote) -> money.Totals:
    return money.document_totals(line_rules.as_money_lines(line_rows(quote.id)), quote.currency,
                                 prices_include_tax=quote.prices_include_tax)


def default_lines(project: Project) -> list[dict]:
    if project.pricing == "hourly":
        return [{"description": i18n.label(project.client.language, "line_estimate", title=project.title),
                 "quantity": project.estimated_hours
                 or Decimal(1), "unit": "h", "unit_price": project.hourly_rate, "tax_rate": project.tax_rate}]
    return [{"description": project.title, "quantity": "1", "unit_price": project.price, "tax_rate": project.tax_rate}]


def create_from_project(project_id: int, lines: Iterable[Mapping[str, object]] | None = None) -> Quote:
    project = projects.get(project_id)
    projects.refuse_if_ended(project)
    rows = line_rules.validate(default_lines(project) if lines is None else lines, project.currency)
    studio = settings.get()
    with db.transaction():
        quote = Quote.create(project=project, client=project.client_id, currency=project.currency,
                             language=project.client.language,
                             valid_until=clock.today() + dt.timedelta(days=studio.quote_valid_days),
                             search_key=search.document_key(None, project.client.name, project.title))
        _store_lines(quote, rows)
    return get(quote.id)


def update_draft(quote_id: int, *, lines: Iterable[Mapping[str, object]] | None = None, **data: object) -> Quote:
    quote = get(quote_id)
    issuing.refuse_if_issued(quote.status, "quote")
    unknown = set(data) - {"valid_until", "notes", "prices_include_tax", "language"}
    if unknown:
        raise StudioError("These fields cannot be changed on a quote: {names}.", names=", ".join(sorted(unknown)))
    values: dict[str, object] = {}
    if "valid_until" in data:
        values["valid_until"] = cleaning.date(data["valid_until"], "Valid until", field="valid_until")
        if values["valid_until"] and values["valid_until"] < clock.today():
            raise StudioError("“Valid until” is already in the past.", field="valid_until")
    if "notes" in data:
        values["notes"] = cleaning.clean(data["notes"], "Notes", multiline=True, max_len=4000, field="notes")
    if "prices_include_tax" in data:
        values["prices_include_tax"] = bool(data["prices_include_tax"])
    if "language" in data:
        values["language"] = cleaning.choice(data["language"], LANGUAGES, "Language", field="language")
    rows = None if lines is None else line_rules.validate(lines, quote.currency)
    with db.transaction():
        issuing.lock_draft(Quote, quote_id, "quote")
        if values:
            Quote.update(values).where((Quote.id == quote_id) & (Quote.status == "draft")).execute()
        if rows is not None:
            QuoteLine.delete().where(QuoteLine.quote == quote_id).execute()
        _store_lines(get(quote_id), rows or [])
    return get(quote_id)


def _store_lines(quote: Quote, rows: list[dict]) -> None:
    if rows:
        QuoteLine.insert_many([{**{k: v for k, v in row.items() if k != "deposit_invoice"}, "quote": quote.id}
                               for row in rows]).execute()
    figures = totals(quote)
    Quote.update(total_net=figures.net, total_gross=figures.gross).where(Quote.id == quote.id).execute()


def issue(quote_id: int) -> Quote:
    return issuing.issue("quote", quote_id, get, _issuing)


def _issuing(quote: Quote) -> issuing.Plan:
    """The quote's part of issuing (under the lock): priced lines, a deadline, and a validity still ahead."""
    if not line_rows(quote.id):
        raise StudioError("Add at least one priced line before issuing the quote.", field="lines")
    require_deadline(quote.project)
    today = clock.today()
    valid_until = quote.valid_until or today + dt.timedelta(days=settings.get().quote_valid_days)
    if valid_until < today:
        raise StudioError("“Valid until” is already in the past.", field="valid_until")

    def after() -> None:  # one conditional update: another desk may be moving the project on right now
        Project.update(status="quoted").where((Project.id == quote.project_id) & (Project.status == "lead")).execute()

    return issuing.Plan("quote", today, {"valid_until": valid_until}, after)


def require_deadline(project: Project) -> None:
    if project.deadline is None:
        raise StudioError("Set the deadline of “{title}” first: the quote and the contract state when the work "
                          "is delivered.", field="deadline", title=project.title)


def decline(quote_id: int) -> Quote:
    quote = get(quote_id)
    if quote.status != "issued":
        raise StudioError("Only an issued quote can be declined.")
    with db.transaction():
        if locks.locked(Quote, quote_id, "quote").status != "issued":
            raise StudioError("Only an issued quote can be declined.")
        Quote.update(status="declined").where(Quote.id == quote_id).execute()
        Project.update(status="lost").where((Project.id == quote.project_id) & (Project.status == "quoted")).execute()
    return get(quote_id)


def delete_draft(quote_id: int) -> None:
    quote = get(quote_id)
    issuing.refuse_if_issued(quote.status, "quote")
    with db.transaction():
        quote = issuing.lock_draft(Quote, quote_id, "quote")
        QuoteLine.delete().where(QuoteLine.quote == quote_id).execute()
        quote.delete_instance()
