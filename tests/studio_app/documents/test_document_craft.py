"""How the documents read: the amount due at the top, country names, no empty columns, no orphaned totals, the
studio's address once, an acceptance block on the quote; every figure the money module's."""

from __future__ import annotations

import copy

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from studio_app import money
from studio_app.documents import render
from studio_app.documents.flowables import keep
from studio_app.text.i18n import locale_for
from studio_app.work import invoices
from tests.studio_app.documents.conftest import Pdf, flat


def test_the_amount_due_is_at_the_top_as_well_as_at_the_foot(english_docs, tmp_path):
    invoice = invoices.get(english_docs.deposit_id)
    due = money.format_money(invoices.totals(invoice).due, "EUR", locale_for("en"))
    text = flat(english_docs.pdf("invoice", invoice.id).poppler_text(tmp_path))
    top = text.index("AMOUNT DUE")
    assert text[top:].startswith(f"AMOUNT DUE {due} Due date 7 Dec 2026 Invoice no. {invoice.number}")
    assert text.index(due) < text.index("Description") < text.rindex(due)  # and again under the lines
    assert "Page 1" not in text


def test_countries_are_named_in_the_document_language_and_left_out_at_home(english_docs, tmp_path):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    english = flat(Pdf(render(snapshot)).poppler_text(tmp_path))
    assert "Türkiye" in english and "United Kingdom" in english and " GB " not in english
    greek = copy.deepcopy(snapshot)
    greek["document"]["language"] = "el"
    text = flat(Pdf(render(greek)).poppler_text(tmp_path))
    assert "Τουρκία" in text and "Ηνωμένο Βασίλειο" in text
    snapshot["parties"]["buyer"]["country"] = "TR"  # a client in the studio's own country: no country line
    assert flat(Pdf(render(snapshot)).poppler_text(tmp_path)).count("Türkiye") == 1


def test_the_quote_has_no_empty_column_and_ends_with_an_acceptance_block(english_docs, tmp_path):
    text = flat(english_docs.pdf("quote", english_docs.quote_id).poppler_text(tmp_path))
    assert "Deliverable Format Qty" in text and " Due " not in text  # no deliverable has a due date
    assert "Acceptance The Client accepts this quote and its terms." in text
    assert text.rindex("Signature") > text.index("Validity")


def test_the_contract_prints_the_studio_address_once(english_docs, tmp_path):
    text = flat(english_docs.pdf("contract", english_docs.contract_id).poppler_text(tmp_path))
    parties = text.index("THE STUDIO")
    assert "Moda Cad. 12" not in text[:parties] and "hello@deniz.design" not in text[:parties]  # not in the header
    assert text[parties:text.index("1. ")].count("Moda Cad. 12") == 1


def test_the_totals_never_stand_alone_on_a_page(english_docs, tmp_path):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    line = snapshot["document"]["lines"][0]
    checked = 0
    for count in range(24, 40, 3):  # wherever the page break falls, lines go over with the totals
        snapshot["document"]["lines"] = [dict(line, description=f"Item {n}") for n in range(count)]
        pdf = Pdf(render(snapshot))
        last = pdf.reader.pages[-1].extract_text()
        if pdf.pages > 1 and "Total (EUR)" in last:
            assert sum(f"Item {n}\n" in last + "\n" for n in range(count)) >= 3, count
            checked += 1
    assert checked


def test_a_keep_together_inside_another_is_unpacked():
    """reportlab's KeepTogether reports an endless height: one inside another always started a new page."""
    inner = KeepTogether([Spacer(1, 1), Spacer(1, 2)])
    outer = keep([Paragraph("x"), inner])
    assert [type(item) for item in outer._content] == [Paragraph, Spacer, Spacer]
