"""Invoices as a client and an accountant read them: Art. 226 fields, totals, payment, corrections."""

from __future__ import annotations

import copy
import subprocess

import pytest

from studio_app.work import billing, invoices, issuing, settings
from studio_app import money
from studio_app.documents import render
from studio_app.documents.payment import epc_payload
from studio_app.text.i18n import locale_for
from studio_app.money.lines import as_money_lines
from tests import factories

from .conftest import Pdf, flat, make_documents, render_png, with_final


def both(pdf: Pdf, tmp_path) -> tuple[str, str]:
    return flat(pdf.pypdf_text()), flat(pdf.poppler_text(tmp_path, layout=True))


def test_deposit_invoice_shows_every_art_226_field_and_the_money_module_totals(english_docs, tmp_path):
    invoice = invoices.get(english_docs.deposit_id)
    figures = invoices.totals(invoice)
    for text in both(english_docs.pdf("invoice", invoice.id), tmp_path):
        assert "Deposit invoice" in text
        assert invoice.number in text
        assert "Date of issue 23 Nov 2026" in text and "Date of supply 23 Nov 2026" in text
        assert "Due date 7 Dec 2026" in text
        assert "Deniz Design Studio" in text and "Moda Cad. 12" in text and "VAT ID: TR1234567890" in text
        assert "Morgan & Sons <Ltd>" in text and "12 High Street" in text and "VAT ID: GB123456789" in text
        assert "Deposit 30% of quote Q-2026-0001 —" in text and "Brand identity" in text
        assert "Net amount at 20% VAT " + money.format_money(figures.rates[0].net, "EUR", "en_GB") in text
        assert "VAT 20% " + money.format_money(figures.rates[0].tax, "EUR", "en_GB") in text
        assert "Total (EUR) " + money.format_money(figures.gross, "EUR", "en_GB") in text
        assert figures.gross == 144000
        assert "IBAN: DE89 3704 0044 0532 0130 00" in text and "BIC: COBADEFFXXX" in text
        assert "PayPal" in text
        assert f"Please pay €1,440.00 by 7 Dec 2026, quoting {invoice.number}" in text
        assert "Page 1" not in text  # one page: no "Page 1 of 1"


def test_final_invoice_deducts_the_deposit_with_its_vat(english_docs, tmp_path):
    docs = with_final(english_docs)
    final, deposit = invoices.get(docs.final_id), invoices.get(docs.deposit_id)
    figures = invoices.totals(final)
    assert figures.deducted == 0 and (figures.net, figures.tax) == (400000 - 120000, 80000 - 24000)
    for text in both(docs.pdf("invoice", final.id), tmp_path):
        assert "Final invoice" in text
        assert f"Less deposit invoice {deposit.number} of 23" in text and "-1,200.00" in text
        assert "Net amount at 20% VAT €2,800.00" in text and "VAT 20% €560.00" in text
        assert "Total (EUR) €3,360.00" in text
        assert "not yet paid" not in text
        assert figures.due == 480000 - 144000


def test_an_unpaid_deposit_is_deducted_once_and_stays_owed_on_its_invoice(english_docs, tmp_path):
    deposit = invoices.get(english_docs.deposit_id)
    final = invoices.issue(billing.create_final(english_docs.project_id).id)
    text = flat(Pdf(issuing.pdf_bytes("invoice", final.id)).pypdf_text())
    assert f"Less deposit invoice {deposit.number} of 23 Nov 2026 (VAT €240.00) — not yet paid, still due on " \
           "that invoice" in text
    owed = invoices.totals(invoices.get(deposit.id)).due + invoices.totals(invoices.get(final.id)).due
    assert owed == 480000  # the agreement, not the agreement plus the deposit


def test_credit_note_references_the_invoice_it_corrects(english_docs, tmp_path):
    original = invoices.get(english_docs.deposit_id)
    note = invoices.issue(invoices.create_credit_note(original.id, "Deposit cancelled").id)
    for text in both(Pdf(issuing.pdf_bytes("invoice", note.id)), tmp_path):
        assert "Credit note" in text and note.number in text
        assert f"Corrects invoice {original.number}" in text
        assert f"This credit note corrects invoice {original.number} of 23 Nov 2026." in text
        assert "Amount credited €1,440.00" in text
        assert "Please pay" not in text


