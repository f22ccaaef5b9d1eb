"""Invoices: deposit, standard, final and credit notes, from draft to issued."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal

from peewee import fn

from . import clients, clock, efiles, issuing, local_fields, projects, settings, snapshots
from studio_app.store import compiled, db, locks, search
from studio_app.store.lists import invoice_status
from studio_app import money
from studio_app.money import numbering
from studio_app.money.due import amount_due, invoice_due
from studio_app.text import cleaning, i18n
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.store.models import Invoice, InvoiceLine, Payment, Project, RevisionRound, TimeEntry

KINDS = ("deposit", "standard", "final", "credit_note")


def get(invoice_id: int) -> Invoice:
    invoice = compiled.by_id(Invoice, invoice_id)  # read fresh each time; its SELECT written once
    if invoice is None:
        raise StudioError("There is no invoice with id {id}.", id=invoice_id)
    return invoice


def by_number(number: str) -> Invoice:
    invoice = Invoice.get_or_none(Invoice.number == number.strip())
    if invoice is None:
        raise StudioError("There is no invoice numbered {number}.", number=number.strip()[:40])
    return invoice


def line_rows(invoice_id: int) -> list[InvoiceLine]:
    return compiled.children(InvoiceLine, InvoiceLine.invoice, invoice_id, InvoiceLine.position)


def totals(invoice: Invoice) -> money.Totals:
    """The invoice's figures, from :func:`money.document_totals` like every other view of it."""
    return money.document_totals(line_rules.as_money_lines(line_rows(invoice.id)), invoice.currency,
                                 prices_include_tax=invoice.prices_include_tax, deducted=invoice.deducted,
                                 paid=invoice.paid, credited=invoice.credited)


def display_status(invoice: Invoice, today: dt.date | None = None) -> str:
    """draft, issued, partly paid, paid, overdue or credit note: what the list and the badge show."""
    return invoice_status(invoice.status, invoice.kind, invoice_due(invoice), invoice.paid, invoice.due_date,
                          today or clock.today())


def _dates(data: Mapping[str, object], current: Invoice | None) -> dict[str, dt.date | None]:
    def pick(name: str) -> object:
        return data[name] if name in data else (getattr(current, name) if current else None)

    issue = cleaning.date(pick("issue_date"), "Issue date", field="issue_date")
    supply = cleaning.date(pick("supply_date"), "Supply date", field="supply_date")
    due = cleaning.date(pick("due_date"), "Due date", field="due_date")
    if issue and due and due < issue:
        raise StudioError("The due date cannot be before the issue date.", field="due_date")
    return {"issue_date": issue, "supply_date": supply, "due_date": due}


def check_dates(data: Mapping[str, object]) -> None:
    """Refuse dates in the wrong order before saving (the invoice form calls it as you type)."""
    _dates(data, None)


def create_draft(client_id: int, *, project_id: int | None = None, kind: str = "standard",
                 lines: Iterable[Mapping[str, object]] = (), currency: str | None = None,
                 language: str | None = None, prices_include_tax: bool = False, notes: str = "",
                 corrects_id: int | None = None, deducted: int = 0, order_reference: str = "",
                 **dates: object) -> Invoice:
    client = clients.get(client_id)
    project = projects.get(project_id) if project_id else None
    if project is not None and project.client_id != client.id:
        raise StudioError("That project belongs to another client.", field="project")
    kind = cleaning.choice(kind, KINDS, "Invoice kind", field="kind")
    currency = money.check_currency(currency or (project.currency if project else client.currency))
    language = cleaning.choice(language or client.language, LANGUAGES, "Language", field="language")
    _check_correction(kind, corrects_id, client.id, currency)
    rows = line_rules.validate(lines, currency)
    values = _dates(dates, None)
    notes = cleaning.clean(notes, "Notes", multiline=True, max_len=4000, field="notes")
    order_reference = _order_reference(order_reference)
    with db.transaction():
        invoice = Invoice.create(client=client, project=project, kind=kind, currency=currency, language=language,
                                 prices_include_tax=prices_include_tax, notes=notes, corrects=corrects_id,
                                 order_reference=order_reference,
                                 deducted=deducted, search_key=search.document_key(None, client.name,
                                                                                   project.title if project else None),
                                 **values)
        _store_lines(invoice, rows)
    return get(invoice.id)


