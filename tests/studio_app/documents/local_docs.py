"""Documents of a studio in Türkiye, Greece and Malaysia, issued once per module and read back as text."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from studio_app.store import db, startup
from studio_app.work import billing, clock, contracts, invoices, issuing, payments
from tests import factories

STUDIOS = {
    "TR": {"name": "Deniz Tasarım Stüdyosu", "address": "Moda Cad. 12\n34710 Kadıköy, İstanbul", "country": "TR",
           "tax_id": "", "iban": "TR33 0006 1005 1978 6457 8413 26", "bic": "ISBKTRIS", "currency": "TRY",
           "payment_methods": "Banka havalesi / EFT", "tax_office": "Kadıköy", "national_tax_id": "1234567890",
           "mersis_no": "0123456789000015", "trade_register": "İstanbul 123456"},
    "GR": {"name": "Στούντιο Δένη", "address": "Ερμού 10\n105 63 Αθήνα", "country": "GR", "tax_id": "GR094014201",
           "iban": "GR16 0110 1250 0000 0001 2300 695", "bic": "ETHNGRAA", "payment_methods": "Τραπεζική μεταφορά",
           "tax_office": "Α' Αθηνών", "profession": "Υπηρεσίες γραφιστικού σχεδιασμού", "trade_register": "123456701000"},
    "MY": {"name": "Studio Deniz Sdn. Bhd.", "address": "Jalan Ampang 50\n50450 Kuala Lumpur", "country": "MY",
           "tax_id": "", "iban": "", "bic": "MBBEMYKL", "bank_name": "Maybank", "currency": "MYR", "tax_rate": "8",
           "payment_methods": "Pindahan bank", "bank_account_number": "5140 1234 5678", "duitnow_id": "201901000005",
           "national_tax_id": "C2584563202", "trade_register": "201901000005", "sst_number": "W10-1808-31000001"},
}
CLIENTS = {
    "TR": {"name": "Ayşe Yılmaz", "company": "Şişli Kahve Evi", "country": "TR", "tax_id": "", "currency": "TRY",
           "address": "Halaskargazi Cd. 5\nŞişli, İstanbul", "tax_office": "Şişli", "national_tax_id": "10000000146"},
    "GR": {"name": "Ελένη Παπαδοπούλου", "company": "Καφέ Αθηνά ΙΚΕ", "country": "GR", "tax_id": "EL123456783",
           "address": "Ερμού 25\n105 63 Αθήνα", "tax_office": "ΦΑΕ Αθηνών", "profession": "Καφετέρια",
           "currency": "EUR"},
    "MY": {"name": "Siti Aminah", "company": "Kopi Jaya Sdn. Bhd.", "country": "MY", "tax_id": "", "currency": "MYR",
           "address": "Jalan Tun Razak 8\n50400 Kuala Lumpur", "national_tax_id": "C1234567890",
           "trade_register": "202001012345"},
}
LANGUAGE = {"TR": "tr", "GR": "el", "MY": "ms"}


@dataclass
class Issued:
    pdfs: dict[str, bytes] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


def text_of(pdf: bytes, where: Path, name: str) -> str:
    path = where / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def issue_all(country: str, where: Path, language: str | None = None, **project) -> Issued:
    """Quote, contract, deposit, final invoice and a credit note of the deposit, for a studio in ``country``."""
    language = language or LANGUAGE[country]
    startup.open_database(where / f"{country}-{language}.sqlite3")
    try:
        with clock.frozen(dt.datetime(2026, 5, 4, 9, 0)):
            factories.studio(**STUDIOS[country])
            client = factories.client(language=language, **CLIENTS[country])
            made = factories.project(client.id, **({"tax_rate": STUDIOS[country].get("tax_rate", "20")} | project))
            quote, contract, deposit = factories.accepted_quote(made.id)
            contracts.issue(contract.id)
            if country == "GR":
                invoices.update_draft(deposit.id, mydata_mark="400001234567890",
                                      mydata_url="https://www1.aade.gr/tameiakes/myweb/q1.php?SIG=ABC123")
            deposit = invoices.issue(deposit.id)
            payments.record(deposit.id, deposit.total_gross)
            final = invoices.issue(billing.create_final(made.id).id)
            credit = invoices.issue(invoices.create_credit_note(final.id, "").id)
            issued = Issued()
            for name, kind, number in (("quote", "quote", quote.id), ("contract", "contract", contract.id),
                                       ("deposit", "invoice", deposit.id), ("final", "invoice", final.id),
                                       ("credit", "invoice", credit.id)):
                issued.pdfs[name] = issuing.pdf_bytes(kind, number)
                issued.texts[name] = text_of(issued.pdfs[name], where, f"{country}-{language}-{name}")
            return issued
    finally:
        db.close()
