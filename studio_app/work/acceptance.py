"""The client says yes to a quote: it becomes the project's agreement, the contract is drawn up and the
deposit drafted.

Above quotes, contracts and billing, which it ties together (billing reads the accepted quote it bills, so
this step cannot live in quotes).
"""

from __future__ import annotations

from decimal import Decimal

from . import billing, clock, contracts, projects, quotes
from studio_app.store import db, locks
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice, Project, Quote


def accept(quote_id: int) -> tuple[Quote, object, Invoice | None]:
    """The client said yes: the project becomes active, a contract is drawn up in the client's
    language and a deposit invoice is drafted from the deposit percent."""
    quote = quotes.get(quote_id)
    if quote.status != "issued":
        raise StudioError("Only an issued quote can be accepted (this one is {status}).", status=quote.status)
    if quote.valid_until and quote.valid_until < clock.today():
        raise StudioError("This quote expired on {date}; issue a new quote first.", date=quote.valid_until.isoformat())
    project = quote.project
    quotes.require_deadline(project)
    with db.transaction():
        locks.locked(Project, project.id, "project")
        current = locks.locked(Quote, quote_id, "quote")  # another desk may have accepted or declined it
        if current.status != "issued":
            raise StudioError("Only an issued quote can be accepted (this one is {status}).", status=current.status)
        Quote.update(status="accepted").where(Quote.id == quote_id).execute()
        # The accepted quote is the agreement: the project's price follows it (net, as the price field is).
        Project.update(status="active", start_date=project.start_date or clock.today(), accepted_quote=quote_id,
                       price=quote.total_net).where(Project.id == project.id).execute()
        contract = contracts.create_for_quote(quotes.get(quote_id))
        project = projects.get(project.id)
        asks = Decimal(project.deposit_percent) > 0 and billing.deposit_lines(project, quotes.get(quote_id))
        deposit = billing.create_deposit_draft(project) if asks else None
    return quotes.get(quote_id), contract, deposit
