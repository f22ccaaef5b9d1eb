"""Importing into a real database (SQLite and PostgreSQL): what is created, skipped and refused; all or nothing;
past invoices as history counted in the money, their numbers reserved."""

from __future__ import annotations

import pytest

from studio_app.cli import parser
from studio_app.importing import plan
from studio_app.money import numbering
from studio_app.store import check
from studio_app.store.models import Client, Invoice, NumberCounter, Payment, Project
from studio_app.text.errors import StudioError
from studio_app.today import money as today_money
from studio_app.work import invoices, issuing

from tests import factories

from . import samples


def test_clients_from_invoice_ninja_then_again_as_duplicates(any_db, tmp_path):
    path = samples.write(tmp_path, "ninja-clients.csv", samples.INVOICE_NINJA_CLIENTS)
    done = plan.import_csv("clients", path)
    assert done.imported and len(done.created) == 2 and not done.refused
    kaya = Client.get(Client.email == "deniz@kaya.com.tr")
    assert (kaya.name, kaya.tax_id, kaya.currency) == ("Kaya Tasarım", "TR1234567890", "TRY")
    assert kaya.address == "Bağdat Cd. 12\nD:4\n34710 İstanbul\nKadıköy" and kaya.notes == "Likes calls, not e-mail"
    again = plan.import_csv("clients", path)
    assert len(again.created) == 0 and [o.reason for o in again.duplicates] == [
        "same VAT id TR1234567890", "same VAT id EL094019245"]
    assert Client.select().count() == 2


def test_clients_in_turkish_greek_and_malay(any_db, tmp_path):
    plan.import_csv("clients", samples.excel(tmp_path, "tr.csv", samples.TURKISH_CLIENTS))
    plan.import_csv("clients", samples.write(tmp_path, "el.csv", samples.GREEK_CLIENTS, "cp1253"))
    plan.import_csv("clients", samples.write(tmp_path, "ms.csv", samples.MALAY_CLIENTS, "utf-16-le", b"\xff\xfe"))
    ayse = Client.get(Client.email == "ayse@kahve.com.tr")
    assert (ayse.language, ayse.currency, ayse.birthday.isoformat()) == ("tr", "TRY", "1985-12-31")
    assert Client.get(Client.email == "ismail@ilgaz.com.tr").currency == "TRY"  # "TL"
    giorgos = Client.get(Client.tax_id == "EL094019245")
    assert (giorgos.name, giorgos.language) == ("Γιώργος Παπαδόπουλος", "el")
    assert Client.get(Client.email == "aisyah@rahman.my").language == "ms"
    assert not check.run()


def test_a_bad_row_changes_nothing_unless_skipped(any_db, tmp_path):
    text = ("Name,Email,VAT Number\nGood One,good@one.com,\nBad Mail,not-an-email,\n"
            "Bad VAT,vat@bad.com,EL123456789\nSame Mail,GOOD@one.com,\n")
    path = samples.write(tmp_path, "mixed.csv", text)
    result = plan.import_csv("clients", path)
    assert not result.imported and Client.select().count() == 0
    assert [(o.row, o.column) for o in result.refused] == [(3, "Email"), (4, "VAT Number")]
    assert "check digit" in result.refused[1].reason
    assert [o.row for o in result.duplicates] == [5]  # the same e-mail as row 2, in another case
    assert plan.preview("clients", path).refused  # the dry run says the same, writing nothing
    skipped = plan.import_csv("clients", path, skip_bad=True)
    assert skipped.imported and [c.name for c in Client.select()] == ["Good One"]


def test_projects_by_client_name_or_email(any_db, tmp_path):
    factories.client(name="Ayşe Yılmaz", email="ayse@example.com")
    text = ("Client;Client Email;Project Name;Status;Deadline;Budget\n"
            "ayşe yılmaz;;Brand identity;In progress;31.01.2027;4.000,00\n"
            ";ayse@example.com;Packaging;Completed;15.02.2027;1.250,50\n"
            "Nobody;;Website;lead;;0\n")
    result = plan.import_csv("projects", samples.write(tmp_path, "projects.csv", text), skip_bad=True)
    assert [o.reason for o in result.refused] == ["There is no client named “Nobody”; import or add the client first."]
    projects = {p.title: p for p in Project.select()}
    assert (projects["Brand identity"].status, projects["Brand identity"].price) == ("active", 400000)
    assert (projects["Packaging"].status, projects["Packaging"].deadline.isoformat()) == ("delivered", "2027-02-15")


