"""Reading files as spreadsheets and tools write them: every encoding and delimiter, Excel's habits, bad files."""

from __future__ import annotations

import codecs

import pytest

from studio_app.importing import cells, detect, headers
from studio_app.text.errors import StudioError

from . import samples


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"), ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"), ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("cp1254", b"", "cp1254"),
])
def test_turkish_names_in_every_encoding(tmp_path, encoding, bom, expected):
    path = samples.write(tmp_path, "müşteriler.csv", samples.TURKISH_CLIENTS, encoding, bom)
    table = detect.read_table(path)
    assert (table.encoding, table.delimiter) == (expected, ";")
    assert table.headers[0] == "Müşteri Adı"
    assert [cells[0] for _, cells in table.records] == ["Ayşe Yılmaz", "İsmail Işık"]
    assert table.records[1][1][3] == "" and table.records[1][1][8] == "TL"


def test_greek_in_windows_1253_is_not_taken_for_turkish(tmp_path):
    path = samples.write(tmp_path, "πελάτες.csv", samples.GREEK_CLIENTS, "cp1253")
    table = detect.read_table(path)
    assert table.encoding == "cp1253"
    assert table.records[0][1][:2] == ["Γιώργος Παπαδόπουλος", "Αθηναϊκή Σχεδίαση ΑΕ"]


def test_western_european_in_windows_1252(tmp_path):
    path = samples.write(tmp_path, "clients.csv", "Name,Company\nJosé Müller,Café Noël\n", "cp1252")
    table = detect.read_table(path)
    assert table.encoding == "cp1252" and table.records[0][1] == ["José Müller", "Café Noël"]


def test_tab_and_comma_and_quoted_multiline_cells(tmp_path):
    table = detect.read_table(samples.write(tmp_path, "m.csv", samples.MALAY_CLIENTS))
    assert table.delimiter == "\t" and table.records[0][1][0] == "Aisyah Rahman"
    table = detect.read_table(samples.write(tmp_path, "h.csv", samples.HONEYBOOK_CLIENTS))
    assert table.delimiter == "," and table.records[0][1][4] == "12 Main St\nSpringfield"
    # a comma inside quoted addresses does not make the file comma-separated
    text = 'Name;Address\n"Kaya";"Bağdat Cd. 12, D:4, Kadıköy"\n"Ilgaz";"Moda, 34710"\n'
    assert detect.read_table(samples.write(tmp_path, "q.csv", text)).delimiter == ";"


def test_excel_csv_with_sep_line_bom_and_crlf(tmp_path):
    path = samples.excel(tmp_path, "excel.csv", "Name;Notes\nKaya;\"two\nlines\"\nIlgaz;x\n")
    table = detect.read_table(path)
    assert table.delimiter == ";" and table.headers == ["Name", "Notes"]
    # rows as the spreadsheet numbers them: sep= is row 1, the header row 2; a two-line cell is one row
    assert [row for row, _ in table.records] == [3, 4]
    assert table.records[0][1][1].splitlines() == ["two", "lines"] and table.records[1][1] == ["Ilgaz", "x"]


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF, not a CSV"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
    (bytes(range(256)) * 20, "not a text file"),
    ("名前,メール\n山田,yamada@example.jp\n".encode("shift_jis"), "encoding of"),
])
def test_files_that_are_not_csv_are_refused_saying_why(tmp_path, content, words):
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    with pytest.raises(StudioError) as refused:
        detect.read_table(path)
    assert words in refused.value.message and "clients.csv" in refused.value.message


def test_amount_columns_decide_their_decimal_mark():
    assert cells.decimal_mark(["1.234,56", "12,00"]) == ","
    assert cells.decimal_mark(["1,234.56", "99"]) == "."
    assert cells.amount_text("1.234", ",") == "1234" and cells.amount_text("1,234", ".") == "1234"
    assert cells.amount_text("1 234,56", ",") == "1234.56" and cells.amount_text("(12.00)", ".") == "-12.00"


def test_date_order_is_decided_by_the_whole_column():
    read = cells.date_reader(["12/31/2026", "01/02/2026"], "Date")
    assert read("01/02/2026").isoformat() == "2026-01-02"
    read = cells.date_reader(["31/12/2026", "01/02/2026"], "Date")
    assert read("01/02/2026").isoformat() == "2026-02-01"
    assert cells.date_reader(["31.12.2026"], "Tarih")("31.12.2026").isoformat() == "2026-12-31"
    assert cells.date_reader([], "D")("2026-12-31 00:00:00").isoformat() == "2026-12-31"
    with pytest.raises(StudioError, match="could be day/month or month/day"):
        cells.date_reader(["01/02/2026", "03/04/2026"], "Date")
    with pytest.raises(StudioError, match="both day first and month first"):
        cells.date_reader(["31/01/2026", "01/31/2026"], "Date")


def test_headers_of_the_tools_and_languages_are_recognised():
    ninja = samples.INVOICE_NINJA_CLIENTS.splitlines()[0].split(",")
    found = headers.resolve("clients", ninja)
    assert {name: ninja[i] for name, i in found.items()}.items() >= {
        "name": "Name", "tax_id": "VAT Number", "address": "Street", "address2": "Apt/Suite", "email": "Email",
        "postal_code": "Postal Code", "notes": "Private Notes", "currency": "Currency"}.items()
    for text in (samples.TURKISH_CLIENTS, samples.GREEK_CLIENTS):
        names = text.splitlines()[0].split(";")
        assert set(headers.resolve("clients", names)) >= {"name", "company", "email", "phone", "tax_id", "language"}
    assert set(headers.guess("invoices", samples.CRATER_INVOICES.splitlines()[0].split(","))) == {
        "number", "client", "issue_date", "due_date", "net", "tax", "gross", "balance", "status"}
    assert headers.normal("  E-MAIL ") == headers.normal("e_mail") == "email"
    assert headers.normal("ΤΗΛΈΦΩΝΟ") == headers.normal("Τηλέφωνο")


def test_mapping_overrides_and_missing_required_columns():
    assert headers.resolve("clients", ["Kişi", "Posta"], {"name": "kişi", "email": "POSTA"}) == {"name": 0, "email": 1}
    with pytest.raises(StudioError, match="required field “name”"):
        headers.resolve("clients", ["Posta", "Telefon"])
    with pytest.raises(StudioError, match="no column “Nope”"):
        headers.resolve("clients", ["Name"], {"email": "Nope"})
    with pytest.raises(StudioError, match="no field “colour”"):
        headers.resolve("clients", ["Name"], {"colour": "Name"})


@pytest.mark.parametrize("text, encoding", [
    ("Ad;Soyad\nIşık;Öğüt\n", "cp1254"), ("Ad\nŞişli Ağaç Işıklı\n", "cp1254"),
    ("Όνομα;Πόλη\nΑΘΗΝΑ;Θεσσαλονίκη\n", "cp1253"), ("Name\nΓιώργος\n", "cp1253"),
])
def test_short_turkish_and_greek_files(tmp_path, text, encoding):
    table = detect.read_table(samples.write(tmp_path, "short.csv", text, encoding))
    assert table.encoding == encoding and table.records[0][1][0] == text.splitlines()[1].split(";")[0]
