"""Nothing forged: a PDF replaced in an export (its hash and even the chain recomputed), payments that
cannot be, and a number counter set back are all caught by `check`, and `pdf` refuses what fails."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from studio_app.store import check, db, sealing, startup
from studio_app.files import export
from studio_app.work import invoices, issuing
from studio_app.text.errors import StudioError
from studio_app.store.models import DatabaseIdentity, IssuedDocument, NumberCounter, Payment
from tests import factories
from tests.processes import studio
from tests.conftest import ROOT

SCHEMAS = ROOT / "tests" / "fixtures" / "schemas"


def studio_cli(*args, desk: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return studio(*args, env={"STUDIO_DESK_DATA": str(desk)} if desk is not None else None, input=stdin)


def evil_pdf() -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.drawString(72, 720, "Please pay to IBAN XX00 EVIL")
    page.save()
    return out.getvalue()


@pytest.fixture
def three(any_db, today):
    """Three issued invoices of one client, in one chain; returns their numbers."""
    factories.studio()
    client = factories.client()
    return [factories.issued_invoice(client.id).number for _ in range(3)]


@pytest.fixture
def fresh_target(request, tmp_path):
    """A new, empty database on the same engine as the one open now (it is not opened)."""
    def make(name: str = "imported") -> str:
        if db.is_sqlite():
            return str(tmp_path / f"{name}.sqlite3")
        # a random suffix: id(request) repeats within a worker once the old request is freed
        return request.getfixturevalue("pg").create_database(f"studio_{os.getpid()}_{name}_{uuid.uuid4().hex[:16]}")
    return make


def forge(path: Path, number: str, *, rechain: bool) -> None:
    """What someone with the export and a text editor does: put another PDF in, give it its SHA-256 and,
    with ``rechain``, recompute the link of that document and of every later one of its kind."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = sorted((r for r in data["tables"]["issued_document"] if r["kind"] == "invoice"), key=lambda r: r["id"])
    forged = evil_pdf()
    previous = None
    found = False
    for row in rows:
        if row["number"] == number:
            row["pdf"] = base64.b64encode(forged).decode("ascii")
            row["pdf_sha256"] = hashlib.sha256(forged).hexdigest()
            found = True
        if found and rechain:
            row["link"] = sealing.link(previous, row["kind"], row["number"], row["snapshot"],
                                       row["pdf_sha256"] if row["link_has_pdf"] else None)
        previous = row["link"]
    assert found
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def export_forge_import(tmp_path: Path, target: str, number: str, *, rechain: bool) -> None:
    exported = tmp_path / "everything.json"
    export.export_json(exported)
    forge(exported, number, rechain=rechain)
    db.close()
    startup.open_database(target)
    export.import_json(exported)


def pdf_of(number: str) -> bytes:
    return issuing.pdf_bytes("invoice", invoices.by_number(number).id)


