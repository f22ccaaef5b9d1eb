"""The quote as a client reads it: scope, exclusions, timeline, price, deposit, revision policy, payment."""

from __future__ import annotations

from studio_app import money
from studio_app.work import projects, quotes
from studio_app.documents import render
from tests import factories

from .conftest import Pdf, flat, make_documents, render_png


def texts(pdf: Pdf, tmp_path) -> list[str]:
    return [flat(pdf.pypdf_text()), flat(pdf.poppler_text(tmp_path, layout=True))]


def test_quote_states_scope_price_deposit_and_revision_policy(english_docs, tmp_path):
    quote = quotes.get(english_docs.quote_id)
    figures = quotes.totals(quote)
    for text in texts(english_docs.pdf("quote", quote.id), tmp_path):
        assert "Quote" in text and quote.number in text
        assert "Valid until 23 Dec 2026" in text
        assert "A recognisable brand for a new coffee house." in text
        assert "Logo SVG + PNG logo set 1" in text and "Brand guide PDF, 20 pages 1" in text
        assert "Not included" in text and "Copywriting" in text and "Stock photo licences" in text
        assert "First concepts 10 Dec 2026" in text and "Final delivery by 15 January 2027." in text
        assert "Total (EUR) " + money.format_money(figures.gross, "EUR", "en_GB") in text
        assert "A deposit of 30% (€1,440.00 incl. VAT) is due on acceptance, before work starts." in text
        assert "2 revision rounds are included; each further round is billed at €60.00." in text
        assert "Change requests are made in writing or by email." in text
        assert "Bank transfer" in text and "IBAN: DE89 3704 0044 0532 0130 00" in text and "PayPal" in text
        assert "This quote is valid until 23 December 2026." in text


def test_hourly_revision_policy_and_one_round(sqlite_db, today, tmp_path):
    factories.studio()
    client = factories.client(language="en")
    project = factories.project(client.id, included_rounds=1, extra_round_billing="hourly", hourly_rate="75")
    quote = quotes.create_from_project(project.id)
    snapshot = __import__("studio_app.work.snapshots", fromlist=["x"]).build("quote", quote.id)
    text = flat(Pdf(render(snapshot)).poppler_text(tmp_path, layout=True))
    assert "1 revision round is included; further rounds are billed by the hour at €75.00." in text
    assert "DRAFT" in text
    assert projects.deposit_net(project) == 120000


def test_turkish_quote_reads_in_turkish(sqlite_db, today, tmp_path):
    docs = make_documents("tr")
    for text in texts(docs.pdf("quote", docs.quote_id), tmp_path):
        assert "Teklif" in text and "KDV %20" in text and "Kapsam dışı" in text
        assert "Fiyata 2 revizyon turu dahildir; her ek tur €60,00 olarak faturalanır." in text
        assert "Şişli Kahve Evi" in text and "Ayşe Yılmaz" in text
        assert "Geçerlilik tarihi 23 Ara 2026" in text


def test_greek_quote_reads_in_greek(greek_docs, tmp_path):
    for text in texts(greek_docs.pdf("quote", greek_docs.quote_id), tmp_path):
        assert "Προσφορά" in text and "ΦΠΑ 20%" in text and "Δεν περιλαμβάνονται" in text
        assert "Περιλαμβάνονται 2 γύροι αναθεωρήσεων· κάθε επιπλέον γύρος χρεώνεται 60,00 €." in text
        assert "Καφέ Αθηνά ΙΚΕ" in text


def test_quote_page_one_as_png(english_docs, output_dir):
    png = render_png(english_docs.pdf("quote", english_docs.quote_id).data, output_dir, "quote")
    assert png.stat().st_size > 10_000
