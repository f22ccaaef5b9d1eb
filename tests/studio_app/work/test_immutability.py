"""An issued document never changes: every service refuses, a credit note is the only correction,
and `check` notices when the tables were changed behind the services' back."""

from __future__ import annotations

import json

import pytest

from studio_app.store import check, db
from studio_app.work import acceptance, clients, contracts, invoices, payments, projects, quotes
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError
from studio_app.store.models import (
    Client, Contract, Invoice, InvoiceLine, IssuedDocument, Payment, Project, Quote, QuoteLine,
)
from tests import factories

NEW_LINES = [{"description": "Something else", "quantity": "1", "unit_price": "1", "tax_rate": "0"}]


@pytest.fixture
def issued(any_db, today):
    """A project with an accepted quote, an issued contract, an issued deposit and a paid standard invoice."""
    factories.studio()
    client = factories.client()
    project = factories.project(client.id)
    quote, contract, deposit = factories.accepted_quote(project.id)
    contract = contracts.issue(contract.id)
    deposit = invoices.issue(deposit.id)
    standard = factories.issued_invoice(client.id, project_id=project.id)
    payments.record(standard.id, "100")
    return {"client": client.id, "project": project.id, "quote": quote.id, "contract": contract.id,
            "deposit": deposit.id, "invoice": standard.id}


def fingerprint() -> str:
    """Every issued document's row, lines and frozen copy: what must never change."""
    data = {
        "issued": [(d.kind, d.document_id, d.number, d.snapshot, d.pdf_sha256, bytes(d.pdf or b"").hex()[:64])
                   for d in IssuedDocument.select().order_by(IssuedDocument.id)],
        "invoices": [i for i in Invoice.select().where(Invoice.status == "issued").order_by(Invoice.id).dicts()],
        "invoice_lines": list(InvoiceLine.select().join(Invoice).where(Invoice.status == "issued")
                              .order_by(InvoiceLine.id).dicts()),
        "quotes": list(Quote.select().where(Quote.status != "draft").order_by(Quote.id).dicts()),
        "quote_lines": list(QuoteLine.select().join(Quote).where(Quote.status != "draft").order_by(QuoteLine.id)
                            .dicts()),
        "contracts": list(Contract.select().where(Contract.status != "draft").order_by(Contract.id).dicts()),
    }
    for rows in data.values():
        for row in rows:
            if isinstance(row, dict):
                row.pop("search_key", None)  # derived from the client's and project's names, for search only
    return json.dumps(data, default=str, sort_keys=True)


def refused(call, *args, match: str = "has been issued and cannot be changed", **kwargs) -> None:
    before = fingerprint()
    with pytest.raises(StudioError, match=match):
        call(*args, **kwargs)
    assert fingerprint() == before
    assert check.run() == []


INVOICE_FIELDS = {"issue_date": "2026-12-01", "supply_date": "2026-12-01", "due_date": "2027-01-31",
                  "notes": "Changed afterwards", "prices_include_tax": True, "language": "el"}


def test_no_field_of_an_issued_invoice_can_be_changed(issued):
    for field, value in INVOICE_FIELDS.items():
        for key in ("deposit", "invoice"):
            refused(invoices.update_draft, issued[key], **{field: value})


def test_an_issued_invoice_cannot_get_new_lines_be_deleted_or_issued_again(issued):
    invoice = issued["invoice"]
    refused(invoices.update_draft, invoice, lines=NEW_LINES)
    refused(invoices.update_draft, invoice, lines=[])
    refused(invoices.update_draft, invoice)
    refused(invoices.update_draft, invoice, total_gross=1, number="INV-1")
    refused(invoices.delete_draft, invoice)
    refused(invoices.issue, invoice)


def test_payments_only_on_issued_invoices_and_never_on_credit_notes(issued):
    draft = invoices.create_draft(issued["client"], lines=NEW_LINES)
    refused(payments.record, draft.id, "1", match="only be recorded on an issued invoice")
    note = invoices.issue(invoices.create_credit_note(issued["deposit"], "Cancelled").id)
    refused(payments.record, note.id, "1", match="credit note is not paid")
    refused(payments.record, issued["invoice"], "1000000", match="more than the .* still due")