def _order_reference(value: object) -> str:
    return cleaning.clean(value, "Order reference", field="order_reference", max_len=100)


def _check_correction(kind: str, corrects_id: int | None, client_id: int, currency: str) -> None:
    """A credit note names the issued invoice it corrects (same client and currency); nothing else does."""
    if kind != "credit_note":
        if corrects_id is not None:
            raise StudioError("Only a credit note can correct another invoice.", field="kind")
        return
    original = Invoice.get_or_none(Invoice.id == corrects_id) if corrects_id is not None else None
    if original is None or original.status != "issued" or original.kind == "credit_note":
        raise StudioError("A credit note corrects an issued invoice: open that invoice and create the credit "
                          "note from it.", field="kind")
    if original.client_id != client_id or original.currency != currency:
        raise StudioError("A credit note is for the client and in the currency of the invoice it corrects.",
                          field="kind")


def update_draft(invoice_id: int, *, lines: Iterable[Mapping[str, object]] | None = None, **data: object) -> Invoice:
    """Change a draft. Issued invoices are refused: a credit note is the only correction."""
    invoice = get(invoice_id)
    issuing.refuse_if_issued(invoice.status, "invoice")
    unknown = set(data) - {"issue_date", "supply_date", "due_date", "notes", "prices_include_tax", "language",
                           "mydata_mark", "mydata_url", "order_reference"}
    if unknown:
        raise StudioError("These fields cannot be changed on an invoice: {names}.", names=", ".join(sorted(unknown)))
    values: dict[str, object] = _dates(data, invoice)
    if "notes" in data:
        values["notes"] = cleaning.clean(data["notes"], "Notes", multiline=True, max_len=4000, field="notes")
    if "prices_include_tax" in data:
        values["prices_include_tax"] = bool(data["prices_include_tax"])
    if "order_reference" in data:
        values["order_reference"] = _order_reference(data["order_reference"])
    if "language" in data:
        values["language"] = cleaning.choice(data["language"], LANGUAGES, "Language", field="language")
    if "mydata_mark" in data or "mydata_url" in data:
        values["mydata_mark"], values["mydata_url"] = local_fields.check_mydata(
            data.get("mydata_mark", invoice.mydata_mark), data.get("mydata_url", invoice.mydata_url))
    rows = None if lines is None else line_rules.validate(lines, invoice.currency)
    with db.transaction():
        issuing.lock_draft(Invoice, invoice_id, "invoice")
        Invoice.update(values).where((Invoice.id == invoice_id) & (Invoice.status == "draft")).execute()
        if rows is not None:
            InvoiceLine.delete().where(InvoiceLine.invoice == invoice_id).execute()
            _store_lines(get(invoice_id), rows)
        else:
            _store_totals(get(invoice_id))
    return get(invoice_id)


def _store_lines(invoice: Invoice, rows: list[dict]) -> None:
    if rows:
        InvoiceLine.insert_many([{**row, "invoice": invoice.id} for row in rows]).execute()
    _store_totals(invoice)


def add_lines(invoice: Invoice, lines: Iterable[Mapping[str, object]]) -> None:
    """Append rows after the invoice's last one (inside the caller's transaction)."""
    rows = line_rules.validate(lines, invoice.currency)
    start = (InvoiceLine.select(fn.MAX(InvoiceLine.position)).where(InvoiceLine.invoice == invoice.id).scalar()
             or 0) + 1
    _store_lines(invoice, [{**row, "position": start + row["position"]} for row in rows])


def _store_totals(invoice: Invoice) -> None:
    figures = totals(invoice)
    Invoice.update(total_net=figures.net, total_gross=figures.gross).where(Invoice.id == invoice.id).execute()


def delete_draft(invoice_id: int) -> None:
    invoice = get(invoice_id)
    issuing.refuse_if_issued(invoice.status, "invoice")
    with db.transaction():
        invoice = issuing.lock_draft(Invoice, invoice_id, "invoice")
        RevisionRound.update(invoice_line=None).where(RevisionRound.invoice_line.in_(
            InvoiceLine.select(InvoiceLine.id).where(InvoiceLine.invoice == invoice_id))).execute()
        TimeEntry.update(invoice_line=None).where(TimeEntry.invoice_line.in_(
            InvoiceLine.select(InvoiceLine.id).where(InvoiceLine.invoice == invoice_id))).execute()
        InvoiceLine.delete().where(InvoiceLine.invoice == invoice_id).execute()
        invoice.delete_instance()


