"""Two desks at once, as real processes on one SQLite file and one PostgreSQL database: every check-then-write
holds a lock on what it checked, so nothing is paid, credited or billed twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from studio_app.store import check, db
from studio_app.work import contracts, invoices, payments, quotes, revisions, timelog
from studio_app.store.models import Invoice, InvoiceLine, RevisionRound, StoredImage, TimeEntry
from tests import factories

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).resolve().parent / "race_worker.py"


def race(target: str, tmp_path: Path, *jobs: tuple[str, int]) -> list[str]:
    """Start one process per job, let them all reach the starting line, then fire them together."""
    start = tmp_path / "go"
    db.close()  # this process holds no connection while the desks race
    workers = [subprocess.Popen([sys.executable, str(WORKER), str(target), action, str(row_id), str(start)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for action, row_id in jobs]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    start.touch()
    results = [worker.communicate(timeout=120) for worker in workers]
    assert [w.returncode for w in workers] == [0] * len(workers), [err for _, err in results]
    from studio_app.store import startup
    startup.open_database(target)
    return [out.strip() for out, _ in results]


def test_two_desks_paying_the_full_amount_pay_once(any_db, tmp_path):
    client = factories.client()
    invoice = factories.issued_invoice(client.id, lines=[{"description": "Logo", "unit_price": "1000",
                                                          "tax_rate": "20"}])
    outcomes = race(any_db, tmp_path, ("pay_all", invoice.id), ("pay_all", invoice.id), ("pay_all", invoice.id))
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused", "refused"], outcomes
    paid = invoices.get(invoice.id)
    assert paid.paid == paid.total_gross == 120000 and len(payments.for_invoice(invoice.id)) == 1


def test_two_credit_notes_for_the_whole_invoice_credit_it_once(any_db, tmp_path):
    client = factories.client()
    invoice = factories.issued_invoice(client.id, lines=[{"description": "Logo", "unit_price": "1000",
                                                          "tax_rate": "20"}])
    notes = [invoices.create_credit_note(invoice.id, "Cancelled").id for _ in range(2)]
    outcomes = race(any_db, tmp_path, *(("issue_credit", n) for n in notes))
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused"], outcomes
    assert invoices.get(invoice.id).credited == 120000
    assert Invoice.select().where((Invoice.kind == "credit_note") & (Invoice.status == "issued")).count() == 1


def test_two_desks_making_the_final_invoice_bill_each_round_and_hour_once(any_db, tmp_path):
    client = factories.client()
    project = factories.project(client.id, included_rounds=0)
    for n in range(3):
        revisions.log_round(project.id, f"Round {n + 1}")
    timelog.record(project.id, 120, note="Extra sizes")
    outcomes = race(any_db, tmp_path, ("final", project.id), ("final", project.id))
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused"], outcomes
    finals = list(Invoice.select().where((Invoice.project == project.id) & (Invoice.kind == "final")))
    assert len(finals) == 1
    lines = {line.id for line in InvoiceLine.select().where(InvoiceLine.invoice == finals[0].id)}
    assert {r.invoice_line_id for r in RevisionRound.select()} <= lines and None not in \
        {r.invoice_line_id for r in RevisionRound.select()}
    assert [e.invoice_line_id in lines for e in TimeEntry.select()] == [True]


def test_two_desks_marking_a_contract_signed_mark_it_once(any_db, tmp_path):
    factories.studio()
    project = factories.project(factories.client().id)
    _, contract, _ = factories.accepted_quote(project.id)
    contract = contracts.issue(contract.id)
    outcomes = race(any_db, tmp_path, ("sign", contract.id), ("sign", contract.id))
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused"], outcomes
    assert "already marked signed" in [o for o in outcomes if o.startswith("refused")][0]
    assert contracts.get(contract.id).status == "signed"


def test_two_desks_issuing_with_the_same_logo_store_it_once(any_db, tmp_path):
    from io import BytesIO

    from PIL import Image
    logo = BytesIO()
    Image.new("RGB", (40, 10), (200, 30, 30)).save(logo, format="PNG")
    factories.studio(logo=logo.getvalue())
    client = factories.client()
    invoice = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "1000", "tax_rate": "20"}])
    quote = quotes.create_from_project(factories.project(client.id).id)  # another series: no shared counter
    outcomes = race(any_db, tmp_path, ("issue_invoice", invoice.id), ("issue_quote", quote.id))
    assert outcomes == ["ok", "ok"], outcomes
    assert [bytes(row.data) for row in StoredImage.select()] == [logo.getvalue()]
    assert check.run() == []