def test_a_credit_note_is_the_only_correction(issued):
    original = invoices.get(issued["invoice"])
    refused(invoices.create_credit_note, invoices.create_draft(issued["client"], lines=NEW_LINES).id,
            match="Only an issued invoice can be corrected")
    before = IssuedDocument.get((IssuedDocument.kind == "invoice") & (IssuedDocument.document_id == original.id))
    partial = invoices.create_credit_note(original.id, "One poster less")
    invoices.update_draft(partial.id, lines=[{"description": "Poster design", "quantity": "-1", "unit_price": "250",
                                              "tax_rate": "20"}])
    invoices.issue(partial.id)
    after = IssuedDocument.get((IssuedDocument.kind == "invoice") & (IssuedDocument.document_id == original.id))
    assert (after.snapshot, after.pdf_sha256) == (before.snapshot, before.pdf_sha256)
    assert invoices.get(original.id).credited == 30000 and invoices.totals(invoices.get(original.id)).due == \
        original.total_gross - 10000 - 30000
    too_much = invoices.create_credit_note(original.id, "Everything")
    refused(invoices.issue, too_much.id, match="more than what is left")
    refused(invoices.create_credit_note, invoices.get(partial.id).id, match="Only an issued invoice")
    assert check.run() == []


QUOTE_FIELDS = {"valid_until": "2027-06-30", "notes": "Changed afterwards", "prices_include_tax": True,
                "language": "el"}


def test_no_field_of_an_issued_quote_can_be_changed(issued):
    for field, value in QUOTE_FIELDS.items():
        refused(quotes.update_draft, issued["quote"], **{field: value})


def test_an_issued_quote_cannot_get_new_lines_be_deleted_or_issued_again(issued):
    quote = issued["quote"]
    refused(quotes.update_draft, quote, lines=NEW_LINES)
    refused(quotes.update_draft, quote)
    refused(quotes.delete_draft, quote)
    refused(quotes.issue, quote)
    refused(acceptance.accept, quote, match="Only an issued quote can be accepted")
    refused(quotes.decline, quote, match="Only an issued quote can be declined")


def test_an_issued_contract_cannot_be_issued_again_and_signing_keeps_it_intact(issued):
    refused(contracts.issue, issued["contract"])
    contracts.mark_signed(issued["contract"], "2026-11-24")
    assert contracts.get(issued["contract"]).status == "signed" and check.run() == []
    refused(contracts.issue, issued["contract"])
    refused(contracts.mark_signed, issued["contract"], "2026-12-01", match="already marked signed .on 2026-11-24")


def test_a_credit_note_must_correct_an_issued_invoice_of_the_same_client(issued):
    refused(invoices.create_draft, issued["client"], kind="credit_note", lines=NEW_LINES,
            match="credit note corrects an issued invoice")
    draft = invoices.create_draft(issued["client"], lines=NEW_LINES)
    refused(invoices.create_draft, issued["client"], kind="credit_note", corrects_id=draft.id,
            match="credit note corrects an issued invoice")
    other = clients.create(name="Someone else")
    refused(invoices.create_draft, other.id, kind="credit_note", corrects_id=issued["invoice"],
            match="for the client and in the currency")
    refused(invoices.create_draft, issued["client"], kind="credit_note", corrects_id=issued["invoice"],
            currency="USD", match="for the client and in the currency")
    refused(invoices.create_draft, issued["client"], corrects_id=issued["invoice"],
            match="Only a credit note can correct")


@pytest.mark.parametrize("kind", ["invoice", "quote"])
def test_a_draft_issued_by_another_desk_while_this_one_saves_is_left_as_issued(issued, monkeypatch, kind):
    """The status is checked again inside the writing transaction, not only when the form was read."""
    if kind == "invoice":
        draft = invoices.create_draft(issued["client"], lines=NEW_LINES).id
        other_desk, save = invoices.issue, invoices.update_draft
    else:
        draft = quotes.create_from_project(issued["project"]).id
        other_desk, save = quotes.issue, quotes.update_draft
    validate = line_rules.validate

    def validate_while_the_other_desk_issues(*args, **kwargs):
        rows = validate(*args, **kwargs)
        monkeypatch.setattr(line_rules, "validate", validate)
        other_desk(draft)  # between this desk's first look and its write
        return rows

    monkeypatch.setattr(line_rules, "validate", validate_while_the_other_desk_issues)
    before = None
    with pytest.raises(StudioError, match="has been issued and cannot be changed"):
        before = fingerprint()
        save(draft, lines=[{**NEW_LINES[0], "description": "Changed by the slower desk"}])
    assert before is not None and "Changed by the slower desk" not in fingerprint()
    assert check.run() == []