def test_a_forged_pdf_with_its_hash_and_chain_recomputed_is_caught_by_the_seal(three, tmp_path, fresh_target):
    first, forged, last = three
    target = fresh_target()
    export_forge_import(tmp_path, target, forged, rechain=True)
    problems = check.run()
    assert f"{forged}: the issued copy does not match its seal (it was changed after issuing)" in problems
    assert not any(p.startswith(first) for p in problems)  # the documents before it are intact
    assert check.notes() == []  # this desk holds the key: the seals were verified
    with pytest.raises(StudioError) as refused:
        pdf_of(forged)
    assert refused.value.message == (f"The stored PDF of {forged} does not match its seal: it was changed after "
                                     f"issuing. Run check.")
    assert pdf_of(first).startswith(b"%PDF")
    db.close()
    out = tmp_path / "forged.pdf"
    result = studio_cli("--db", target, "pdf", "invoice", forged, "-o", out)
    assert result.returncode == 1 and not out.exists()
    assert result.stderr == f"studio-desk: {refused.value.message}\n"
    result = studio_cli("--db", target, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"problem: {forged}: the issued copy does not match its seal" in result.stderr


def test_a_forged_pdf_with_only_its_hash_recomputed_breaks_the_chain_even_without_the_key(
        three, tmp_path, fresh_target, monkeypatch):
    first, forged, last = three
    monkeypatch.setenv("STUDIO_DESK_DATA", str(tmp_path / "another desk"))  # a desk that never held the key
    export_forge_import(tmp_path, fresh_target(), forged, rechain=False)
    problems = check.run()
    assert problems == [f"{forged}: the chain of issued invoices breaks here (this copy, or the one before it, "
                        f"was changed, removed or inserted after issuing)"]
    assert "could not be verified on this desk" in check.notes()[0]
    with pytest.raises(StudioError, match=f"The issued copy of {forged} does not fit the chain"):
        pdf_of(forged)
    assert pdf_of(last).startswith(b"%PDF")  # its own link still follows the stored one before it


def test_without_the_key_a_desk_checks_the_chain_only_and_says_so(three, tmp_path, fresh_target, monkeypatch):
    """The honest limit: a desk without the key cannot tell a forgery whose chain was recomputed; its
    check says so, and the desk that holds the key catches it."""
    first, forged, last = three
    key_desk = Path(os.environ["STUDIO_DESK_DATA"])
    monkeypatch.setenv("STUDIO_DESK_DATA", str(tmp_path / "another desk"))
    target = fresh_target()
    export_forge_import(tmp_path, target, forged, rechain=True)
    assert check.run() == []
    uid = DatabaseIdentity.get().uid
    assert check.notes() == [f"the seals of the issued documents could not be verified on this desk: it does not "
                             f"hold the key of this database ({uid}); their hashes and chains were checked "
                             f"(see “seal-key add”)"]
    db.close()
    result = studio_cli("--db", target, "check", desk=tmp_path / "another desk")
    assert result.returncode == 0 and "note: the seals of the issued documents could not be verified" in result.stderr
    result = studio_cli("--db", target, "check", desk=key_desk)
    assert result.returncode == 1 and f"problem: {forged}: the issued copy does not match its seal" in result.stderr


def test_a_pdf_changed_behind_its_hash_is_no_longer_handed_out(three, tmp_path):
    number = three[0]
    record = IssuedDocument.get(IssuedDocument.number == number)
    IssuedDocument.update(pdf=evil_pdf()).where(IssuedDocument.id == record.id).execute()
    assert check.run() == [f"{number}: the stored PDF does not match its SHA-256"]
    with pytest.raises(StudioError, match=f"^The stored PDF of {number} does not match its SHA-256: it was changed "
                                          f"after issuing. Run check.$"):
        pdf_of(number)
    IssuedDocument.update(pdf=None).where(IssuedDocument.id == record.id).execute()  # removed, hash kept
    assert check.run() == [f"{number}: the stored PDF is missing (it was removed after issuing)"]
    with pytest.raises(StudioError, match="is missing: it was removed after issuing"):
        pdf_of(number)


def test_removing_the_database_id_does_not_make_the_seals_go_away(three):
    DatabaseIdentity.delete().execute()
    assert check.run() == ["issued documents are sealed, but the database's identity (which names its key) is gone"]
    with pytest.raises(StudioError, match=f"The stored PDF of {three[0]} does not match its seal"):
        pdf_of(three[0])
    draft = invoices.create_draft(invoices.by_number(three[0]).client_id,
                                  lines=[{"description": "More", "quantity": "1", "unit_price": "10", "tax_rate": "0"}])
    with pytest.raises(StudioError, match="the id that names their key was removed, so nothing more can be issued"):
        invoices.issue(draft.id)


def test_check_reports_payments_that_cannot_be(three):
    first, second, third = (invoices.by_number(n) for n in three)
    due = first.total_gross - first.deducted
    draft = invoices.create_draft(first.client_id, lines=[{"description": "Later", "quantity": "1",
                                                           "unit_price": "10", "tax_rate": "0"}])
    for invoice, amount in ((first, -5000), (second, 0), (third, 5 * due), (draft, 100)):
        Payment.insert(invoice=invoice.id, date="2026-11-20", amount=amount, currency=invoice.currency).execute()
    problems = [p for p in check.run() if "stored paid amount" not in p]  # the stored sums were not kept in step
    assert problems == [  # a negative payment is a refund: allowed only up to what a credit note left owed back
        f"{second.number}: a payment of 0 on 2026-11-20 is not a payment",
        f"{first.number}: refunds of 5000 are more than the 0 owed back after its credit notes (minor units)",
        f"{third.number}: overpaid: its payments add up to {5 * due}, more than the {due} it asks for (minor units)",
        f"draft invoice #{draft.id}: has payments, but only issued invoices are paid (it is a draft)",
    ]


def test_a_counter_set_back_is_reported_and_issuing_refuses_naming_it(three):
    year = invoices.by_number(three[0]).issue_date.year
    NumberCounter.update(last=1).where(NumberCounter.series == "invoice").execute()
    assert check.run() == [f"the number counter “invoice {year}” is at 1, below {three[-1]}, which is issued (the "
                           f"next document would repeat a number)"]
    draft = invoices.create_draft(invoices.by_number(three[0]).client_id,
                                  lines=[{"description": "More", "quantity": "1", "unit_price": "10", "tax_rate": "0"}])
    with pytest.raises(StudioError) as refused:
        invoices.issue(draft.id)
    assert refused.value.message == (f"The number counter “invoice {year}” is at 1, but the next number, {three[1]}, "
                                     f"is already used: the counter was set back. Nothing was issued; run check.")
    assert invoices.get(draft.id).status == "draft" and NumberCounter.get(NumberCounter.series == "invoice").last == 1
    NumberCounter.delete().execute()  # no counter at all: the next would be number 1 again
    assert check.run() == [f"the number counter “invoice {year}” is at 0, below {three[-1]}, which is issued (the "
                           f"next document would repeat a number)"]
    with pytest.raises(StudioError, match=f"is at 0, but the next number, {three[0]}, is already used"):
        invoices.issue(draft.id)


def test_imported_history_is_sealed_again_when_its_pdf_is_first_stored(sqlite_db, today):
    from studio_app import demo
    from studio_app.demo import einvoicing
    demo.fill("small", seed=2)  # only its e-invoice clients' invoices are issued through the services, with PDFs
    assert IssuedDocument.select().where(IssuedDocument.pdf.is_null(False)).count() == einvoicing.INVOICES
    assert check.run() == [] and check.notes() == []
    record = IssuedDocument.select().where(IssuedDocument.kind == "invoice").order_by(IssuedDocument.id).first()
    pdf = issuing.pdf_bytes("invoice", record.document_id)
    stored = IssuedDocument.get_by_id(record.id)
    assert bytes(stored.pdf) == pdf and stored.seal != record.seal and stored.link == record.link
    assert check.run() == []
    forged = evil_pdf()  # replaced afterwards, hash recomputed: the seal made when it was stored says no
    IssuedDocument.update(pdf=forged, pdf_sha256=hashlib.sha256(forged).hexdigest()).where(
        IssuedDocument.id == record.id).execute()
    assert check.run() == [f"{record.number}: the issued copy does not match its seal (it was changed after issuing)"]
    with pytest.raises(StudioError, match="does not match its seal"):
        issuing.pdf_bytes("invoice", record.document_id)


def test_a_pdf_rendered_on_a_desk_without_the_key_is_shown_but_not_kept(sqlite_db, today, tmp_path, monkeypatch):
    from studio_app import demo
    demo.fill("small", seed=2)
    record = IssuedDocument.select().where(IssuedDocument.kind == "invoice").order_by(IssuedDocument.id).first()
    monkeypatch.setenv("STUDIO_DESK_DATA", str(tmp_path / "another desk"))
    assert issuing.pdf_bytes("invoice", record.document_id).startswith(b"%PDF")
    assert IssuedDocument.get_by_id(record.id).pdf is None  # a desk that cannot seal it does not store it


def test_an_export_made_before_chains_is_chained_and_sealed_on_import(three, tmp_path, fresh_target):
    exported = tmp_path / "old.json"
    export.export_json(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["schema_version"] = 3
    del data["tables"]["database_identity"]
    for row in data["tables"]["issued_document"]:
        for column in ("link", "link_has_pdf", "seal"):
            del row[column]
    exported.write_text(json.dumps(data), encoding="utf-8")
    db.close()
    startup.open_database(fresh_target())
    export.import_json(exported)
    assert IssuedDocument.select().where(IssuedDocument.seal.is_null()).count() == 0
    assert check.run() == [] and pdf_of(three[1]).startswith(b"%PDF")


def test_a_current_export_whose_links_were_removed_is_not_trusted(three, tmp_path, fresh_target):
    exported = tmp_path / "stripped.json"
    export.export_json(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    for row in data["tables"]["issued_document"]:
        row["link"] = row["seal"] = None
    exported.write_text(json.dumps(data), encoding="utf-8")
    db.close()
    startup.open_database(fresh_target())
    export.import_json(exported)
    assert check.run() == [f"{n}: the issued copy is neither chained nor sealed (it was not stored by Studio Desk)"
                           for n in three]
    with pytest.raises(StudioError, match="is neither chained nor sealed"):
        pdf_of(three[0])


def test_migration_5_chains_and_seals_what_was_issued_before(tmp_path):
    path = tmp_path / "v3.sqlite3"
    shutil.copy(SCHEMAS / "v3.sqlite3", path)
    with sqlite3.connect(path) as conn:
        issued_before = conn.execute("SELECT COUNT(*) FROM issued_document").fetchone()[0]
    conn.close()
    startup.open_database(path)
    assert IssuedDocument.select().where(IssuedDocument.link.is_null(False) & IssuedDocument.seal.is_null(False)) \
        .count() == issued_before > 0
    key = sealing.keys_folder() / f"{DatabaseIdentity.get().uid}.key"
    assert key.exists() and (os.name != "posix" or key.stat().st_mode & 0o077 == 0)
    assert check.run() == [] and check.notes() == []
    assert key.read_text().strip() not in path.read_bytes().hex()  # the key is not in the database


def test_another_desk_gets_the_key_once_and_then_issues_and_verifies(any_db, three, tmp_path, monkeypatch):
    """Four people on one database: each desk holds the key, given once with seal-key show / add."""
    url = str(any_db)
    client_id = invoices.by_number(three[0]).client_id
    here = Path(os.environ["STUDIO_DESK_DATA"])
    other = tmp_path / "desk 2"
    monkeypatch.setenv("STUDIO_DESK_DATA", str(other))
    draft = invoices.create_draft(client_id, lines=[{"description": "Desk 2", "quantity": "1", "unit_price": "10",
                                                     "tax_rate": "0"}])
    with pytest.raises(StudioError, match="This desk does not hold the seal key of this database"):
        invoices.issue(draft.id)
    assert invoices.get(draft.id).status == "draft"
    db.close()
    shown = studio_cli("--db", url, "seal-key", "show", desk=here)
    assert shown.returncode == 0 and shown.stdout.startswith("studio-desk-seal:")
    wrong = shown.stdout.strip()[:-12] + "AAAAAAAAAAA="
    result = studio_cli("--db", url, "seal-key", "add", desk=other, stdin=wrong + "\n")
    assert result.returncode == 1 and result.stderr.startswith("studio-desk: That key does not open the seals")
    result = studio_cli("--db", url, "seal-key", "add", desk=other, stdin=shown.stdout)
    assert result.returncode == 0, result.stderr
    startup.open_database(url)
    issued = invoices.issue(draft.id)
    assert check.run() == [] and check.notes() == []
    monkeypatch.setenv("STUDIO_DESK_DATA", str(here))
    assert check.run() == [] and pdf_of(issued.number).startswith(b"%PDF")



def test_a_paid_invoice_credited_afterwards_owes_a_refund_and_is_not_overpaid(three):
    from studio_app.work import payments
    invoice = invoices.by_number(three[0])
    payments.record(invoice.id, invoice.total_gross)
    invoices.issue(invoices.create_credit_note(invoice.id, "Cancelled").id)
    assert invoices.get(invoice.id).credited == invoice.total_gross
    assert check.run() == []


def test_a_lost_key_is_renewed_only_over_documents_that_pass_their_check(any_db, three, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DESK_DATA", str(tmp_path / "new laptop"))  # the old desk and its key are gone
    draft = invoices.create_draft(invoices.by_number(three[0]).client_id,
                                  lines=[{"description": "More", "quantity": "1", "unit_price": "10", "tax_rate": "0"}])
    record = IssuedDocument.get(IssuedDocument.number == three[1])
    IssuedDocument.update(number="INV-2026-0099").where(IssuedDocument.id == record.id).execute()
    with pytest.raises(StudioError, match="INV-2026-0099 fails its check, so the seals were not renewed"):
        sealing.renew_key()
    IssuedDocument.update(number=three[1]).where(IssuedDocument.id == record.id).execute()
    old = DatabaseIdentity.get().uid
    db.close()
    result = studio_cli("--db", any_db, "seal-key", "renew")
    assert result.returncode == 0 and "sealed again, with a new key" in result.stdout, result.stderr
    startup.open_database(any_db)
    assert DatabaseIdentity.get().uid != old and check.run() == [] and check.notes() == []
    assert invoices.issue(draft.id).status == "issued" and check.run() == []
    with pytest.raises(StudioError, match="nothing to renew"):
        sealing.renew_key()


def test_a_link_over_a_snapshot_given_as_its_utf8_is_the_link_over_its_text():
    snapshot = '{"document":{"number":"FTR-2026-0001","notes":"Kadıköy, Θεσσαλονίκη"},"kind":"invoice"}'
    assert sealing.link("ab" * 32, "invoice", "FTR-2026-0001", snapshot.encode("utf-8"), None) == \
        sealing.link("ab" * 32, "invoice", "FTR-2026-0001", snapshot, None)


@pytest.mark.parametrize("number", ["INV-2025-0001", 'A"B', "A\\B", "Fatura №5", "x\x7f", "x\x01", "", " ~!#[]"])
def test_links_and_seals_are_the_json_of_their_parts_whatever_the_number_holds(number):
    """The parts are joined directly when plain ASCII: the same bytes json.dumps gives, and json.dumps otherwise."""
    for pdf, xml in ((None, None), ("ab" * 32, None), ("ab" * 32, "cd" * 32)):
        parts = ["studio-desk-link-2" if xml else "studio-desk-link-1", "prev", "invoice", number,
                 hashlib.sha256("snapshot".encode()).hexdigest(), pdf or "", *([xml] if xml else [])]
        expected = hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()
        assert sealing.link("prev", "invoice", number, "snapshot", pdf, xml) == expected
        key = b"k" * 32
        message = json.dumps(["studio-desk-seal-1", number, pdf or ""]).encode("utf-8")
        assert sealing.seal(key, number, pdf) == hmac.new(key, message, hashlib.sha256).hexdigest()