def issue(invoice_id: int) -> Invoice:
    """Number, date, freeze and store the PDF, all in one transaction; from then on it never changes."""
    return issuing.issue("invoice", invoice_id, get, _issuing)


def _issuing(invoice: Invoice) -> issuing.Plan:
    """The invoice's part of issuing, checked and computed under the lock: its dates; a final invoice takes the
    deposits invoiced by now; a credit note stays within what is left of the invoice it corrects."""
    if not line_rows(invoice.id):
        raise StudioError("Add at least one line before issuing the invoice.", field="lines")
    studio = settings.get()
    issue_date = invoice.issue_date or clock.today()
    due_date = invoice.due_date or issue_date + dt.timedelta(days=studio.payment_terms_days)
    if due_date < issue_date:
        raise StudioError("The due date cannot be before the issue date.", field="due_date")
    if invoice.project_id and invoice.kind in ("deposit", "final"):
        locks.locked(Project, invoice.project_id, "project")  # the deposits a final invoice deducts hold still
    if invoice.kind == "final" and invoice.project_id:
        refresh_deductions(invoice)
        invoice.deducted = 0  # deposits are lines now, with their VAT (a draft from before migration 4 too)
    figures = totals(invoice)
    refund, after = None, None
    if invoice.kind == "credit_note":
        refund = _check_credit_amount(invoice, figures.gross)
        after = functools.partial(_credit, invoice.corrects_id, figures.gross)
    elif figures.gross - invoice.deducted < 0:
        raise StudioError("An invoice cannot total less than zero; correct an issued invoice with a credit note.",
                          field="lines")
    values = {"supply_date": invoice.supply_date or issue_date, "due_date": due_date, "total_net": figures.net,
              "total_gross": figures.gross, "deducted": invoice.deducted}
    efiles.require_ready(_as_issued(invoice, issue_date, values, refund))  # before a number is taken
    return issuing.Plan(numbering.series_for_invoice(invoice.kind, studio), issue_date, values, after,
                        {"refund": refund})


def _as_issued(invoice: Invoice, issue_date: dt.date, values: Mapping[str, object], refund: dict | None) -> dict:
    """The snapshot the draft will be frozen with, but for its number (not taken yet)."""
    for name, value in {"issue_date": issue_date, **values}.items():
        setattr(invoice, name, value)  # in memory only: the row is written once numbered
    return efiles.provisional(snapshots.invoice_snapshot(invoice, refund), issue_date)


def _credit(invoice_id: int, gross: int) -> None:
    """A credit note once numbered: what it credits comes off the invoice it corrects (locked already)."""
    Invoice.update(credited=Invoice.credited - gross).where(Invoice.id == invoice_id).execute()
    store_paid(invoice_id)


def store_paid(invoice_id: int) -> None:
    """Keep the invoice's paid sum (refunds subtract) and the day it was settled in step with its payments."""
    paid, last = (Payment.select(fn.COALESCE(fn.SUM(Payment.amount), 0), fn.MAX(Payment.date))
                  .where(Payment.invoice == invoice_id).tuples().get())
    invoice = locks.locked(Invoice, invoice_id, "invoice")  # the callers hold it already; a new one cannot forget
    settled = amount_due(invoice.total_gross, invoice.deducted, paid, invoice.credited) <= 0
    Invoice.update(paid=paid, paid_on=last if settled else None).where(Invoice.id == invoice_id).execute()


def _check_credit_amount(credit_note: Invoice, gross: int) -> dict | None:
    """Refuse a credit beyond what was invoiced; a credit beyond what is unpaid leaves a refund owed,
    which the credit note states (returned for its snapshot)."""
    original = locks.locked(Invoice, credit_note.corrects_id, "invoice")  # two credit notes at once
    if gross >= 0:
        raise StudioError("A credit note must reduce the amount (its total must be negative).", field="lines")
    due_before = invoice_due(original)
    left = due_before + original.paid  # what can still be credited, paid or not
    if -gross > left:
        raise StudioError("The credit note ({amount}) is more than what is left of invoice {number} ({left}).",
                          field="lines", amount=money.format_money(-gross, original.currency),
                          number=original.number, left=money.format_money(left, original.currency))
    refund = max(0, -(due_before + gross)) - max(0, -due_before)
    if refund <= 0:
        return None
    return {"amount": refund, "paid": original.paid, "number": original.number}


