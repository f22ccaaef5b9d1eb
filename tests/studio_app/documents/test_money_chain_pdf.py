"""Deposit → final chains checked by hand: German rates (19 % and 7 %), a Greek one in Greek and a Turkish
one in Turkish with tax-inclusive prices. Every figure below was worked out on paper; the PDFs must print
them, and the two invoices together must declare exactly the quote's VAT."""

from __future__ import annotations

import pytest

from studio_app.work import acceptance, billing, clients, invoices, issuing, payments, projects, quotes
from studio_app.text import i18n
from studio_app.store.models import Quote
from tests import factories

from .conftest import Pdf, flat


def chain(language: str, currency: str, lines: list[dict], percent: str, *, inclusive: bool = False,
          pay_deposit: bool = True):
    factories.studio()
    client = clients.create(name="Client", company="Client GmbH", language=language, currency=currency,
                            country="DE", tax_id="DE136695976")
    project = projects.create(client.id, title="Rebrand", price="1", tax_rate="19", deposit_percent=percent,
                              deadline="2027-01-15")
    quote = quotes.update_draft(quotes.create_from_project(project.id, lines).id, prices_include_tax=inclusive)
    quote, _, deposit = acceptance.accept(quotes.issue(quote.id).id)
    deposit = invoices.issue(deposit.id)
    if pay_deposit:
        payments.record(deposit.id, invoices.totals(deposit).due)
    final = invoices.issue(billing.create_final(project.id).id)
    return quote, invoices.get(deposit.id), final


def figures(document) -> list[tuple[str, int, int]]:
    totals = quotes.totals(document) if isinstance(document, Quote) else invoices.totals(document)
    return [(f"{g.category} {g.rate}", g.net, g.tax) for g in totals.rates]


def text(invoice) -> str:
    return flat(Pdf(issuing.pdf_bytes("invoice", invoice.id)).pypdf_text())


def test_german_rates_deposit_then_final(sqlite_db, today):
    quote, deposit, final = chain("en", "EUR", [
        {"description": "Logo", "quantity": "1", "unit_price": "3000", "tax_rate": "19"},
        {"description": "Print files", "quantity": "2", "unit_price": "250", "tax_rate": "7", "discount_percent": "10"},
    ], "30")
    assert figures(quote) == [("S 7", 45000, 3150), ("S 19", 300000, 57000)]  # 3,450.00 net, 601.50 VAT
    # 30 % of each rate: 135.00 at 7 % (VAT 9.45) and 900.00 at 19 % (VAT 171.00) = 1,215.45
    assert figures(deposit) == [("S 7", 13500, 945), ("S 19", 90000, 17100)]
    assert invoices.totals(deposit).gross == 121545
    # the quote's lines less the deposit with its VAT: 315.00 + 22.05 and 2,100.00 + 399.00 = 2,836.05
    assert figures(final) == [("S 7", 31500, 2205), ("S 19", 210000, 39900)]
    assert invoices.totals(final).gross == 283605
    assert invoices.totals(deposit).gross + invoices.totals(final).gross == quotes.totals(quote).gross == 405150
    shown = text(final)
    for words in ("Final invoice", "Logo", "Print files", f"Less deposit invoice {deposit.number} of 23 Nov 2026",
                  "(VAT €9.45)", "(VAT €171.00)",
                  "Net amount at 7% VAT €315.00", "VAT 7% €22.05", "Net amount at 19% VAT €2,100.00",
                  "VAT 19% €399.00", "Total VAT €421.05", "Total (EUR) €2,836.05", "Please pay €2,836.05"):
        assert words in shown, words
    assert "not yet paid" not in shown
    shown = text(deposit)
    assert "Total (EUR) €1,215.45" in shown and f"Deposit 30% of quote {quote.number}" in shown


