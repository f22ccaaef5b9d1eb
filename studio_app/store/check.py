"""`check`: the database's own integrity plus the app's rules, reported in plain sentences."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from types import SimpleNamespace

from peewee import Case, fn

from . import check_text, db, fragments, images, latest, migrations, row_counts, sealing, totals, transmissions
from studio_app import money
from studio_app.money import numbering
from studio_app.money.due import amount_due
from studio_app.work import frozen_logo, snapshots, studio_texts
from studio_app.money import lines as line_rules
from studio_app.text import cleaning
from .models import (
    Contract, DatabaseIdentity, Invoice, InvoiceLine, IssuedDocument, NumberCounter, Payment, Project, Quote,
    QuoteLine, Studio,
)


def run() -> list[str]:
    problems = db.integrity_errors()
    version = migrations.current_version(db.current())
    if version != migrations.LATEST:
        problems.append(f"the schema is at version {version}, expected {migrations.LATEST}")
    unreadable = check_text.unreadable_values()
    if unreadable:  # no figure can be computed from a quantity of "NaN": report what is there and stop
        return problems + unreadable + check_text.run()
    problems += _invoice_figures()
    problems += _payments()
    problems += _agreements()
    problems += totals.problems()
    problems += latest.problems()
    problems += fragments.problems()
    problems += row_counts.problems()
    problems += _counters()
    logos: dict[str, list[str]] = defaultdict(list)
    problems += _issued_documents(logos)
    problems += _stored_images(logos)
    problems += check_text.run()
    problems += studio_texts.problems()
    problems += _chains()
    problems += transmissions.problems()
    return problems


def notes() -> list[str]:
    """What check could not prove on this desk, without it being a problem of the data."""
    keys = sealing.current()
    if keys.uid is not None and keys.key is None:
        return [f"the seals of the issued documents could not be verified on this desk: it does not hold the key "
                f"of this database ({keys.uid}); their hashes and chains were checked (see “seal-key add”)"]
    return []


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


def _payments() -> list[str]:
    """Payments are non-zero amounts on issued invoices; what was received never exceeds the amount asked (total
    less deposits deducted), and a refund (a negative payment) never exceeds what a credit note left owed back."""
    problems = []
    for number, invoice_id, day in (Payment.select(Invoice.number, Invoice.id, Payment.date).join(Invoice)
                                    .where(Payment.amount == 0).order_by(Payment.id).tuples().iterator()):
        problems.append(f"{number or f'draft invoice #{invoice_id}'}: a payment of 0 on {day} is not a payment")
    received = fn.SUM(Case(None, [(Payment.amount > 0, Payment.amount)], 0)).alias("received")
    refunded = fn.SUM(Case(None, [(Payment.amount < 0, 0 - Payment.amount)], 0)).alias("refunded")  # (-x is DESC)
    sums = Payment.select(Payment.invoice, received, refunded).group_by(Payment.invoice).alias("p")
    rows = (Invoice.select(Invoice.id, Invoice.number, Invoice.kind, Invoice.status, Invoice.total_gross,
                           Invoice.deducted, Invoice.credited, sums.c.received, sums.c.refunded)
            .join(sums, on=(sums.c.invoice_id == Invoice.id)).order_by(Invoice.id).tuples())
    for invoice_id, number, kind, status, gross, deducted, credited, got, back in rows.iterator():
        label = number or f"draft invoice #{invoice_id}"
        got, back = int(got or 0), int(back or 0)
        asked, owed_back = amount_due(gross, deducted, 0, 0), max(0, -amount_due(gross, deducted, got, credited))
        if status != "issued" or kind == "credit_note":
            problems.append(f"{label}: has payments, but only issued invoices are paid (it is a "
                            f"{'credit note' if kind == 'credit_note' else status})")
        elif got > asked:  # not less the credit notes: one issued after payment leaves a refund owed
            problems.append(f"{label}: overpaid: its payments add up to {got}, more than the "
                            f"{max(asked, 0)} it asks for (minor units)")
        elif back > owed_back:
            problems.append(f"{label}: refunds of {back} are more than the {owed_back} "
                            f"owed back after its credit notes (minor units)")
    return problems


def _agreements() -> list[str]:
    """A project's agreement is one of its own accepted quotes, and its price is that quote's net total: the deposit,
    the contract and the final invoice bill from it (migration 24 repaired the projects migration 4 left at 0)."""
    problems = []
    rows = (Project.select(Project.title, Project.id, Project.price, Quote.project, Quote.status, Quote.number,
                           Quote.total_net).join(Quote, on=(Quote.id == Project.accepted_quote))
            .order_by(Project.id).tuples())
    for title, project_id, price, quote_project, status, number, net in rows.iterator():
        if quote_project != project_id or status != "accepted":
            problems.append(f"the project “{title}” (#{project_id}) is agreed on quote {number}, which is not one of "
                            f"its accepted quotes (it is {status})")
        elif price != net:
            problems.append(f"the project “{title}” (#{project_id}) has the price {price}, but its accepted quote "
                            f"{number} comes to {net} net (minor units): its deposit and contract bill the price")
    return problems


def _counters() -> list[str]:
    """Every number counter in use is at or past the highest number issued in its series and year;
    one set back would hand out a number again (issuing then refuses, naming the counter)."""
    studio = Studio.get_or_none(Studio.id == 1)
    if studio is None:
        return []
    in_use = numbering.series_in_use(studio)
    counters = {(c.series, c.year): c.last for c in NumberCounter.select()}
    problems = []
    for series in in_use:
        pattern = getattr(studio, numbering.SERIES_FORMAT[series])
        highest = numbering.highest_numbers(numbering.numbered_model(series), pattern)
        for year, (seq, number) in sorted(highest.items()):
            last = counters.get((series, year))
            if last is None or last < seq:
                where = f"“{series} {year or '-'}”"
                problems.append(f"the number counter {where} is at {last or 0}, below {number}, which is issued "
                                f"(the next document would repeat a number)")
    return problems


_CHAIN_PROBLEMS = {
    "unchained": "{number}: the issued copy is neither chained nor sealed (it was not stored by Studio Desk)",
    "missing": "{number}: the stored PDF is missing (it was removed after issuing)",
    "xml_missing": "{number}: the stored e-invoice XML is missing (it was removed after issuing)",
    "chain": "{number}: the chain of issued {kind}s breaks here (this copy, or the one before it, was changed, "
             "removed or inserted after issuing)",
    "seal": "{number}: the issued copy does not match its seal (it was changed after issuing)",
}


def _chains() -> list[str]:
    """Each issued document's link follows from the one before it of its kind, and its seal holds (with
    this desk's key). A wrong PDF hash is reported by :func:`_issued_documents`."""
    keys = sealing.current()
    problems = []
    identities = DatabaseIdentity.select().count()
    if identities > 1:
        problems.append(f"the database has {identities} identities; it must have one")
    if identities == 0 and IssuedDocument.select().where(IssuedDocument.seal.is_null(False)).exists():
        problems.append("issued documents are sealed, but the database's identity (which names its key) is gone")
    previous: dict[str, str | None] = {}
    columns = (IssuedDocument.kind, IssuedDocument.number, IssuedDocument.snapshot, IssuedDocument.pdf_sha256,
               IssuedDocument.link, IssuedDocument.link_has_pdf, IssuedDocument.seal, IssuedDocument.xml_sha256)
    query = (IssuedDocument.select(*columns, IssuedDocument.pdf.is_null(False), IssuedDocument.xml.is_null(False))
             .order_by(IssuedDocument.kind, IssuedDocument.id).tuples())
    for *values, has_pdf, has_xml in query.iterator():  # plain rows, PDFs not read: 100,000 objects take seconds
        record = SimpleNamespace(**{c.name: v for c, v in zip(columns, values)}, pdf=b"" if has_pdf else None,
                                 xml=b"" if has_xml else None)
        code = sealing.failure(record, previous.get(record.kind), keys.key, check_hash=False)
        previous[record.kind] = record.link
        if code:
            problems.append(_CHAIN_PROBLEMS[code].format(number=record.number, kind=record.kind))
    return problems


