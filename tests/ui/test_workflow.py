"""The main workflow driven through the real widgets, the way a designer clicks through it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studio_app.work import invoices, quotes, revisions
from studio_app.store import lists
from tests import factories
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def choose(qtbot, editor, action) -> None:
    """An entry of the editor's "More ▾" menu, chosen as a person would: the button shows, the entry is there."""
    assert editor.bar.more.isVisible() and action in editor.bar.menu.actions(), action.text()
    assert action.isVisible() and action.isEnabled(), action.text()
    action.trigger()
    settle()


def test_from_new_client_to_paid_final_invoice(qtbot, window, asked, today):
    factories.studio()

    # A client: the empty form opens quiet; Save names what is missing, then stays disabled until it is there.
    window.show_view("clients")
    clients_section = window.sections["clients"]
    assert "No clients yet" in clients_section.list.empty.text()
    click(qtbot, clients_section.list.new_button)
    editor = clients_section.editor
    assert not editor.message.isVisible() and editor.inputs["name"].property("invalid") is not True
    click(qtbot, editor.save_button)
    assert editor.record_id is None and not editor.save_button.isEnabled()
    assert "Name" in editor.message.text() and editor.message.isVisible()
    assert editor.inputs["name"].property("invalid") is True
    editor.inputs["name"].insert("Ayşe Yılmaz")  # QTest types ASCII only; insert() is typing for the widget
    qtbot.keyClicks(editor.inputs["email"], "ayse@")
    assert not editor.save_button.isEnabled()
    assert editor.inputs["email"].property("invalid") is True
    assert "email" in editor.message.text().lower()
    qtbot.keyClicks(editor.inputs["email"], "example.com")
    assert editor.save_button.isEnabled()
    editor.inputs["language"].setCurrentIndex(editor.inputs["language"].findData("tr"))
    click(qtbot, editor.save_button)
    client_id = editor.record_id
    assert client_id is not None and editor.heading.text() == "Ayşe Yılmaz"

    # A project with two deliverables, created from the client's card.
    click(qtbot, editor.new_project_button)
    assert window.current_page() == "projects"
    project_editor = window.sections["projects"].editor
    assert project_editor.client_box.currentData() == client_id
    qtbot.keyClicks(project_editor.inputs["title"], "Brand identity")
    project_editor.inputs["deadline"].set_value(dt.date(2027, 1, 15))
    project_editor.inputs["price"].setText("2400")
    project_editor.inputs["extra_round_fee"].setText("60")
    project_editor.inputs["included_rounds"].setValue(2)
    project_editor.deliverables.add_row({"name": "Logo", "format": "SVG, PNG, PDF", "quantity": 1})
    project_editor.deliverables.add_row({"name": "Brand guide", "format": "PDF, 20 pages", "quantity": 1})
    project_editor.validation.run()
    assert project_editor.save_button.isEnabled(), project_editor.message.text()
    assert "2,400.00" in project_editor.price_summary.text()
    click(qtbot, project_editor.save_button)
    project_id = project_editor.record_id
    assert [d["name"] for d in project_editor.deliverables.rows()] == ["Logo", "Brand guide"]

    # Quote from the project, issued, accepted: contract and deposit invoice appear.
    click(qtbot, project_editor.quote_button)
    assert window.current_page() == "quotes"
    quote_editor = window.sections["quotes"].editor
    assert quote_editor.lines.rowCount() == 1
    assert "2,880.00" in quote_editor.totals.text()  # 2,400 + 20 % VAT, the same function as the PDF
    asked.answer("Yes")
    click(qtbot, quote_editor.issue_button)
    assert asked.last.text == "Issue this quote? It gets its number and can no longer be changed."
    quote = quotes.get(quote_editor.record_id)
    assert quote.status == "issued" and quote_editor.badge.text() == "Issued"
    assert not quote_editor.save_button.isVisible()
    asked.answer("Yes")
    click(qtbot, quote_editor.accept_button)
    assert window.current_page() == "contracts"
    assert window.sections["contracts"].editor.heading.text().startswith("Contract")
    assert quotes.get(quote.id).status == "accepted"

    # Three revision rounds with two included, logged from the project's button: the third warns and shows the fee.
    from ui.dialogs.revision import RevisionDialog
    notices = []

    def describe_changes(dialog) -> None:
        notices.append(dialog.notice.text())
        dialog.request.setPlainText(f"Changes, round {len(notices)}")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    asked.fill(RevisionDialog, describe_changes)
    window.open_record("project", project_id)
    project_editor.tabs.setCurrentIndex(project_editor.tabs.count() - 1)
    for round_no in (1, 2, 3):
        if round_no == 3:
            asked.answer("Yes")  # "Log it as a billable round?"
        click(qtbot, project_editor.round_button)
    assert asked.texts("question")[-1].startswith("Round 3 goes past the 2 included rounds: it will be billed at "
                                                  "€60.00.")
    assert "billed at €60.00" in notices[2] and "billed" not in notices[0]
    assert revisions.status(project_id).used == 3
    assert "3 of 2 included" in project_editor.rounds_label.text()

    # Final invoice from the project: the price, the billable round; issued; part paid.
    click(qtbot, project_editor.final_button)
    assert window.current_page() == "invoices"
    invoice_editor = window.sections["invoices"].editor
    descriptions = [row["description"] for row in invoice_editor.lines.items()]
    assert descriptions[0] == "Brand identity" and descriptions[1].startswith("3. revizyon turu")  # Turkish client
    asked.answer("Yes")
    click(qtbot, invoice_editor.issue_button)
    invoice = invoices.get(invoice_editor.record_id)
    assert invoice.status == "issued" and invoice.number
    from ui.dialogs.payment import PaymentDialog

    def pay_part(dialog) -> None:
        dialog.amount.setText("1000")
        dialog.accept()

    asked.fill(PaymentDialog, pay_part)
    click(qtbot, invoice_editor.payment_button)
    assert asked.last.kind == "dialog" and asked.last.title == f"Record a payment on {invoice.number}"
    assert invoice_editor.badge.text() == "Partly paid"
    assert "Amount due" in invoice_editor.totals.text()
    assert not asked.texts("warning")

    # Found again in the lists and the global search.
    window.show_view("invoices")  # the editor stays open until Back
    click(qtbot, invoice_editor.back_button)
    invoices_list = window.sections["invoices"].list
    numbers = [invoices_list.model.data(invoices_list.model.index(r, 0)) for r in range(invoices_list.model.rowCount())]
    assert invoice.number in numbers
    window.search_box.update_results("ayşe")
    assert any(hit.kind == "client" and hit.id == client_id for hit in window.search_box.hits)
    window.search_box.update_results(invoice.number)
    window.search_box.open_first()
    assert window.current_page() == "invoices" and invoice_editor.record_id == invoice.id


