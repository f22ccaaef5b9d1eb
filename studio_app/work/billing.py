"""A project's money chain: the accepted quote is the agreement it bills.

- The deposit invoice is the deposit percentage of the accepted quote, one line per VAT category and rate
  of the quote, in the quote's currency and price mode.
- The final invoice bills the quote's lines (document discounts and charges included), then the billable
  revision rounds and hours, and deducts every deposit invoiced for the project — paid or not — with the net
  and the VAT that deposit invoice charged, so the VAT of each rate is declared once over the chain. An unpaid
  deposit stays owed on its own invoice; the final invoice says so on its line.

Summing net and VAT per rate over a project's deposit and final invoices gives the quote's, plus the extras.
"""

from __future__ import annotations

from decimal import Decimal

from studio_app.store import db, locks
from studio_app.text import i18n
from . import invoices, projects, quotes, revisions
from studio_app import money
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice, Project, Quote, RevisionRound, TimeEntry


def agreement(project: Project) -> Quote | None:
    """The accepted quote the project bills, if the client has accepted one."""
    if not project.accepted_quote_id:
        return None
    return Quote.get_or_none((Quote.id == project.accepted_quote_id) & (Quote.status == "accepted"))


def _percent(project: Project, language: str) -> str:
    return i18n.format_percent(Decimal(project.deposit_percent), language)


def deposit_lines(project: Project, quote: Quote | None) -> list[dict]:
    """The deposit's share of each VAT group of the agreement (or of the project's price, without a quote)."""
    percent = Decimal(project.deposit_percent)
    if quote is None:
        language = project.client.language
        if projects.deposit_net(project) <= 0:
            return []
        return [{"description": i18n.label(language, "line_deposit_no_quote", percent=_percent(project, language),
                                           title=project.title),
                 "quantity": "1", "unit_price": projects.deposit_net(project), "tax_rate": project.tax_rate}]
    language = quote.language
    figures = quotes.totals(quote)
    reasons = _reasons(quotes.line_rows(quote.id))
    rows = []
    for group, amount in money.deposit_shares(figures, percent):
        if amount == 0:
            continue
        key = "line_deposit_part" if len(figures.rates) > 1 else "line_deposit"
        rows.append({
            "description": i18n.label(language, key, percent=_percent(project, language), quote=quote.number,
                                      title=project.title, rate=i18n.format_percent(group.rate, language)),
            "quantity": "1" if amount > 0 else "-1", "unit_price": abs(amount), "tax_rate": group.rate,
            "vat_category": group.category, "exemption_reason": reasons.get((group.category, group.rate), ""),
        })
    return rows


def _reasons(rows) -> dict[tuple[str, Decimal], str]:
    found: dict[tuple[str, Decimal], str] = {}
    for row, line in zip(rows, line_rules.as_money_lines(rows)):
        key = (line.vat_category, money.canonical(line.tax_rate))
        if row.exemption_reason and key not in found:
            found[key] = row.exemption_reason
    return found


def create_deposit_draft(project: Project) -> Invoice:
    """The deposit invoice asked for when the client accepts (a draft, issued by the designer)."""
    if Decimal(project.deposit_percent) <= 0:
        raise StudioError("The project asks for no deposit.")
    quote = agreement(project)
    rows = deposit_lines(project, quote)
    if not rows:
        raise StudioError("The accepted quote has nothing to take a deposit on.")
    source = quote or project
    return invoices.create_draft(project.client_id, project_id=project.id, kind="deposit", lines=rows,
                                 currency=source.currency, language=quote.language if quote else None,
                                 prices_include_tax=bool(quote and quote.prices_include_tax))


# -- the final invoice ------------------------------------------------------------------------------------------

def _extras_group(project: Project, quote: Quote | None) -> tuple[Decimal, str]:
    """Rate and category of revision rounds and hours: the agreement's, when it has one VAT group."""
    if quote is not None:
        groups = quotes.totals(quote).rates
        if len(groups) == 1:
            return groups[0].rate, groups[0].category
    return Decimal(project.tax_rate), ""


