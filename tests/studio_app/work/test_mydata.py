"""The myDATA ΜΑΡΚ recorded after a Greek invoice is issued: once, sealed into a chain `check` proves, printed on a
second copy that is handed out from then on, while the issued PDF stays as it was."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from studio_app.cli import parser
from studio_app.store import check, db
from studio_app.store.models import Transmission
from studio_app.text.errors import StudioError
from studio_app.work import invoices, issuing, mydata
from tests import factories
from tests.studio_app.documents.local_docs import CLIENTS, STUDIOS

MARK, UID = "400001234567890", "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678"
URL = "https://mydata.example.gr/q?m=400001234567890"


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.fixture
def greek(sqlite_db, today):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    factories.studio(**STUDIOS["GR"])
    client = factories.client(language="el", **CLIENTS["GR"])
    draft = invoices.create_draft(client.id, lines=[{"description": "Αφίσα", "quantity": "1", "unit_price": "300",
                                                     "tax_rate": "24"}])
    return invoices.issue(draft.id)


def test_the_mark_is_recorded_once_and_printed_on_a_sealed_copy(greek, tmp_path):
    original = bytes(issuing.issued("invoice", greek.id).pdf)
    assert mydata.can_record(greek)
    row = mydata.record(greek.id, MARK, UID.lower(), URL, "9F8E7D")
    assert (row.mark, row.uid, row.qr_url, row.auth_code) == (MARK, UID, URL, "9F8E7D")
    copy = issuing.pdf_bytes("invoice", greek.id)
    assert copy == bytes(row.pdf) and copy != original
    assert bytes(issuing.issued("invoice", greek.id).pdf) == original  # the issued PDF is never touched
    printed = text_of(copy, tmp_path)
    assert f"ΜΑΡΚ {MARK}" in printed and f"UID: {UID}" in printed and "Κωδικός αυθεντικοποίησης: 9F8E7D" in printed
    assert "myDATA" in printed  # the caption under the QR of the provider's link
    assert check.run() == []
    assert not mydata.can_record(invoices.get(greek.id))
    with pytest.raises(StudioError, match="already recorded"):
        mydata.record(greek.id, "400001234567891")


def test_tampering_with_the_record_is_found_and_the_copy_refused(greek):
    mydata.record(greek.id, MARK, UID, URL)
    Transmission.update(mark="400009999999999").execute()
    assert any("myDATA record" in problem for problem in check.run())
    with pytest.raises(StudioError, match="Run check"):
        issuing.pdf_bytes("invoice", greek.id)


def test_a_changed_copy_breaks_its_hash(greek):
    mydata.record(greek.id, MARK, UID, URL)
    Transmission.update(pdf=b"%PDF-1.4 forged").execute()
    assert any("does not match its SHA-256" in problem for problem in check.run())


def test_refused_for_drafts_foreign_studios_and_bad_values(greek):
    client = invoices.get(greek.id).client
    draft = invoices.create_draft(client.id, lines=[{"description": "Αφίσα", "quantity": "1", "unit_price": "1",
                                                     "tax_rate": "24"}])
    with pytest.raises(StudioError, match="still a draft"):
        mydata.record(draft.id, MARK)
    with pytest.raises(StudioError):
        mydata.record(greek.id, "ABC")
    with pytest.raises(StudioError, match="hexadecimal"):
        mydata.record(greek.id, MARK, "not-hex!")
    with pytest.raises(StudioError, match="https"):
        mydata.record(greek.id, MARK, UID, "http://example.com")
    assert Transmission.select().count() == 0


def test_a_turkish_studio_gets_no_mark(sqlite_db, today):
    factories.studio(**STUDIOS["TR"])
    client = factories.client(language="tr", **CLIENTS["TR"])
    invoice = factories.issued_invoice(client.id)
    assert not mydata.can_record(invoice)
    with pytest.raises(StudioError, match="Greece"):
        mydata.record(invoice.id, MARK)


def test_a_credit_note_prints_the_mark_of_the_invoice_it_corrects(greek, tmp_path):
    mydata.record(greek.id, MARK, UID, URL)
    note = invoices.issue(invoices.create_credit_note(greek.id, "").id)
    as_issued = text_of(bytes(issuing.issued("invoice", note.id).pdf), tmp_path)
    assert f"ΜΑΡΚ συσχετιζόμενου τιμολογίου {MARK}" in as_issued  # issued after the ΜΑΡΚ was recorded
    mydata.record(note.id, "400001234567899", "", "")
    printed = text_of(issuing.pdf_bytes("invoice", note.id), tmp_path)
    assert f"ΜΑΡΚ συσχετιζόμενου τιμολογίου {MARK}" in printed and "ΜΑΡΚ 400001234567899" in printed
    assert check.run() == []


def test_the_command_line_records_it(greek, capsys):
    path = db.current().database
    db.close()
    code = parser.run(parser.parse(["--db", path, "mydata", greek.number, "--mark", MARK, "--uid", UID,
                                    "--url", URL]))
    assert code == 0 and f"Recorded ΜΑΡΚ {MARK} for {greek.number}" in capsys.readouterr().out
    code = parser.run(parser.parse(["--db", path, "mydata", greek.number, "--mark", MARK]))
    assert code == 1 and "already recorded" in capsys.readouterr().err


def test_the_record_travels_in_the_json_export_and_a_changed_mark_is_refused(greek, tmp_path):
    import json
    from studio_app.files import export
    from studio_app.store import startup
    mydata.record(greek.id, MARK, UID, URL, "9F8E7D")
    copy = issuing.pdf_bytes("invoice", greek.id)
    path = tmp_path / "all.json"
    export.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [row["mark"] for row in data["tables"]["transmission"]] == [MARK]
    db.close()
    startup.open_database(tmp_path / "other.sqlite3")
    export.import_json(path)
    assert issuing.pdf_bytes("invoice", greek.id) == copy and check.run() == []
    db.close()
    data["tables"]["transmission"][0]["mark"] = "400009999999999"
    path.write_text(json.dumps(data), encoding="utf-8")
    startup.open_database(tmp_path / "third.sqlite3")
    export.import_json(path)  # each cell is well formed; check finds that the record no longer holds
    assert any("myDATA record" in problem for problem in check.run())