def _issued_documents(logos: dict[str, list[str]]) -> list[str]:
    """Every issued document has its record, its PDF hash holds, and its data still matches the snapshot;
    ``logos`` gets the numbers of the documents issued with each logo."""
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
        snapshot = json.loads(record.snapshot)
        logo = frozen_logo.frozen(snapshot)[1]
        if logo:
            logos[str(logo)].append(label)
        if json.loads(snapshots.canonical(current)) != snapshot.get("document"):
            problems.append(f"{label} no longer matches what was issued (its data was changed)")
        if record.pdf is not None and hashlib.sha256(bytes(record.pdf)).hexdigest() != record.pdf_sha256:
            problems.append(f"{label}: the stored PDF does not match its SHA-256")
        if record.xml is not None and hashlib.sha256(bytes(record.xml)).hexdigest() != record.xml_sha256:
            problems.append(f"{label}: the stored e-invoice XML does not match its SHA-256")

    # Imported history (migration 10) was issued elsewhere: it has no issued copy here, and one that appears is reported.
    for inv in Invoice.select().where((Invoice.status == "issued") & (Invoice.imported_from == "")).iterator():
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


def _stored_images(logos: dict[str, list[str]]) -> list[str]:
    """The logo each issued document names is stored, and its bytes still hash to its name (else the document
    is drawn again without it; its stored PDF is as issued); an image changed behind the app's back is reported
    even when no document names it."""
    stored, changed = images.survey()
    problems = []
    for name in sorted({*changed, *(name for name in logos if name not in stored)}):
        shown = cleaning.reveal(name[:12]) + "…"
        numbers = logos.get(name, [])
        if not numbers:
            problems.append(f"the stored image {shown} no longer matches its SHA-256 (its bytes were changed "
                            f"after it was stored); no issued document uses it")
            continue
        which = ", ".join(numbers[:3]) + (f" and {len(numbers) - 3} more" if len(numbers) > 3 else "")
        one = len(numbers) == 1
        what = ("no longer matches its SHA-256 (its bytes were changed after it was stored)" if name in changed
                else "is missing from the database")
        problems.append(f"{which}: the logo {'it was' if one else 'they were'} issued with (stored image "
                        f"{shown}) {what}, so {'it is' if one else 'they are'} drawn again without it")
    return problems