def test_past_invoices_are_history_counted_in_the_money(any_db, tmp_path, today):
    factories.studio()
    plan.import_csv("clients", samples.write(tmp_path, "c.csv", samples.INVOICE_NINJA_CLIENTS))
    path = samples.write(tmp_path, "ninja-invoices.csv", samples.INVOICE_NINJA_INVOICES)
    result = plan.import_csv("invoices", path)
    assert result.imported and len(result.created) == 2
    paid, partial = Invoice.get(Invoice.number == "INV-2026-0040"), Invoice.get(Invoice.number == "INV-2026-0041")
    assert (paid.total_net, paid.total_gross, paid.paid, paid.currency) == (100000, 120000, 120000, "TRY")
    assert paid.imported_from == "ninja-invoices.csv" and paid.status == "issued" and paid.paid_on is not None
    assert (partial.total_gross, partial.paid, partial.paid_on) == (300060, 200000, None)
    assert invoices.totals(partial).tax == 50010  # the VAT as the file states it
    assert Payment.select().where(Payment.invoice == partial.id).get().amount == 200000
    outstanding = {a.currency: a.amount for a in today_money.outstanding()}
    assert outstanding == {"EUR": 100060}
    with pytest.raises(StudioError, match="imported from ninja-invoices.csv.*no PDF"):
        issuing.pdf_bytes("invoice", paid.id)
    # its numbers are reserved: the counter continues after them, the same number again is refused
    assert NumberCounter.get((NumberCounter.series == "invoice") & (NumberCounter.year == 2026)).last == 41
    again = plan.import_csv("invoices", path)
    assert not again.imported and "already used by an invoice" in again.refused[0].reason
    issued = factories.issued_invoice(Client.get(Client.email == "deniz@kaya.com.tr").id)
    assert issued.number == "INV-2026-0042"
    assert not check.run()


def test_invoices_with_lines_decimal_comma_and_refusals(any_db, tmp_path, today):
    factories.studio()
    factories.client(name="Kaya Tasarım", email="deniz@kaya.com.tr", currency="TRY")
    text = ("Fatura No;Müşteri;Fatura Tarihi;Açıklama;Miktar;Birim Fiyat;KDV Oranı;Genel Toplam;Ödeme Durumu\n"
            "2025/17;Kaya Tasarım;31.12.2025;Logo;1;1.000,00;20;1.440,00;Ödendi\n"
            "2025/17;Kaya Tasarım;31.12.2025;Kartvizit;2;100,00;20;1.440,00;Ödendi\n"
            "2025/18;Kaya Tasarım;31.12.2025;Afiş;1;100,00;20;999,00;Ödenmedi\n"
            "2025/19;Kaya Tasarım;32.12.2025;Afiş;1;100,00;20;120,00;Ödenmedi\n")
    result = plan.import_csv("invoices", samples.write(tmp_path, "faturalar.csv", text, "cp1254"))
    assert not result.imported and Invoice.select().count() == 0
    assert [(o.row, o.column) for o in result.refused] == [(4, "Genel Toplam"), (5, "Fatura Tarihi")]
    assert "The lines add up to 120.00, but the total says 999.00." == result.refused[0].reason
    result = plan.import_csv("invoices", samples.write(tmp_path, "faturalar.csv", text, "cp1254"), skip_bad=True)
    invoice = Invoice.get(Invoice.number == "2025/17")
    assert [line.description for line in invoices.line_rows(invoice.id)] == ["Logo", "Kartvizit"]
    assert (invoice.total_gross, invoice.paid) == (144000, 144000)
    assert not check.run()


