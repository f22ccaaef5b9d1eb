"""Turkish, Greek and Malaysian documents as a local accountant and lawyer read them: every document kind issued
for a studio in each country, read back with pdftotext, and the corrected words and figures asserted."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from .conftest import flat
from .local_docs import issue_all

OUTPUT = None


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    where = tmp_path_factory.mktemp("local-documents")
    return {country: issue_all(country, where) for country in ("TR", "GR", "MY")} | \
        {"TR-en": issue_all("TR", where, "en")}


def text(issued, country: str, kind: str) -> str:
    return flat(issued[country].texts[kind])


def _layout(pdf: bytes) -> str:
    """The text as laid out on the page, row by row."""
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


def test_turkish_capitals_terms_and_party_details(issued):
    quote, deposit, credit = (text(issued, "TR", k) for k in ("quote", "deposit", "credit"))
    contract = text(issued, "TR", "contract")
    assert "STÜDYO" in contract and "MÜŞTERİ" in contract and "MÜŞTERI " not in contract
    assert "Alacak dekontu" in credit and "İade faturası" not in credit
    assert "Avans faturası" in deposit and "Kapora" not in deposit
    for document in (quote, deposit):
        assert "Vergi dairesi: Kadıköy" in document and "VKN: 1234567890" in document
        assert "MERSİS no.: 0123456789000015" in document and "Ticaret sicil no.: İstanbul 123456" in document
        assert "Vergi dairesi: Şişli" in document and "TCKN: 10000000146" in document
    assert "Fiyata 2 revizyon turu dahildir" in quote
    assert "%30 oranında avans" in contract and "%30 %" not in contract


def test_turkish_invoice_has_the_amount_in_words(issued):
    deposit, final = text(issued, "TR", "deposit"), text(issued, "TR", "final")
    assert "₺1.440,00" in deposit and "Yalnız: bin dört yüz kırk TL" in deposit
    assert "Yalnız: üç bin üç yüz altmış TL" in final


def test_turkish_contract_names_the_law_the_courts_the_rights_and_the_stamp(issued):
    contract = text(issued, "TR", "contract")
    assert "Türkiye Cumhuriyeti hukuku uygulanır" in contract
    assert "Mahkemeleri ve İcra Daireleri yetkilidir" in contract
    assert "FSEK" in contract and "52. maddesi" in contract
    for right in ("işleme hakkı", "çoğaltma hakkı", "yayma hakkı", "temsil hakkı", "umuma iletim hakkı"):
        assert right in contract
    assert "Süre: koruma süresi boyunca. Yer: tüm dünya. Devir münhasırdır." in contract
    assert "Tebligat adresleri" in contract and "Moda Cad. 12 34710 Kadıköy, İstanbul, hello@deniz.design" in contract
    assert "Damga vergisi" in contract and contract.count("Kaşe") == 2
    assert "2006/112" not in contract


def test_english_contract_of_a_turkish_studio_keeps_turkish_law(issued):
    contract = text(issued, "TR-en", "contract")
    assert "THE STUDIO" in contract and "governed by the law of the Republic of Türkiye" in contract
    assert "Article 52 of the Turkish Law on Intellectual and Artistic Works (FSEK)" in contract
    assert "The price includes" not in contract and "2 revision rounds are included" in contract


def test_greek_invoice_title_capitals_and_party_details(issued):
    deposit, credit = text(issued, "GR", "deposit"), text(issued, "GR", "credit")
    contract = text(issued, "GR", "contract")
    assert "ΠΕΛΑΤΗΣ" in deposit and "ΠΕΛΆΤΗΣ" not in deposit
    assert "ΤΟ ΣΤΟΥΝΤΙΟ" in contract and "ΣΤΟΎΝΤΙΟ" not in contract
    title = re.sub(r"\s+", " ", deposit)
    assert "Τιμολόγιο Παροχής Υπηρεσιών" in title and "Προκαταβολή" in title
    assert "ΑΦΜ: EL094014201" in deposit and "ΑΦΜ: EL123456783" in deposit and "GR094014201" not in deposit
    assert "ΔΟΥ: Α' Αθηνών" in deposit and "Επάγγελμα: Υπηρεσίες γραφιστικού σχεδιασμού" in deposit
    assert "Επάγγελμα: Καφετέρια" in deposit and "Αρ. ΓΕΜΗ: 123456701000" in deposit
    # each label beside its value, read row by row (pdftotext's reading order joins the facts' last values to the
    # lines table since the amount-due box moved the facts column to run longer than the client's block)
    rows = "\n".join(flat(line) for line in _layout(issued["GR"].pdfs["deposit"]).splitlines())
    assert "Σειρά INV-2026\n" in rows and "Α/Α 0001\n" in rows and "Τρόπος πληρωμής Τραπεζική μεταφορά\n" in rows
    assert "ΜΑΡΚ" in deposit and "400001234567890" in deposit and "myDATA" in deposit
    assert "Πιστωτικό τιμολόγιο" in credit


def test_greek_plurals_and_percent_style(issued):
    quote, contract = text(issued, "GR", "quote"), text(issued, "GR", "contract")
    assert "Περιλαμβάνονται 2 γύροι αναθεωρήσεων" in quote and "κύκλους" not in quote
    assert "προκαταβολή 30% (1.200,00 € πλέον ΦΠΑ)" in contract
    assert not re.search(r"\d %", contract + quote), "one percent style: 30%, never 30 %"
    assert "ελληνικό δίκαιο" in contract and "αρμόδια είναι τα δικαστήρια" in contract
    assert "ν. 2121/1993" in contract and "Διάρκεια: για όλο τον χρόνο προστασίας" in contract
    assert contract.count("Σφραγίδα") == 2


def test_greek_credit_note_carries_the_mark_of_the_invoice_it_corrects(tmp_path):
    from studio_app.store import db, startup
    from studio_app.work import clock, invoices, issuing
    from tests import factories
    from .local_docs import CLIENTS, STUDIOS, text_of
    import datetime as dt
    startup.open_database(tmp_path / "gr.sqlite3")
    try:
        with clock.frozen(dt.datetime(2026, 5, 4, 9, 0)):
            factories.studio(**STUDIOS["GR"])
            client = factories.client(language="el", **CLIENTS["GR"])
            draft = invoices.create_draft(client.id, lines=[{"description": "Αφίσα", "quantity": "1",
                                                             "unit_price": "300", "tax_rate": "24"}])
            invoices.update_draft(draft.id, mydata_mark="400009876543210")
            original = invoices.issue(draft.id)
            note = invoices.issue(invoices.create_credit_note(original.id, "").id)
            credit = flat(text_of(issuing.pdf_bytes("invoice", note.id), tmp_path, "credit"))
    finally:
        db.close()
    assert "ΜΑΡΚ συσχετιζόμενου τιμολογίου 400009876543210" in credit


def test_malaysian_documents_use_sst_and_local_bank_details(issued):
    for kind in ("quote", "deposit", "final", "credit"):
        document = text(issued, "MY", kind)
        assert not re.search(r"\bCukai\b(?! perkhidmatan)", document), kind
        assert "Directive" not in document and "Arahan" not in document and "2006/112" not in document
    deposit = text(issued, "MY", "deposit")
    assert "Cukai perkhidmatan 8%" in deposit and "SST" in deposit
    assert "No. pendaftaran SST: W10-1808-31000001" in deposit
    assert "No. pengenalan cukai (TIN): C2584563202" in deposit
    assert "No. pendaftaran syarikat (SSM): 201901000005" in deposit
    assert "No. akaun: 514012345678" in deposit and "SWIFT: MBBEMYKL" in deposit and "IBAN" not in deposit
    assert "ID DuitNow: 201901000005" in deposit and "SEPA" not in deposit
    assert "RM1,296.00" in deposit


def test_malaysian_contract_has_law_rights_stamp_and_witnesses(issued):
    contract = text(issued, "MY", "contract")
    assert "Pusingan pindaan" in contract or "pusingan pindaan" in contract
    assert "semakan" not in contract.lower()
    assert "undang-undang Malaysia" in contract and "mahkamah Malaysia" in contract
    assert "seksyen 27 Akta Hak Cipta 1987" in contract and "Wilayah: seluruh dunia" in contract
    assert "Akta Setem 1949" in contract
    assert contract.count("Cop syarikat") == 2 and contract.count("SAKSI") == 2
    assert "(tidak termasuk cukai perkhidmatan)" in contract


def test_the_pages_render_for_a_person_to_look_at(issued, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    from pathlib import Path
    out = Path(__file__).resolve().parents[2] / "output" / "local-documents"
    out.mkdir(parents=True, exist_ok=True)
    for country in ("TR", "GR", "MY"):
        for kind in ("deposit", "contract"):
            pdf = out / f"{country}-{kind}.pdf"
            pdf.write_bytes(issued[country].pdfs[kind])
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / f"{country}-{kind}")], check=True)
    assert list(out.glob("*.png"))


def test_the_programs_units_read_in_the_documents_language(tmp_path):
    from studio_app.documents import render
    from studio_app.text.i18n import LANGUAGES
    from .local_docs import text_of
    for language, unit in (("tr", "sa."), ("el", "ώρ."), ("ms", "jam")):
        assert language in LANGUAGES
        snapshot = {"kind": "invoice", "document": {"invoice_kind": "standard", "language": language, "currency": "EUR",
                    "lines": [{"description": "Design", "quantity": "2", "unit": "h", "unit_price": "6000",
                               "tax_rate": "20"}]}, "parties": {"seller": {"name": "S"}, "buyer": {"name": "B"}}}
        assert f"2 {unit}" in flat(text_of(render(snapshot), tmp_path, language))


def test_malaysian_invoice_prints_a_duitnow_qr_a_bank_app_reads(issued, tmp_path):
    from studio_app.documents import duitnow
    deposit = text(issued, "MY", "deposit")
    assert "Imbas dengan aplikasi perbankan anda untuk membayar melalui DuitNow." in deposit
    assert "Maybank" in deposit and "SEPA" not in deposit
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    (tmp_path / "deposit.pdf").write_bytes(issued["MY"].pdfs["deposit"])
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(tmp_path / "deposit.pdf"),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    found = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sqrcode.enable", str(page)], capture_output=True,
                           text=True).stdout.strip()
    assert found, "no QR code found on the Malaysian deposit invoice"
    assert duitnow.crc16(found[:-4]) == found[-4:]
    fields = duitnow.parse(found)
    assert duitnow.parse(fields["26"]) == {"00": "A0000006150001", "01": "588734", "02": "201901000005"}
    assert fields["53"] == "458" and fields["58"] == "MY" and fields["54"] == "1296.00"
    assert "Rujukan: INV-2026-0001" in deposit and duitnow.parse(fields["62"])["01"] == "INV-2026-0001"
