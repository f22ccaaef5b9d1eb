"""What Studio Desk leaves on disk: private files and folders, and the accountant's CSV (passwords:
test_secrets.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from studio_app.files import backup, backup_list, export, restore
from studio_app.work import billing, clients, invoices, payments, projects, quotes
from studio_app.store import db, startup
from studio_app import money
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice
from tests import factories

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A typical desktop umask (files 0644, folders 0755 unless the app says otherwise)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


# ------------------------------------------------------------------------------------------------- permissions

@posix_only
def test_database_backups_and_exports_are_private(tmp_path, open_umask, today):
    folder = tmp_path / "new" / "studio data"
    path = folder / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    client = factories.client()
    factories.issued_invoice(client.id)
    assert mode(path) == 0o600
    assert mode(folder) == mode(folder.parent) == 0o700  # folders the app created
    assert mode(tmp_path) == stat.S_IMODE(tmp_path.stat().st_mode)  # folders it did not create are left alone
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert companion.exists() and mode(companion) == 0o600
    assert mode(folder / "backups") == 0o700
    written = [*backup_list.list_backups(path), backup.manual_backup(), backup.manual_backup(tmp_path / "usb" / "c.sqlite3")]
    export.export_json(tmp_path / "all.json")
    export.export_csv("invoices", tmp_path / "invoices.csv")
    export.export_csv("payments", tmp_path / "payments.csv")
    written += [tmp_path / "all.json", tmp_path / "invoices.csv", tmp_path / "payments.csv"]
    safety = restore.restore(written[1])
    written.append(safety)
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert mode(path) == 0o600  # the restored database too
    assert mode(tmp_path / "usb") == 0o700


@posix_only
def test_an_existing_database_is_made_private_when_opened(tmp_path, open_umask):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    db.close()
    path.chmod(0o644)
    startup.open_database(path)
    assert mode(path) == 0o600


@posix_only
def test_the_default_data_folder_is_private(open_umask):
    startup.open_database()
    location = db.default_location()
    assert location.exists() and mode(location) == 0o600 and mode(location.parent) == 0o700


@posix_only
@pytest.mark.postgres
def test_postgres_backups_are_private(pg_db, open_umask):
    saved = backup.manual_backup()
    assert mode(saved) == 0o600 and mode(saved.parent) == 0o700


# ------------------------------------------------------------------------------------------------- the accountant's CSV

def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes spreadsheets read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def books(sqlite_db, today):
    """Invoices an accountant meets: two VAT rates, tax-inclusive prices, yen, a deposit deducted,
    partial payments, a credit note and a draft."""
    factories.studio()
    ayse = factories.client()
    standard = factories.issued_invoice(ayse.id, lines=[
        {"description": "Poster design", "quantity": "2", "unit_price": "250", "tax_rate": "20"},
        {"description": "Printed catalogue", "quantity": "3", "unit_price": "33.33", "tax_rate": "10"},
        {"description": "Stock photo", "quantity": "1", "unit_price": "19.99", "tax_rate": "0"}])
    payments.record(standard.id, "100")
    inclusive = factories.issued_invoice(ayse.id, prices_include_tax=True, lines=[
        {"description": "Workshop", "quantity": "1", "unit_price": "1190", "tax_rate": "19"}])
    tokyo = clients.create(name="Tokyo Client", company="=cmd|' /C calc'!A0", currency="JPY", tax_id="JP123")
    yen = factories.issued_invoice(tokyo.id, lines=[{"description": "Logo", "unit_price": "150000", "tax_rate": "10"}])
    project = factories.project(ayse.id)
    _, _, deposit = factories.accepted_quote(project.id)
    deposit = invoices.issue(deposit.id)
    payments.record(deposit.id, deposit.total_gross)
    final = invoices.issue(billing.create_final(project.id).id)
    note = invoices.issue(invoices.create_credit_note(inclusive.id, "Workshop cancelled").id)
    draft = invoices.create_draft(ayse.id, lines=[{"description": "Not yet", "unit_price": "10", "tax_rate": "20"}])
    return {"standard": standard.id, "inclusive": inclusive.id, "yen": yen.id, "deposit": deposit.id,
            "final": final.id, "note": note.id, "draft": draft.id}


def test_invoices_csv_has_what_the_accountant_needs(books, tmp_path):
    path = tmp_path / "invoices.csv"
    assert export.export_csv("invoices", path) == 7
    rows = read_csv(path)
    header = list(rows[0])
    assert header == ["number", "client", "client_vat_id", "kind", "corrects", "issue_date", "supply_date",
                      "due_date", "currency", "net_0", "vat_0", "net_10", "vat_10", "net_19", "vat_19", "net_20",
                      "vat_20", "net", "vat", "gross", "deposit_deducted", "credited", "paid", "due", "status"]
    by_number = {r["number"]: r for r in rows}
    for key, invoice_id in books.items():
        invoice = invoices.get(invoice_id)
        row = by_number[invoice.number or ""]
        figures = invoices.totals(invoice)
        major = lambda minor: str(money.to_major(minor, invoice.currency))  # noqa: E731
        assert (row["net"], row["vat"], row["gross"]) == (major(figures.net), major(figures.tax),
                                                          major(figures.gross)), key
        for rate in ("0", "10", "19", "20"):
            found = [r for r in figures.rates if r.rate == Decimal(rate)]
            expected = (major(found[0].net), major(found[0].tax)) if found else ("", "")
            assert (row[f"net_{rate}"], row[f"vat_{rate}"]) == expected, (key, rate)
        assert row["currency"] == invoice.currency and row["kind"] == invoice.kind
        assert row["issue_date"] == (invoice.issue_date.isoformat() if invoice.issue_date else "")
        assert row["due_date"] == (invoice.due_date.isoformat() if invoice.due_date else "")
        assert row["paid"] == major(invoice.paid)
    standard = by_number[invoices.get(books["standard"]).number]
    assert (standard["client"], standard["client_vat_id"], standard["status"]) == \
        ("Şişli Kahve Evi", "TR9876543210", "partly paid")
    assert standard["net_10"] == "99.99" and standard["vat_10"] == "10.00" and standard["due"] == "629.98"
    inclusive = by_number[invoices.get(books["inclusive"]).number]
    assert (inclusive["net_19"], inclusive["vat_19"], inclusive["gross"]) == ("1000.00", "190.00", "1190.00")
    note = by_number[invoices.get(books["note"]).number]
    assert note["corrects"] == inclusive["number"] and note["gross"] == "-1190.00" and note["due"] == "0.00"
    assert inclusive["credited"] == "1190.00" and inclusive["due"] == "0.00"
    final = by_number[invoices.get(books["final"]).number]
    deposit = by_number[invoices.get(books["deposit"]).number]
    agreed = quotes.totals(billing.agreement(projects.get(invoices.get(books["final"]).project_id))).rates[0]
    # the deposit is deducted with its VAT: over the two invoices the VAT return gets the quote's VAT once
    assert final["deposit_deducted"] == "0.00" and deposit["gross"] != "0.00"
    assert Decimal(final["net_20"]) + Decimal(deposit["net_20"]) == money.to_major(agreed.net, "EUR")
    assert Decimal(final["vat_20"]) + Decimal(deposit["vat_20"]) == money.to_major(agreed.tax, "EUR")
    yen = by_number[invoices.get(books["yen"]).number]
    assert (yen["currency"], yen["net_10"], yen["gross"]) == ("JPY", "150000", "165000")
    assert yen["client"] == "'=cmd|' /C calc'!A0"  # a formula is shown as text, never run
    assert by_number[""]["status"] == "draft" and rows[-1]["number"] == ""  # drafts last
    issued = [r["issue_date"] for r in rows if r["issue_date"]]
    assert issued == sorted(issued)


def test_invoices_csv_shows_the_client_as_invoiced(books, tmp_path):
    invoice = invoices.get(books["standard"])
    clients.update(invoice.client_id, company="Renamed Ltd", tax_id="TR0000000000")
    export.export_csv("invoices", tmp_path / "a.csv")
    rows = {r["number"]: r for r in read_csv(tmp_path / "a.csv")}
    assert (rows[invoice.number]["client"], rows[invoice.number]["client_vat_id"]) == ("Şişli Kahve Evi",
                                                                                       "TR9876543210")
    assert rows[""]["client"] == "Renamed Ltd"  # a draft shows the client as it is now


def test_invoices_csv_is_written_a_page_at_a_time(books, tmp_path, monkeypatch):
    export.export_csv("invoices", tmp_path / "whole.csv")
    monkeypatch.setattr(export, "PAGE", 2)
    export.export_csv("invoices", tmp_path / "paged.csv")
    assert (tmp_path / "paged.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_payments_csv(books, tmp_path):
    assert export.export_csv("payments", tmp_path / "p.csv") == 2
    rows = read_csv(tmp_path / "p.csv")
    assert list(rows[0]) == ["invoice", "date", "amount", "currency", "method", "reference"]
    assert sum(Decimal(r["amount"]) for r in rows) == sum(money.to_major(i.paid, i.currency)
                                                         for i in Invoice.select().where(Invoice.paid > 0))


def test_a_failed_export_leaves_no_half_file(books, tmp_path, monkeypatch):
    target = tmp_path / "invoices.csv"
    target.write_text("the previous export")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_invoices_csv", broken)
    with pytest.raises(StudioError, match="Could not write .*No space left on device"):
        export.export_csv("invoices", target)
    assert target.read_text() == "the previous export" and not list(tmp_path.glob("*.part"))


def test_dates_in_csv_are_iso(books, tmp_path):
    export.export_csv("invoices", tmp_path / "i.csv")
    rows = read_csv(tmp_path / "i.csv")
    for r in rows:
        for column in ("issue_date", "supply_date", "due_date"):
            assert r[column] == "" or dt.date.fromisoformat(r[column])