def test_continue_numbering_after_the_last_number_of_the_old_tool(any_db, today):
    factories.studio()
    assert numbering.continue_after("invoice", 2026, 41) == 2026
    client = factories.client()
    assert factories.issued_invoice(client.id).number == "INV-2026-0042"
    with pytest.raises(StudioError, match="INV-2026-0042 is already issued or imported.*after 42 at|lowest it can "
                                          "continue after is 42"):
        numbering.continue_after("invoice", 2026, 10)
    numbering.continue_after("invoice", 2026, 100)
    assert factories.issued_invoice(client.id).number == "INV-2026-0101"
    assert not check.run()


def test_cli_import_csv_and_json_and_numbering(sqlite_db, tmp_path, capsys):
    path = samples.write(tmp_path, "c.csv", "Name,Email\nKaya,k@kaya.tr\nBad,nope\n")
    assert parser.run(parser.parse(["--db", str(sqlite_db), "import", "clients", str(path), "--dry-run"])) == 0
    out = capsys.readouterr()
    assert "1 clients would be created, 0 skipped as duplicates, 1 refused" in out.out
    assert "row 3, column “Email”" in out.err
    assert parser.run(parser.parse(["--db", str(sqlite_db), "import", "clients", str(path)])) == 1
    assert "Nothing was imported" in capsys.readouterr().err
    assert parser.run(parser.parse(["--db", str(sqlite_db), "import", "clients", str(path), "--skip-bad",
                                    "--map", "email=Email"])) == 0
    assert "1 clients created" in capsys.readouterr().out
    assert parser.run(parser.parse(["--db", str(sqlite_db), "numbering", "continue", "invoice", "--year", "2026",
                                    "--after", "41"])) == 0
    assert "the next number is 42" in capsys.readouterr().out
    export = tmp_path / "all.json"
    assert parser.run(parser.parse(["--db", str(sqlite_db), "export", "json", "-o", str(export)])) == 0
    assert parser.run(parser.parse(["--db", str(tmp_path / "new.sqlite3"), "import", str(export)])) == 0
    assert "Imported" in capsys.readouterr().out


def test_the_import_checks_again_under_its_lock(any_db, tmp_path):
    """A client another desk added after the preview is a duplicate at import time, not a second copy."""
    path = samples.write(tmp_path, "c.csv", "Name,Email\nKaya,k@kaya.tr\nIlgaz,i@ilgaz.tr\n")
    assert len(plan.preview("clients", path).created) == 2
    factories.client(name="Kaya (typed on another desk)", email="K@kaya.tr")
    done = plan.import_csv("clients", path)
    assert [o.row for o in done.duplicates] == [2] and len(done.created) == 1
    assert Client.select().where(Client.email.contains("kaya")).count() == 1


def test_an_imported_invoice_can_be_paid_and_credited_like_any_other(sqlite_db, tmp_path, today):
    from studio_app.work import payments
    factories.studio()
    factories.client(name="Kaya Tasarım", email="deniz@kaya.com.tr", currency="TRY")
    text = "Invoice Number,Client,Date,Total,Status\nOLD-7,Kaya Tasarım,2026-01-15,1000.00,unpaid\n"
    plan.import_csv("invoices", samples.write(tmp_path, "old.csv", text))
    invoice = Invoice.get(Invoice.number == "OLD-7")
    payments.record(invoice.id, "400")
    assert Invoice.get_by_id(invoice.id).paid == 40000
    assert not check.run()


def test_imported_history_survives_a_json_export_and_import(sqlite_db, tmp_path, today):
    from studio_app.files import export
    from studio_app.store import db, startup
    factories.studio()
    plan.import_csv("clients", samples.write(tmp_path, "c.csv", samples.INVOICE_NINJA_CLIENTS))
    plan.import_csv("invoices", samples.write(tmp_path, "i.csv", samples.INVOICE_NINJA_INVOICES))
    export.export_json(tmp_path / "all.json")
    db.close()
    startup.open_database(tmp_path / "again.sqlite3")
    export.import_json(tmp_path / "all.json")
    assert {i.number: i.imported_from for i in Invoice.select()} == {"INV-2026-0040": "i.csv", "INV-2026-0041": "i.csv"}
    assert not check.run()
