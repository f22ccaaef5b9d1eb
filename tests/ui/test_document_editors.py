"""The quote and invoice editors' confirmations, answered both ways through the recorder (ui/ask.py):
what the designer sees after Yes, and that No leaves everything as it was."""

from __future__ import annotations

import pytest

from studio_app.text.errors import StudioError
from studio_app.work import invoices, payments, quotes, revisions
from tests import factories
from tests.ui.test_workflow import click
from ui import ask

pytestmark = pytest.mark.gui


def draft_invoice(window):
    factories.studio()
    draft = invoices.create_draft(factories.client().id, lines=[{"description": "Poster", "quantity": "1",
                                                                 "unit_price": "100", "tax_rate": "20"}])
    window.open_record("invoice", draft.id)
    return draft, window.sections["invoices"].editor


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_deleting_a_draft_invoice_asks_first(qtbot, window, asked, answer):
    draft, editor = draft_invoice(window)
    section = window.sections["invoices"]
    asked.answer(answer)
    click(qtbot, editor.delete_button)
    assert asked.last == ask.Asked("question", "Studio Desk", "Delete this draft?", ("Yes", "No"))
    if answer == "Yes":
        assert section.currentWidget() is section.list and section.list.model.row_of(draft.id) == -1
        with pytest.raises(StudioError):
            invoices.get(draft.id)
    else:
        assert section.editing() and editor.heading.text() == "Invoice (draft)" and editor.badge.text() == "Draft"
        assert editor.delete_button.isVisible() and invoices.get(draft.id).status == "draft"


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_issuing_an_invoice_asks_first(qtbot, window, asked, answer):
    draft, editor = draft_invoice(window)
    asked.answer(answer)
    click(qtbot, editor.issue_button)
    assert asked.last.text == "Issue this invoice? It gets its number and can no longer be changed."
    invoice = invoices.get(draft.id)
    if answer == "Yes":
        assert invoice.status == "issued" and editor.heading.text() == f"Invoice {invoice.number}"
        assert editor.badge.text() == "Issued" and not editor.save_button.isVisible()
        assert editor.payment_button.isVisible() and editor.credit_button.isVisible()
    else:
        assert invoice.status == "draft" and invoice.number is None and editor.badge.text() == "Draft"
        assert editor.save_button.isVisible() and not editor.payment_button.isVisible()


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_undoing_the_last_payment_asks_with_its_amount_and_date(qtbot, window, asked, today, answer):
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)  # 2 × 250 + 20 % = 600.00
    payments.record(invoice.id, "200", date=today)
    window.open_record("invoice", invoice.id)
    editor = window.sections["invoices"].editor
    assert editor.badge.text() == "Partly paid"
    asked.answer(answer)
    click(qtbot, editor.undo_payment_button)
    assert asked.last.text == "Undo the payment of €200.00 received on 23 Nov 2026?"
    if answer == "Yes":
        assert payments.for_invoice(invoice.id) == [] and editor.badge.text() == "Issued"
        assert "Paid" not in editor.totals.text() and "€600.00" in editor.totals.text()
        assert not editor.undo_payment_button.isVisible()
    else:
        assert len(payments.for_invoice(invoice.id)) == 1 and editor.badge.text() == "Partly paid"
        assert "€400.00" in editor.totals.text() and editor.undo_payment_button.isVisible()


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_declining_a_quote_asks_first(qtbot, window, asked, answer):
    factories.studio()
    project = factories.project(factories.client().id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    window.open_record("quote", quote.id)
    editor = window.sections["quotes"].editor
    assert editor.heading.text() == f"Quote {quote.number}" and editor.decline_button.isVisible()
    asked.answer(answer)
    click(qtbot, editor.decline_button)
    assert asked.last.text == "Mark this quote declined?"
    if answer == "Yes":
        assert quotes.get(quote.id).status == "declined" and editor.badge.text() == "Declined"
        assert not editor.accept_button.isVisible() and not editor.decline_button.isVisible()
    else:
        assert quotes.get(quote.id).status == "issued" and editor.badge.text() == "Issued"
        assert editor.accept_button.isVisible()


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_billable_revision_round_asks_in_its_dialog(qtbot, window, asked, answer):
    from ui.dialogs.revision import RevisionDialog
    factories.studio()
    project = factories.project(factories.client().id, included_rounds=0)
    window.open_record("project", project.id)
    editor = window.sections["projects"].editor
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    seen = []

    def save_and_look(dialog) -> None:
        dialog.request.setPlainText("Warmer colours")
        asked.answer(answer)
        dialog.accept()
        seen.append(dialog.isVisible())  # a No keeps the dialog open, with what was typed

    asked.fill(RevisionDialog, save_and_look)
    click(qtbot, editor.round_button)
    assert asked.asked[0].kind == "dialog" and asked.asked[0].title == "Log revision round 1"
    assert asked.last.kind == "question" and asked.last.title == "Log revision round 1"
    assert asked.last.text.startswith("Round 1 goes past the 0 included rounds: it will be billed at €60.00.")
    assert asked.last.text.endswith("Log it as a billable round?")
    if answer == "Yes":
        assert seen == [False] and [r.request for r in revisions.rounds(project.id)] == ["Warmer colours"]
        assert "1 of 0 included" in editor.rounds_label.text()
    else:
        assert seen == [True] and revisions.rounds(project.id) == []
        assert "0 of 0 included" in editor.rounds_label.text()
