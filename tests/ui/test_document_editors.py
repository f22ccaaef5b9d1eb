"""The quote and invoice editors' confirmations, answered both ways through the recorder (ui/ask.py):
what the designer sees after Yes, and that No leaves everything as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio_app.text.errors import StudioError
from studio_app.work import invoices, payments, quotes, revisions
from tests import factories
from tests.ui.test_workflow import choose, click
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
    choose(qtbot, editor, editor.delete_action)
    assert asked.last == ask.Asked("question", "Studio Desk", "Delete this draft?", ("Yes", "No"))
    if answer == "Yes":
        assert section.currentWidget() is section.list and section.list.model.row_of(draft.id) == -1
        with pytest.raises(StudioError):
            invoices.get(draft.id)
    else:
        assert section.editing() and editor.heading.text() == "Invoice (draft)" and editor.badge.text() == "Draft"
        assert editor.delete_action.isVisible() and invoices.get(draft.id).status == "draft"


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
        assert editor.payment_button.isVisible() and editor.credit_action.isVisible()
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
    choose(qtbot, editor, editor.undo_payment_action)
    assert asked.last.text == "Undo the payment of €200.00 received on 23 Nov 2026?"
    if answer == "Yes":
        assert payments.for_invoice(invoice.id) == [] and editor.badge.text() == "Issued"
        assert "Paid" not in editor.totals.text() and "€600.00" in editor.totals.text()
        assert not editor.undo_payment_action.isVisible()
    else:
        assert len(payments.for_invoice(invoice.id)) == 1 and editor.badge.text() == "Partly paid"
        assert "€400.00" in editor.totals.text() and editor.undo_payment_action.isVisible()


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_declining_a_quote_asks_first(qtbot, window, asked, answer):
    factories.studio()
    project = factories.project(factories.client().id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    window.open_record("quote", quote.id)
    editor = window.sections["quotes"].editor
    assert editor.heading.text() == f"Quote {quote.number}" and editor.decline_action.isVisible()
    asked.answer(answer)
    choose(qtbot, editor, editor.decline_action)
    assert asked.last.text == "Mark this quote declined?"
    if answer == "Yes":
        assert quotes.get(quote.id).status == "declined" and editor.badge.text() == "Declined"
        assert not editor.accept_button.isVisible() and not editor.decline_action.isVisible()
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


# -- what the reworked editors show ---------------------------------------------------------------------------

def primaries(editor) -> list[str]:
    """The texts of the primary buttons a person sees in the editor (there is at most one)."""
    from PySide6.QtWidgets import QPushButton
    return [button.text() for button in editor.findChildren(QPushButton)
            if button.isVisible() and button.objectName() == "primary"]


def test_an_invoice_offers_one_primary_action_per_state_and_shows_issued_values_as_text(qtbot, window, asked,
                                                                                       today):
    draft, editor = draft_invoice(window)
    assert primaries(editor) == ["Issue"] and not editor.locked.isVisible()
    editor.load(None, draft.client_id)  # a new invoice: Save is what it needs first
    assert primaries(editor) == ["Save"] and not editor.issue_button.isVisible()
    window.open_record("invoice", draft.id)
    assert editor.language.isVisible() and editor.due_date.isVisible()
    asked.answer("Yes")
    click(qtbot, editor.issue_button)
    assert primaries(editor) == ["Record payment"]
    assert editor.locked.isVisible() and editor.locked.text() == (
        "Issued on 23 Nov 2026 — the figures are sealed. To change them, create a credit note.")
    sealed = {sealed.value.text() for sealed in editor.sealed if sealed.value.isVisible()}
    assert editor.language.currentText() in sealed and "23 Nov 2026" in sealed and "Prices before tax" in sealed
    assert not any(sealed.editor.isVisible() for sealed in editor.sealed)  # text, never greyed-out inputs
    assert all(sealed.value.objectName() == "readOnlyValue" for sealed in editor.sealed)
    assert not editor.line_items.add_button.isVisible() and editor.bar.more.isVisible()
    payments.record(draft.id, "120", date=today)
    window.open_record("invoice", draft.id)
    assert primaries(editor) == [] and editor.badge.text() == "Paid"
    assert editor.payment_button.isVisible() and not editor.payment_button.isEnabled()
    assert editor.payment_button.toolTip() == "Nothing is left to pay on this invoice."
    assert editor.side.payments.isVisible() and editor.side.payments.balance.text() == "<b>€0.00</b>"
    events = editor.side.activity.text()
    assert "23 Nov 2026 Issued" in events and "Payment of €120.00 received (Bank transfer)" in events
    assert editor.side.client.name.text() == invoices.get(draft.id).client.name


def test_a_quote_and_its_contract_offer_the_action_each_state_calls_for(qtbot, window, asked):
    factories.studio()
    project = factories.project(factories.client().id)
    quote = quotes.create_from_project(project.id)
    window.open_record("quote", quote.id)
    editor = window.sections["quotes"].editor
    assert primaries(editor) == ["Issue"] and editor.delete_action.isVisible()
    asked.answer("Yes")
    click(qtbot, editor.issue_button)
    assert primaries(editor) == ["Mark accepted"] and not editor.delete_action.isVisible()
    assert editor.locked.text().startswith("Issued on 23 Nov 2026 — the figures are sealed.")
    asked.answer("Yes")
    click(qtbot, editor.accept_button)
    contract_editor = window.sections["contracts"].editor
    assert primaries(contract_editor) == ["Issue"] and not contract_editor.locked.isVisible()
    asked.answer("Yes")
    click(qtbot, contract_editor.issue_button)
    assert primaries(contract_editor) == ["Mark signed"] and contract_editor.optional_text.isVisible()
    assert contract_editor.locked.text().startswith("Issued on 23 Nov 2026 — the clauses are sealed.")
    click(qtbot, contract_editor.signed_button)
    assert primaries(contract_editor) == [] and contract_editor.badge.text() == "Signed"
    assert "Signed" in contract_editor.side.activity.text()


def _ink_right(image, rect, background) -> int:
    """The rightmost x in ``rect`` whose pixel stands out from ``background`` (where the text ends)."""
    for x in range(rect.right(), rect.left() - 1, -1):
        for y in range(rect.top(), rect.bottom() + 1):
            pixel = image.pixelColor(x, y)
            if abs(pixel.lightness() - background.lightness()) > 60:
                return x
    return -1


def test_the_line_table_is_as_tall_as_its_rows_and_the_totals_end_under_the_amounts(qtbot, window):
    from PySide6.QtCore import QPoint, QRect
    from tests.ui.conftest import settle
    from ui.models.lines_model import KEYS
    _draft, editor = draft_invoice(window)
    table = editor.table
    settle()
    assert table.verticalHeader().isHidden() and table.height() == table.content_height()
    before = table.height()
    table.setFocus()
    table.setCurrentIndex(editor.lines.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter adds a line at the end, its description being typed
    settle()
    assert editor.lines.rowCount() == 2 and table.height() > before
    assert table.state() == table.State.EditingState and table.currentIndex().row() == 1
    typing = QApplication.focusWidget()
    qtbot.keyClicks(typing, "Flyer")
    qtbot.keyClick(typing, Qt.Key.Key_Tab)  # Tab keeps what was typed and edits the next cell
    settle()
    assert editor.lines.items()[1]["description"] == "Flyer" and table.currentIndex().column() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    settle()
    table.setCurrentIndex(editor.lines.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Delete removes the selected line
    settle()
    assert editor.lines.rowCount() == 1 and table.height() == before
    image = editor.grab().toImage()
    cell = table.visualRect(editor.lines.index(0, KEYS.index("amount")))
    cell.moveTopLeft(table.viewport().mapTo(editor, cell.topLeft()))
    total = editor.totals.figure_for("Total")
    label = QRect(total.mapTo(editor, QPoint(0, 0)), total.size())
    background = image.pixelColor(cell.left() + 1, cell.top() + 1)
    amount_end = _ink_right(image, cell, background)
    total_end = _ink_right(image, label, image.pixelColor(label.left(), label.top()))
    assert amount_end > 0 and abs(total_end - amount_end) <= 1, (amount_end, total_end)
    assert total.text() == "€120.00" and editor.table.model().data(editor.lines.index(0, 7)) == "€100.00"


def test_screenshots_of_the_invoice_editor_as_a_draft_and_partly_paid(qtbot, qapp, sqlite_db, today, output_dir,
                                                                     translations_built):
    """For a person to look at (tests/output/screenshots/editors): light and dark, 1280 and 1920 wide, and the
    longer labels of Turkish, Greek and Malay."""
    from tests.ui.conftest import make_window, settle
    from ui import i18n
    from ui import theme as themes
    factories.studio()
    client = factories.client(name="Eleni Papadopoulou", company="Aegean Press", email="eleni@example.gr",
                              country="GR", tax_id="", language="el")
    draft = invoices.create_draft(client.id, lines=[
        {"description": "Poster", "quantity": "2", "unit_price": "250", "tax_rate": "24"},
        {"description": "Design hours", "quantity": "3.5", "unit": "h", "unit_price": "60", "tax_rate": "24",
         "discount_percent": "10"}])
    issued = factories.issued_invoice(client.id)
    payments.record(issued.id, "200", date=today)
    folder = output_dir / "screenshots" / "editors"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for language, theme, size in (("en", "light", (1280, 800)), ("en", "dark", (1280, 800)),
                                      ("en", "light", (1920, 1080)), ("tr", "light", (1280, 800)),
                                      ("el", "light", (1280, 800)), ("ms", "dark", (1280, 800))):
            i18n.install(qapp, language)
            themes.apply(qapp, theme)
            window = make_window(qtbot, sqlite_db, size)  # built in the language, as the app starts
            for name, record in (("draft", draft), ("partly-paid", issued)):
                window.open_record("invoice", record.id)
                settle()
                path = folder / f"invoice-{name}-{language}-{theme}-{size[0]}.png"
                assert window.grab().save(str(path))
            window.close()
    finally:
        i18n.install(qapp, "en")