def _priced(unit_price: int, rate: Decimal, inclusive: bool) -> Decimal | int:
    """A net fee or rate as the document's price: gross in the tax-inclusive mode."""
    if not inclusive:
        return unit_price
    gross = Decimal(unit_price) * (money.HUNDRED + rate) / money.HUNDRED
    return money.canonical(gross.quantize(Decimal(1).scaleb(-money.PRICE_EXTRA_DIGITS)))


def create_final(project_id: int) -> Invoice:
    """The agreement (or its price, without a quote) + billable rounds + billable hours − every deposit invoiced.

    Holds the project's row lock from the reading of the unbilled rounds and hours to their marking, so two
    desks creating final invoices at once never bill a round or an hour twice."""
    with db.transaction():
        project = locks.locked(Project, project_id, "project")
        projects.refuse_if_ended(project)
        if Invoice.select().where((Invoice.project == project_id) & (Invoice.kind == "final")
                                  & (Invoice.status == "draft")).exists():
            raise StudioError("“{title}” already has a final invoice draft; open and issue that one.",
                              title=project.title)
        quote = agreement(project)
        language = quote.language if quote else project.client.language
        inclusive = bool(quote and quote.prices_include_tax)
        currency = quote.currency if quote else project.currency
        planned = _agreed_lines(project, quote) + _extras(project, quote, language, inclusive)
        if not planned:
            raise StudioError("There is nothing to invoice on “{title}” yet.", title=project.title)
        rows = [row for row, _, _ in planned] + invoices.deduction_lines(project_id, language, inclusive)
        invoice = invoices.create_draft(project.client_id, project_id=project.id, kind="final", lines=rows,
                                        currency=currency, language=language, prices_include_tax=inclusive)
        for line, (_, source, ids) in zip(invoices.line_rows(invoice.id), planned):
            model = RevisionRound if source == "round" else TimeEntry if source == "time" else None
            if model is not None:
                model.update(invoice_line=line.id).where(model.id.in_(ids)).execute()
        return invoices.get(invoice.id)


def _agreed_lines(project: Project, quote: Quote | None) -> list[tuple[dict, str, list[int]]]:
    billed = Invoice.select().where((Invoice.project == project.id) & (Invoice.kind == "final")
                                    & (Invoice.status == "issued")).exists()
    if billed:
        return []
    if quote is not None:
        return [(line_rules.editable(row), "", []) for row in line_rules.as_dicts(quotes.line_rows(quote.id))]
    if project.pricing == "fixed" and project.price:
        return [({"description": project.title, "quantity": "1", "unit_price": project.price,
                  "tax_rate": project.tax_rate}, "", [])]
    return []


def _extras(project: Project, quote: Quote | None, language: str,
            inclusive: bool) -> list[tuple[dict, str, list[int]]]:
    rate, category = _extras_group(project, quote)
    planned: list[tuple[dict, str, list[int]]] = []
    for revision in RevisionRound.select().where((RevisionRound.project == project.id) & RevisionRound.billable
                                                 & RevisionRound.invoice_line.is_null()).order_by(RevisionRound.number):
        quantity, unit_price = revisions.round_charge(project, revision)
        if quantity == 0:
            continue
        planned.append(({"description": i18n.label(language, "line_revision_round", number=revision.number,
                                                   included=project.included_rounds),
                         "quantity": str(quantity), "unit": "h" if project.extra_round_billing == "hourly" else "",
                         "unit_price": _priced(unit_price, rate, inclusive), "tax_rate": rate,
                         "vat_category": category}, "round", [revision.id]))
    entries = list(TimeEntry.select().where((TimeEntry.project == project.id) & TimeEntry.billable
                                            & TimeEntry.invoice_line.is_null()).order_by(TimeEntry.date))
    hours = (Decimal(sum(entry.minutes for entry in entries)) / 60).quantize(Decimal("0.01"))
    if entries and hours:
        count = i18n.plural_label(language, "time_entries", len(entries))
        key = "line_design_work" if project.pricing == "hourly" else "line_extra_hours"
        planned.append(({"description": i18n.label(language, key, entries=count), "quantity": str(hours),
                         "unit": "h", "unit_price": _priced(project.hourly_rate, rate, inclusive), "tax_rate": rate,
                         "vat_category": category}, "time", [e.id for e in entries]))
    return planned