def test_epc_qr_code_only_for_euro_with_an_iban(english_docs, tmp_path):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    assert "Scan with your banking app" in flat(Pdf(render(snapshot)).poppler_text(tmp_path))
    ringgit = copy.deepcopy(snapshot)
    ringgit["document"]["currency"] = "MYR"
    assert "Scan with your banking app" not in flat(Pdf(render(ringgit)).poppler_text(tmp_path))
    no_iban = copy.deepcopy(snapshot)
    no_iban["parties"]["seller"]["iban"] = ""
    text = flat(Pdf(render(no_iban)).poppler_text(tmp_path))
    assert "Scan with your banking app" not in text and "PayPal" in text
    payload = epc_payload("Deniz Design Studio", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", 144000, "DEP-1")
    lines = payload.decode("latin-1").splitlines()
    assert lines[2] in ("1", "2")  # segno picks UTF-8 or ISO 8859-1, whichever the name fits
    assert lines[:2] + lines[3:8] == ["BCD", "002", "SCT", "COBADEFFXXX", "Deniz Design Studio",
                                        "DE89370400440532013000", "EUR1440"]
    assert epc_payload("X", "DE89370400440532013000", "", 0, "r") is None


def test_escaped_markup_appears_literally(sqlite_db, today, tmp_path):
    factories.studio(name="Studio <i>Italic</i> & Co")
    client = factories.client(name="<b>Bold</b> & <font color='red'>Red</font>", company="", language="en")
    invoice = factories.issued_invoice(client.id, lines=[
        {"description": "Logo <b>&amp; <br/> <para> &nbsp; ]]>", "quantity": "1", "unit_price": "100", "tax_rate": "20"},
        {"description": "A long line that must wrap " * 6 + "<b>&</b>", "quantity": "1", "unit_price": "1", "tax_rate": "20"}])
    for text in both(Pdf(issuing.pdf_bytes("invoice", invoice.id)), tmp_path):
        assert "Studio <i>Italic</i> & Co" in text
        assert "<b>Bold</b> & <font color='red'>Red</font>" in text
        assert "Logo <b>&amp; <br/> <para> &nbsp; ]]>" in text
        assert "<b>&</b>" in text


def test_500_line_invoice_repeats_the_header_and_numbers_pages(english_docs, tmp_path):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    snapshot["document"]["lines"] = [
        {"description": f"Illustration {i}", "quantity": "1.5", "unit": "h", "unit_price": 4000 + i, "tax_rate": "20",
         "discount_percent": "0"} for i in range(500)]
    pdf = Pdf(render(snapshot))
    assert pdf.pages > 5
    figures = money.document_totals(as_money_lines(snapshot["document"]["lines"]), "EUR")
    for number, page in enumerate(pdf.reader.pages, start=1):
        text = flat(page.extract_text())
        assert f"Page {number} of {pdf.pages}" in text
        if number < pdf.pages:
            assert "Description Qty Unit price (EUR) VAT Amount (EUR)" in text
    assert "Illustration 499" in flat(pdf.poppler_text(tmp_path))
    assert "Total (EUR) " + money.format_money(figures.gross, "EUR", "en_GB") in flat(pdf.pypdf_text())


def test_letter_and_a4_page_sizes(english_docs):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    snapshot["style"]["paper_size"] = "Letter"
    letter = Pdf(render(snapshot)).reader.pages[0].mediabox
    snapshot["style"]["paper_size"] = "A4"
    a4 = Pdf(render(snapshot)).reader.pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_an_invoice_carries_the_studio_logo(sqlite_db, today):
    from io import BytesIO

    from PIL import Image
    from pypdf import PdfReader
    logo = BytesIO()
    Image.new("RGB", (40, 10), (200, 30, 30)).save(logo, format="PNG")
    factories.studio(logo=logo.getvalue())
    invoice = factories.issued_invoice(factories.client().id)
    (embedded,) = [image for page in PdfReader(BytesIO(issuing.pdf_bytes("invoice", invoice.id))).pages
                   for image in page.images]
    assert embedded.image.convert("RGB").tobytes() == Image.open(logo).convert("RGB").tobytes()


def test_identical_snapshots_give_identical_bytes(english_docs):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    assert render(snapshot) == render(copy.deepcopy(snapshot))


def test_issued_pdf_never_changes_when_settings_do(english_docs):
    before = issuing.pdf_bytes("invoice", english_docs.deposit_id)
    settings.update({"accent_color": "#AA3322", "name": "Renamed Studio"})
    assert issuing.pdf_bytes("invoice", english_docs.deposit_id) == before


@pytest.mark.parametrize("language, expected", [
    ("tr", ["Avans faturası", "KDV %20", "Genel toplam (EUR) €1.440,00", "Şişli Kahve Evi", "Ayşe Yılmaz",
            "Kadıköy, İstanbul", "Ğ ğ İ ı Ş ş", "ÖDENECEK TUTAR", "Son ödeme tarihi 7 Ara 2026"]),
    ("el", ["Τιμολόγιο Παροχής Υπηρεσιών", "Προκαταβολή", "ΦΠΑ 20%", "Σύνολο (EUR) 1.440,00 €", "Ελένη Παπαδοπούλου", "Καφέ Αθηνά ΙΚΕ",
            "Ερμού 25", "ΠΛΗΡΩΤΕΟ ΠΟΣΟ", "Προθεσμία πληρωμής 7 Δεκ 2026", "Τραπεζική μεταφορά"]),
    ("ms", ["Invois deposit", "VAT 20%", "Jumlah keseluruhan (EUR) €1,440.00", "JUMLAH PERLU DIBAYAR",
            "Pindahan bank"]),
])
def test_labels_names_dates_and_money_in_the_client_language(sqlite_db, today, tmp_path, language, expected):
    overrides = {"el": dict(name="Ελένη Παπαδοπούλου", company="Καφέ Αθηνά ΙΚΕ", address="Ερμού 25\nΑθήνα", tax_id="EL094014201",
                            country="GR")}.get(language, {})
    docs = make_documents(language, **overrides)
    invoice = invoices.get(docs.deposit_id)
    snapshot = docs.snapshot("invoice", invoice.id)
    snapshot["document"]["lines"][0]["description"] = "Ğ ğ İ ı Ş ş — Άλφα Ώρα ΐ"
    pdf = Pdf(render(snapshot))
    pypdf_text, poppler_text = both(pdf, tmp_path)
    for text in expected + ["Ğ ğ İ ı Ş ş — Άλφα Ώρα ΐ"]:
        assert text in pypdf_text, text
        assert text in poppler_text, text
    assert flat(money.format_money(invoice.total_gross, "EUR", locale_for(language))) in poppler_text


def test_extreme_input_renders_without_an_exception(sqlite_db, today, tmp_path, caplog):
    factories.studio()
    client = factories.client(name="Ж" * 50 + "שלום עליכם " + "N" * 139, company="", language="en")
    lines = [{"description": ("Long brief, paragraph after paragraph. " * 40 + "\n") * 12 + "x" * 800,
              "quantity": "1", "unit_price": "10", "tax_rate": "20"},
             {"description": "Emoji 😀🎨👩‍🎨 ✔ and CJK 漢字デザイン and Arabic مرحبا", "quantity": "2", "unit_price": "5",
              "tax_rate": "0"}]
    assert len(lines[0]["description"]) <= 20_000
    invoice = factories.issued_invoice(client.id, lines=lines)
    pdf = Pdf(issuing.pdf_bytes("invoice", invoice.id))
    text = flat(pdf.poppler_text(tmp_path))
    assert pdf.pages >= 2
    assert "ש" in text and "ע" in text and "Ж" * 10 in text  # real Hebrew and Cyrillic glyphs, not boxes
    assert "\ufffd" not in text  # shipped fonts draw CJK, emoji and Arabic: never a replacement character
    for typed in ("漢字デザイン", "😀🎨", "✔", "مرحبا"):
        assert typed in text, typed
    assert "Emoji" in text and "Arabic" in text
    assert "x" * 200 in text.replace(" ", "")


def test_page_one_as_png(english_docs, output_dir):
    docs = with_final(english_docs)
    for name, document_id in (("invoice_deposit", docs.deposit_id), ("invoice_final", docs.final_id)):
        png = render_png(issuing.pdf_bytes("invoice", document_id), output_dir, name)
        assert png.stat().st_size > 10_000


def test_the_pdf_says_what_it_is_who_made_it_and_its_language(turkish_docs):
    """An archive (and a screen reader) reads the title, the author and the language from the file itself."""
    invoice = invoices.get(turkish_docs.deposit_id)
    reader = turkish_docs.pdf("invoice", invoice.id).reader
    assert reader.metadata.title.endswith(invoice.number) and reader.metadata.author == "Deniz Design Studio"
    assert reader.trailer["/Root"]["/Lang"] == "tr"


@pytest.mark.parametrize("language", ["en", "tr", "el", "ms"])
@pytest.mark.parametrize("number", ["INV-2026-39163", "ACME-STUDIO-INV-2026-000039163"])
def test_a_long_invoice_number_stays_on_one_line_in_the_amount_due_box(sqlite_db, today, tmp_path, language, number):
    """The box's value column widens for the number (and a very long one is set smaller): its last digits were
    wrapped onto a line of their own."""
    from studio_app.documents.context import Context

    docs = make_documents(language)
    for kind, key in (("standard", "invoice_number"), ("credit_note", "credit_note_number")):
        snapshot = docs.snapshot("invoice", docs.deposit_id)
        snapshot["document"].update(number=number, invoice_kind=kind)
        label = Context(snapshot).text(key)
        pdf = Pdf(render(snapshot))
        (tmp_path / "doc.pdf").write_bytes(pdf.data)
        box = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-l", "1", "-x", "0", "-y", "0",
                              "-W", "1000", "-H", "250", str(tmp_path / "doc.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        lines = [line.strip() for line in box.splitlines() if line.strip()]
        # beside its label (which may wrap under itself beside a very long number)
        assert any(label.split()[0] in line and line.endswith(number) for line in lines), (kind, lines)
        assert not any(line in (number[-1:], number[-2:], number[-4:]) for line in lines), (kind, lines)
        # pypdf reads the box's values as lines of their own: the first with the number is the whole number
        first = next(line.strip() for line in pdf.reader.pages[0].extract_text().splitlines() if number[:8] in line)
        assert first == number, (kind, first)
