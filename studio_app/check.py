"""`check`: the database's own integrity plus the app's rules, reported in plain sentences."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from peewee import fn

from . import db, migrations, money, snapshots
from . import lines as line_rules
from .models import Contract, Invoice, InvoiceLine, IssuedDocument, Payment, Quote, QuoteLine


def run() -> list[str]:
    problems = db.integrity_errors()
    version = migrations.current_version(db.current())
    if version != migrations.LATEST:
        problems.append(f"the schema is at version {version}, expected {migrations.LATEST}")
    from . import check_text
    unreadable = check_text.unreadable_values()
    if unreadable:  # no figure can be computed from a quantity of "NaN": report what is there and stop
        return problems + unreadable + check_text.run()
    problems += _invoice_figures()
    problems += _issued_documents()
    problems += check_text.run()
    return problems


def _lines_by(model, key) -> dict[int, list[dict]]:
    grouped: dict[int, list] = defaultdict(list)
    for row in model.select().order_by(key, model.position).iterator():
        grouped[getattr(row, key.name + "_id")].append(row)
    return {k: line_rules.as_dicts(v) for k, v in grouped.items()}


def _invoice_figures() -> list[str]:
    """Stored totals, payments and credits of every invoice agree with its lines and payments."""
    problems = []
    lines = _lines_by(InvoiceLine, InvoiceLine.invoice)
    paid = dict(Payment.select(Payment.invoice, fn.SUM(Payment.amount)).group_by(Payment.invoice).tuples())
    credited: dict[int, int] = defaultdict(int)
    for corrects, gross in (Invoice.select(Invoice.corrects, Invoice.total_gross)
                            .where((Invoice.kind == "credit_note") & (Invoice.status == "issued")).tuples()):
        credited[corrects] -= gross
    for inv in Invoice.select().iterator():
        figures = money.document_totals(line_rules.as_money_lines(lines.get(inv.id, [])), inv.currency,
                                        prices_include_tax=inv.prices_include_tax)
        label = inv.number or f"draft invoice #{inv.id}"
        if (figures.net, figures.gross) != (inv.total_net, inv.total_gross):
            problems.append(f"{label}: stored total {inv.total_gross} differs from its lines ({figures.gross})")
        if paid.get(inv.id, 0) != inv.paid:
            problems.append(f"{label}: stored paid amount {inv.paid} differs from its payments ({paid.get(inv.id, 0)})")
        if credited.get(inv.id, 0) != inv.credited:
            problems.append(f"{label}: stored credit {inv.credited} differs from its credit notes")
    for number, paid_in, currency in (Payment.select(Invoice.number, Payment.currency, Invoice.currency).join(Invoice)
                                      .where(Payment.currency != Invoice.currency).tuples()):
        problems.append(f"{number}: a payment is recorded in {paid_in or 'no currency'}, the invoice is in {currency}")
    return problems


def _issued_documents() -> list[str]:
    """Every issued document has its record, its PDF hash holds, and its data still matches the snapshot."""
    problems = []
    stored = {(d.kind, d.document_id): d for d in IssuedDocument.select().iterator()}
    quote_lines = _lines_by(QuoteLine, QuoteLine.quote)
    invoice_lines = _lines_by(InvoiceLine, InvoiceLine.invoice)
    numbers = dict(Invoice.select(Invoice.id, Invoice.number).tuples())
    issue_dates = dict(Invoice.select(Invoice.id, Invoice.issue_date).tuples())
    deposits: dict[int, list[str]] = defaultdict(list)
    for project, number in (Invoice.select(Invoice.project, Invoice.number).where(
            (Invoice.kind == "deposit") & (Invoice.status == "issued")).order_by(Invoice.id).tuples()):
        deposits[project].append(number)
    quotes_by_id = {}
    for quote in Quote.select().iterator():
        quotes_by_id[quote.id] = snapshots.quote_document(quote, quote_lines.get(quote.id, []))

    def compare(kind: str, doc_id: int, label: str, current: dict) -> None:
        record = stored.pop((kind, doc_id), None)
        if record is None:
            problems.append(f"{label} is issued but its issued copy is missing")
            return
        frozen = json.loads(record.snapshot).get("document")
        if json.loads(snapshots.canonical(current)) != frozen:
            problems.append(f"{label} no longer matches what was issued (its data was changed)")
        if record.pdf is not None and hashlib.sha256(bytes(record.pdf)).hexdigest() != record.pdf_sha256:
            problems.append(f"{label}: the stored PDF does not match its SHA-256")

    for inv in Invoice.select().where(Invoice.status == "issued").iterator():
        corrects = ({"number": numbers.get(inv.corrects_id),
                     "issue_date": snapshots.iso(issue_dates.get(inv.corrects_id))} if inv.corrects_id else None)
        document = snapshots.invoice_document(inv, invoice_lines.get(inv.id, []),
                                              deposits.get(inv.project_id, []) if inv.kind == "final" else [],
                                              corrects)
        compare("invoice", inv.id, inv.number, document)
    for quote in Quote.select().where(Quote.status != "draft").iterator():
        compare("quote", quote.id, quote.number, quotes_by_id[quote.id])
    for contract in Contract.select().where(Contract.status != "draft").iterator():
        compare("contract", contract.id, contract.number,
                snapshots.contract_document(contract, quotes_by_id[contract.quote_id]))
    for (kind, doc_id), record in stored.items():
        problems.append(f"{record.number}: an issued copy exists for a {kind} that is not issued")
    return problems