def test_greek_chain_in_greek_with_an_unpaid_deposit(sqlite_db, today):
    quote, deposit, final = chain("el", "EUR", [
        {"description": "Λογότυπο", "quantity": "1", "unit_price": "2000", "tax_rate": "24"},
        {"description": "Εκτυπώσεις", "quantity": "4", "unit_price": "37.50", "tax_rate": "13",
         "discount_amount": "10"},
    ], "40", pay_deposit=False)
    assert figures(quote) == [("S 13", 14000, 1820), ("S 24", 200000, 48000)]  # 2,638.20 with VAT
    assert figures(deposit) == [("S 13", 5600, 728), ("S 24", 80000, 19200)]  # 1,055.28
    assert figures(final) == [("S 13", 8400, 1092), ("S 24", 120000, 28800)]  # 1,582.92
    owed = invoices.totals(deposit).due + invoices.totals(final).due
    assert owed == quotes.totals(quote).gross == 263820  # the unpaid deposit is owed once, on its own invoice
    shown = text(final)
    date = i18n.format_date(deposit.issue_date, "el")
    for words in (i18n.label("el", "final_invoice"), f"Μείον τιμολόγιο προκαταβολής {deposit.number} της {date}",
                  "δεν έχει εξοφληθεί ακόμη", "1.582,92 €"):
        assert words in shown, words
    assert "Προκαταβολή 40 %" in text(deposit) or "Προκαταβολή 40%" in text(deposit)


def test_turkish_chain_in_turkish_with_prices_including_vat(sqlite_db, today):
    quote, deposit, final = chain("tr", "TRY", [
        {"description": "Logo tasarımı", "quantity": "1", "unit_price": "12000", "tax_rate": "20"},
        {"description": "Baskı dosyaları", "quantity": "3", "unit_price": "1100", "tax_rate": "10"},
    ], "50", inclusive=True)
    # 12,000.00 incl. 20 % is 10,000.00 + 2,000.00; 3,300.00 incl. 10 % is 3,000.00 + 300.00
    assert figures(quote) == [("S 10", 300000, 30000), ("S 20", 1000000, 200000)]
    assert figures(deposit) == [("S 10", 150000, 15000), ("S 20", 500000, 100000)]  # 7,650.00
    assert figures(final) == [("S 10", 150000, 15000), ("S 20", 500000, 100000)]  # the other 7,650.00
    shown = text(final)
    for words in (i18n.label("tr", "final_invoice"), f"Düşülen avans faturası {deposit.number}", "7.650,00"):
        assert words in shown, words


@pytest.mark.parametrize("category, reason", [
    ("AE", "Reverse charge: VAT is to be accounted for by the recipient (Article 196, Directive 2006/112/EC)."),
    ("K", "Intra-community supply, exempt from VAT (Article 138, Directive 2006/112/EC)."),
    ("G", "Export outside the EU, exempt from VAT (Article 146, Directive 2006/112/EC)."),
])
def test_a_line_without_vat_prints_the_reason_the_law_asks_for(sqlite_db, today, category, reason):
    factories.studio(country="DE", address="Torstraße 1\n10119 Berlin", tax_id="DE811907980")  # the EU's law
    client = factories.client(language="en", country="DE", tax_id="DE136695976")
    invoice = invoices.issue(invoices.create_draft(client.id, lines=[
        {"description": "Logo", "unit_price": "1000", "tax_rate": "0", "vat_category": category},
        {"description": "Local print", "unit_price": "100", "tax_rate": "20"},
    ]).id)
    assert [(g.category, g.net, g.tax) for g in invoices.totals(invoice).rates] == \
        [(category, 100000, 0), ("S", 10000, 2000)]
    shown = text(invoice)
    assert reason in shown
    assert f"0% {category}" in shown


@pytest.mark.parametrize("country, category, reason, not_shown", [
    ("TR", "G", "Export of services, exempt from VAT (KDV) under Article 11/1-a of the Turkish VAT Law", "2006/112"),
    ("TR", "AE", "Reverse charge: the tax is to be accounted for by the recipient.", "2006/112"),
    ("MY", "G", "Exported service: not subject to service tax under the Service Tax Act 2018.", "2006/112"),
])
def test_a_studio_outside_the_eu_cites_its_own_law(sqlite_db, today, country, category, reason, not_shown):
    factories.studio(country=country)
    client = factories.client(language="en", country="DE", tax_id="DE136695976")
    invoice = invoices.issue(invoices.create_draft(client.id, lines=[
        {"description": "Logo", "unit_price": "1000", "tax_rate": "0", "vat_category": category}]).id)
    shown = text(invoice)
    assert reason in shown and not_shown not in shown