def test_invalid_line_keeps_save_disabled_and_nothing_is_half_saved(qtbot, window, today):
    factories.studio()
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "Poster", "quantity": "1", "unit_price": "100",
                                                     "tax_rate": "20"}])
    window.open_record("invoice", draft.id)
    editor = window.sections["invoices"].editor
    assert editor.save_button.isEnabled()
    model = editor.lines
    model.setData(model.index(0, 1), "1.234567")  # too many decimals in the quantity
    assert not editor.save_button.isEnabled()
    assert "quantity" in editor.message.text().lower()
    assert model.row_error(0)
    editor.due_date.set_value(dt.date(2026, 11, 1))
    editor.issue_date.set_value(dt.date(2026, 11, 20))
    model.setData(model.index(0, 1), "2")
    assert not editor.save_button.isEnabled()
    assert "due date" in editor.message.text().lower()
    assert invoices.line_rows(draft.id)[0].quantity == 1  # nothing saved meanwhile


def test_issued_invoice_is_read_only_with_credit_note_action(qtbot, window, asked, today):
    factories.studio()
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    window.open_record("invoice", invoice.id)
    editor = window.sections["invoices"].editor
    assert editor.badge.text() == "Issued"
    assert not editor.save_button.isVisible()
    assert not (editor.lines.flags(editor.lines.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    asked.answer("Yes")
    choose(qtbot, editor, editor.credit_action)
    note_id = editor.record_id
    assert note_id != invoice.id
    assert invoices.get(note_id).kind == "credit_note"
    assert editor.heading.text().startswith("Credit note")


def test_window_remembers_last_view(qtbot, window):
    from tests.ui.conftest import make_window
    window.show_view("projects")
    window.close()
    again = make_window(qtbot, "same.sqlite3")
    assert again.current_page() == "projects"


def test_standard_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_view("projects")
    qtbot.keyClick(QApplication.focusWidget() or window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.sections["projects"].editing()
    title = window.sections["projects"].editor.inputs["title"]
    qtbot.keyClick(QApplication.focusWidget() or title, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_client_list_filters_and_archive(qtbot, demo_window, asked):
    demo_window.show_view("clients")
    view = demo_window.sections["clients"].list
    total = view.model.total()
    assert total > 5
    first = view.model.data(view.model.index(0, 0))
    qtbot.keyClicks(view.search_box, first[:4])
    assert 0 < view.model.total() < total
    view.search_box.clear()
    view.table.selectRow(0)
    view.table.setFocus()
    archived_id = view.selected_id()
    asked.answer("Yes")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.row_of(archived_id) == -1
    view.status_box.setCurrentIndex(view.status_box.findData("archived"))
    assert view.model.row_of(archived_id) >= 0
    assert lists.page("clients", lists.Filter(status="archived"))[0] >= 1


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_archiving_from_the_list_asks_first(qtbot, window, asked, answer):
    client = factories.client(name="Eleni Papadopoulou")
    window.show_view("clients")
    view = window.sections["clients"].list
    view.select_id(client.id)
    view.table.setFocus()
    asked.answer(answer)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked.last.text == "Archive this client? Their documents are kept."
    if answer == "Yes":
        assert view.model.row_of(client.id) == -1 and window.statusBar().currentMessage() == "Archived."
    else:
        assert view.model.row_of(client.id) >= 0 and view.selected_id() == client.id
