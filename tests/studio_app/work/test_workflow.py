"""The main workflow of DESIGN.md through the services, on SQLite and on PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest

from studio_app.work import (
    acceptance, billing, clients, contracts, invoices, issuing, payments, projects, quotes, revisions, timelog,
)
from studio_app.text import i18n
from studio_app.store import search
from studio_app.text.errors import StudioError
from studio_app.store.models import IssuedDocument
from tests import factories


@pytest.fixture
def project(any_db, today):
    factories.studio()
    client = factories.client()
    return factories.project(client.id)


def test_lead_to_paid_final_invoice(project):
    quote = quotes.create_from_project(project.id)
    assert quotes.totals(quote).gross == 480000  # 4,000.00 + 20 % VAT
    quote = quotes.issue(quote.id)
    assert projects.get(project.id).status == "quoted"
    quote, contract, deposit = acceptance.accept(quote.id)
    assert quote.status == "accepted" and projects.get(project.id).status == "active"
    assert contract.language == "tr" and "Şişli Kahve Evi" in contract.clauses
    assert deposit.kind == "deposit" and invoices.totals(deposit).net == 120000  # 30 % of 4,000.00

    deposit = invoices.issue(deposit.id)
    payments.record(deposit.id, "1440.00")
    assert invoices.display_status(invoices.get(deposit.id)) == "paid"

    statuses = [revisions.log_round(project.id, f"Round {n}").billable for n in (1, 2, 3)]
    assert statuses == [False, False, True]
    assert revisions.status(project.id).describe() == "Round 4 of 2 included: billable at €60.00."
    timelog.record(project.id, 90, note="Extra export sizes")

    final = billing.create_final(project.id)
    rows = invoices.line_rows(final.id)
    deposit = invoices.get(deposit.id)
    assert [r.description for r in rows] == [  # the client's language: Turkish
        "Brand identity", "3. revizyon turu (dahil olan 2 turun dışında)", "Ek çalışma saatleri (1 zaman kaydı)",
        f"Düşülen avans faturası {deposit.number}, {i18n.format_date(deposit.issue_date, 'tr')} (KDV €240,00)"]
    figures = invoices.totals(final)
    # the deposit is deducted with its own VAT: VAT is declared once over the two invoices
    assert (figures.net, figures.tax, figures.deducted) == (400000 + 6000 + 9000 - 120000, 83000 - 24000, 0)
    final = invoices.issue(final.id)
    assert final.number == "INV-2026-0002"
    payments.record(final.id, 200000)
    assert invoices.display_status(invoices.get(final.id)) == "partly paid"
    payments.record(final.id, invoices.totals(invoices.get(final.id)).due)
    assert invoices.display_status(invoices.get(final.id)) == "paid"

    with pytest.raises(StudioError, match="nothing to invoice"):
        billing.create_final(project.id)  # each round and hour is billed once


def test_issuing_freezes_the_pdf_and_its_hash(project):
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    record = issuing.issued("quote", quote.id)
    assert bytes(record.pdf).startswith(b"%PDF") and len(record.pdf_sha256) == 64
    projects.update(project.id, title="Renamed later")
    assert issuing.pdf_bytes("quote", quote.id) == bytes(record.pdf)


def test_issued_documents_cannot_change(project):
    client_id = project.client_id
    invoice = factories.issued_invoice(client_id)
    with pytest.raises(StudioError, match="issued and cannot be changed"):
        invoices.update_draft(invoice.id, notes="changed")
    with pytest.raises(StudioError, match="issued and cannot be changed"):
        invoices.update_draft(invoice.id, lines=[{"description": "cheaper", "unit_price": "1"}])
    with pytest.raises(StudioError, match="issued and cannot be changed"):
        invoices.delete_draft(invoice.id)
    with pytest.raises(StudioError, match="issued and cannot be changed"):
        invoices.issue(invoice.id)
    assert IssuedDocument.select().where(IssuedDocument.kind == "invoice").count() == 1


def test_credit_note_corrects_an_issued_invoice_and_not_more(project):
    invoice = factories.issued_invoice(project.client_id)
    credit = invoices.create_credit_note(invoice.id, "Wrong quantity")
    assert invoices.totals(credit).gross == -60000
    invoices.update_draft(credit.id, lines=[{"description": "Poster design", "quantity": "-1", "unit_price": "250",
                                             "tax_rate": "20"}])
    credit = invoices.issue(credit.id)
    assert credit.number.startswith("CN-") and credit.corrects_id == invoice.id
    assert invoices.totals(invoices.get(invoice.id)).due == 30000
    second = invoices.create_credit_note(invoice.id)
    with pytest.raises(StudioError, match="more than what is left"):
        invoices.issue(second.id)


def test_payments_partial_allowed_overpayment_refused(project):
    invoice = factories.issued_invoice(project.client_id)  # 600.00
    payments.record(invoice.id, "100")
    with pytest.raises(StudioError, match="more than the €500.00 still due"):
        payments.record(invoice.id, "500.01")
    with pytest.raises(StudioError, match="more than zero"):
        payments.record(invoice.id, "0")
    with pytest.raises(StudioError, match="future"):
        payments.record(invoice.id, "1", date=dt.date(2030, 1, 1))
    draft = invoices.create_draft(project.client_id, lines=[{"description": "x", "unit_price": "5"}])
    with pytest.raises(StudioError, match="issued invoice"):
        payments.record(draft.id, "1")
    assert invoices.get(invoice.id).paid == 10000


def test_clients_with_documents_are_archived_not_deleted(project):
    factories.issued_invoice(project.client_id, project_id=project.id)
    with pytest.raises(StudioError, match="Archive the client instead"):
        clients.delete(project.client_id)
    with pytest.raises(StudioError, match="Archive it instead"):
        projects.delete(project.id)
    assert clients.set_archived(project.client_id).archived
    lonely = clients.create(name="No documents yet")
    clients.delete(lonely.id)


def test_validation_messages_name_the_field(project):
    with pytest.raises(StudioError) as exc:
        clients.create(name="   ")
    assert exc.value.field == "name" and exc.value.message == "Name is required."
    with pytest.raises(StudioError) as exc:
        clients.create(name="A", email="not-an-email")
    assert exc.value.field == "email"
    with pytest.raises(StudioError, match="not a currency code"):
        clients.create(name="A", currency="ABC")
    with pytest.raises(StudioError, match="deadline cannot be before the start"):
        projects.create(project.client_id, title="T", start_date="2026-05-01", deadline="2026-04-01")
    with pytest.raises(StudioError, match="due date cannot be before the issue date"):
        invoices.create_draft(project.client_id, issue_date="2026-05-01", due_date="2026-04-01")
    with pytest.raises(StudioError, match="quantity cannot be zero"):
        invoices.create_draft(project.client_id, lines=[{"description": "x", "quantity": "0", "unit_price": "1"}])
    with pytest.raises(StudioError, match="at most 4 decimal places"):
        invoices.create_draft(project.client_id, lines=[{"description": "x", "quantity": "1.00001",
                                                         "unit_price": "1"}])


def test_revision_rounds_billed_hourly_use_hours_at_the_hourly_rate(any_db, today):
    client = factories.client(currency="EUR")
    project = factories.project(client.id, included_rounds=0, extra_round_billing="hourly", hourly_rate="80")
    revisions.log_round(project.id, "Bigger logo", hours="1.5")
    assert revisions.status(project.id).describe() == "Round 2 of 0 included: billable by the hour."
    final = billing.create_final(project.id)
    line = invoices.line_rows(final.id)[1]
    assert (line.quantity, line.unit_price) == (Decimal("1.5"), 8000)


def test_tax_inclusive_invoice_keeps_the_gross(project):
    invoice = invoices.create_draft(project.client_id, prices_include_tax=True,
                                    lines=[{"description": "Logo", "unit_price": "1190", "tax_rate": "19"}])
    figures = invoices.totals(invoice)
    assert (figures.net, figures.tax, figures.gross) == (100000, 19000, 119000)


def test_search_folds_case_and_accents_in_every_script(project):
    clients.create(name="ΑΘΗΝΑ Εκδόσεις")
    assert {h.title for h in search.find("şişli")} >= {"Ayşe Yılmaz"}
    assert {h.title for h in search.find("ŞİŞLİ KAHVE")} >= {"Ayşe Yılmaz"}
    assert [h.title for h in search.find("αθήνα") if h.kind == "client"] == ["ΑΘΗΝΑ Εκδόσεις"]
    assert search.find("100%_") == []


def test_renaming_a_client_updates_document_search(project):
    invoice = factories.issued_invoice(project.client_id)
    clients.update(project.client_id, name="Zeynep Kaya")
    assert any(h.kind == "invoice" and h.id == invoice.id for h in search.find("zeynep"))


def test_contract_issue_and_signature(project):
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    _, contract, _ = acceptance.accept(quote.id)
    with pytest.raises(StudioError, match="Issue the contract"):
        contracts.mark_signed(contract.id)
    contract = contracts.issue(contract.id)
    assert contract.number == "C-2026-0001"
    assert contracts.mark_signed(contract.id, "2026-11-24").signed_on == dt.date(2026, 11, 24)


def test_expired_or_draft_quotes_cannot_be_accepted(project):
    from studio_app.work import clock
    draft = quotes.create_from_project(project.id)
    with pytest.raises(StudioError, match="Only an issued quote"):
        acceptance.accept(draft.id)
    issued = quotes.issue(draft.id)
    with clock.frozen(issued.valid_until + dt.timedelta(days=1)):
        with pytest.raises(StudioError, match="expired"):
            acceptance.accept(issued.id)


def test_a_quote_states_a_deadline(any_db, today):
    client = factories.client()
    project = factories.project(client.id, deadline=None)
    draft = quotes.create_from_project(project.id)
    with pytest.raises(StudioError, match="Set the deadline"):
        quotes.issue(draft.id)


def test_a_price_changed_while_another_desk_accepts_the_quote_is_refused(sqlite_db, today, monkeypatch):
    """The accepted quote's price is checked again under the project's lock, not only when the form was read."""
    project = factories.project(factories.client().id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    validated = projects._validated

    def validated_while_the_other_desk_accepts(*args, **kwargs):
        values = validated(*args, **kwargs)
        monkeypatch.setattr(projects, "_validated", validated)
        acceptance.accept(quote.id)  # between this desk's first look and its write
        return values

    monkeypatch.setattr(projects, "_validated", validated_while_the_other_desk_accepts)
    with pytest.raises(StudioError, match="accepted quote's"):
        projects.update(project.id, price="99999")
    after = projects.get(project.id)
    assert (after.price, after.status, after.accepted_quote_id) == (quotes.get(quote.id).total_net, "active", quote.id)