def test_a_client_or_project_with_documents_is_archived_never_deleted(issued):
    refused(clients.delete, issued["client"], match="cannot be deleted. Archive the client instead")
    refused(projects.delete, issued["project"], match="cannot be deleted. Archive it instead")
    refused(projects.update, issued["project"], currency="USD", match="currency cannot change")
    assert clients.set_archived(issued["client"]).archived and projects.set_archived(issued["project"]).archived
    assert Client.get_by_id(issued["client"]) and Project.get_by_id(issued["project"])
    assert check.run() == []
    # a client whose only trace is a project without documents can go
    lead = clients.create(name="Only a lead")
    factories.project(lead.id, title="Maybe one day")
    clients.delete(lead.id)
    assert Client.get_or_none(Client.id == lead.id) is None


def test_renaming_the_client_after_issuing_keeps_the_issued_documents(issued):
    before = fingerprint()
    clients.update(issued["client"], name="Ayşe Yılmaz Kaya", company="Yeni Şirket")
    projects.update(issued["project"], title="Brand identity (phase 1)", goals="Changed later")
    assert fingerprint() == before and check.run() == []
    with pytest.raises(StudioError, match="accepted quote"):  # the agreement's price is the quote's
        projects.update(issued["project"], price="5000")


def test_check_reports_each_document_changed_behind_the_services_back(issued):
    quote, contract = quotes.get(issued["quote"]), contracts.get(issued["contract"])
    invoice = invoices.get(issued["invoice"])
    clauses = json.loads(contract.clauses)
    clauses[0]["body"] = "The client owes nothing."
    tampering = [
        ('UPDATE "quote" SET "notes" = ? WHERE "id" = ?', ("Cheaper!", quote.id),
         f"{quote.number} no longer matches what was issued"),
        ('UPDATE "contract" SET "clauses" = ? WHERE "id" = ?', (json.dumps(clauses), contract.id),
         f"{contract.number} no longer matches what was issued"),
        ('UPDATE "invoice_line" SET "description" = ? WHERE "invoice_id" = ?', ("Nothing", invoice.id),
         f"{invoice.number} no longer matches what was issued"),
        ('UPDATE "issued_document" SET "pdf" = ? WHERE "kind" = ? AND "document_id" = ?',
         (b"%PDF-1.4 forged", "contract", contract.id), f"{contract.number}: the stored PDF does not match its SHA-256"),
        ('DELETE FROM "issued_document" WHERE "kind" = ? AND "document_id" = ?', ("invoice", issued["deposit"]),
         f"{invoices.get(issued['deposit']).number} is issued but its issued copy is missing"),
    ]
    assert check.run() == []
    for count, (sql, params, expected) in enumerate(tampering, start=1):
        db.current().execute_sql(sql.replace("?", db.current().param), params)
        problems = check.run()
        assert any(problem.startswith(expected) for problem in problems), problems
        assert len(problems) == count + (count == len(tampering)), problems
    # the removed copy also leaves a gap in the chain, seen at the invoice issued after it
    assert f"{invoice.number}: the chain of issued invoices breaks here" in " | ".join(problems)


def test_check_reports_a_changed_quote_line(issued):
    quote = quotes.get(issued["quote"])
    db.current().execute_sql('UPDATE "quote_line" SET "unit_price" = 1 WHERE "quote_id" = ' + db.current().param,
                             (quote.id,))
    problems = check.run()
    assert any(p.startswith(f"{quote.number} no longer matches what was issued") for p in problems), problems
    # the contract shows the quote's lines too, so it no longer matches either
    assert any(p.startswith(f"{contracts.get(issued['contract']).number} no longer matches") for p in problems)


def test_deleting_a_payment_changes_only_what_is_paid(issued):
    before = fingerprint()
    payment = Payment.get(Payment.invoice == issued["invoice"])
    payments.delete(payment.id)
    assert invoices.get(issued["invoice"]).paid == 0 and check.run() == []
    assert json.loads(before)["issued"] == json.loads(fingerprint())["issued"]