def reversed_rows(rows: Iterable[Mapping[str, object]]) -> list[dict]:
    """The rows of a full credit: items and fixed discounts or charges negated (a percentage one follows the
    items' sign by itself); a deposit deducted reverses with its VAT."""
    out = []
    for row in rows:
        row = line_rules.editable(row)
        row.pop("deposit_invoice", None)
        percent_based = row["kind"] != "item" and Decimal(str(row.get("discount_percent") or 0)) != 0
        if not percent_based:
            row["quantity"] = str(-Decimal(row["quantity"]))
        if row.get("fixed_tax") is not None:
            row["fixed_tax"] = -int(row["fixed_tax"])
        out.append(row)
    return out


def create_credit_note(invoice_id: int, reason: str = "") -> Invoice:
    """A draft credit note that reverses the issued invoice in full; edit its lines for a partial credit."""
    original = get(invoice_id)
    if original.status != "issued" or original.kind == "credit_note":
        raise StudioError("Only an issued invoice can be corrected with a credit note.")
    rows = reversed_rows(line_rules.as_dicts(line_rows(invoice_id)))
    note = cleaning.clean(reason, "Reason", multiline=True, max_len=2000, field="notes")
    return create_draft(original.client_id, project_id=original.project_id, kind="credit_note", lines=rows,
                        currency=original.currency, language=original.language,
                        prices_include_tax=original.prices_include_tax, notes=note, corrects_id=original.id)


# -- deposits deducted on the final invoice ---------------------------------------------------------------------

def _deposits(project_id: int) -> list[Invoice]:
    return list(Invoice.select().where((Invoice.project == project_id) & (Invoice.kind == "deposit")
                                       & (Invoice.status == "issued")).order_by(Invoice.issue_date, Invoice.id))


def deposit_figures(deposit: Invoice) -> money.Totals:
    """What a deposit invoice still charges: its lines less the credit notes issued against it."""
    rows = line_rows(deposit.id)
    for note in Invoice.select().where((Invoice.corrects == deposit.id) & (Invoice.status == "issued")):
        rows += line_rows(note.id)
    return money.document_totals(line_rules.as_money_lines(rows), deposit.currency,
                                 prices_include_tax=deposit.prices_include_tax, paid=deposit.paid,
                                 credited=deposit.credited)


def deduction_lines(project_id: int, language: str, inclusive: bool) -> list[dict]:
    """One negative line per deposit invoice and VAT group, carrying the deposit's own VAT."""
    rows = []
    for deposit in _deposits(project_id):
        figures = deposit_figures(deposit)
        unpaid = invoice_due(deposit) > 0
        for group in figures.rates:
            amount = group.gross if inclusive else group.net
            if amount == 0 and group.tax == 0:
                continue
            description = i18n.label(language, "line_less_deposit_unpaid" if unpaid else "line_less_deposit",
                                     number=deposit.number, date=i18n.format_date(deposit.issue_date, language),
                                     vat=money.format_money(group.tax, deposit.currency, i18n.locale_for(language)))
            rows.append({"description": description, "quantity": "-1" if amount >= 0 else "1",
                         "unit_price": abs(amount), "tax_rate": group.rate, "vat_category": group.category,
                         "fixed_tax": -group.tax, "deposit_invoice": deposit.id})
    return rows


def refresh_deductions(invoice: Invoice) -> None:
    """At issuing (under the lock): deduct the deposits invoiced by now — one issued since the draft was made
    counts, a credited one no longer does — and say which are still unpaid."""
    InvoiceLine.delete().where((InvoiceLine.invoice == invoice.id) & (InvoiceLine.deposit_invoice.is_null(False)
                                                                      | InvoiceLine.fixed_tax.is_null(False))).execute()
    add_lines(invoice, deduction_lines(invoice.project_id, invoice.language, invoice.prices_include_tax))
