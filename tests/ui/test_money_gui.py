"""The money chain in the window: the agreement's price on the project, refunds owed, undoing mistakes,
and the check-in after delivery — clicked as a designer clicks them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio_app.work import billing, interactions, invoices, payments, projects, revisions, timelog
from studio_app.today import money as today_money
from tests import factories
from tests.ui.conftest import settle
from tests.ui.test_workflow import choose, click

pytestmark = pytest.mark.gui


def accepted_project():
    factories.studio()
    client = factories.client(language="en")
    project = factories.project(client.id)
    quote, _, deposit = factories.accepted_quote(project.id)
    return project, quote, invoices.issue(deposit.id)


def test_the_project_shows_the_accepted_quote_and_keeps_its_price(qtbot, window):
    project, quote, _ = accepted_project()
    window.open_record("project", project.id)
    editor = window.sections["projects"].editor
    assert editor.inputs["price"].isReadOnly()
    assert quote.number in editor.price_summary.text() and "€4,800.00" in editor.price_summary.text()


def test_a_credit_note_beyond_what_was_unpaid_shows_the_refund_and_records_it(qtbot, window, asked):
    _, _, deposit = accepted_project()
    payments.record(deposit.id, invoices.totals(deposit).due)
    invoices.issue(invoices.create_credit_note(deposit.id, "Project cancelled").id)
    window.open_record("invoice", deposit.id)
    editor = window.sections["invoices"].editor
    assert "Refund owed to the client" in editor.totals.text() and "€1,440.00" in editor.totals.text()
    assert editor.refund_button.isVisible() and not editor.payment_button.isVisible()
    dashboard = window.dashboard
    dashboard.refresh()
    shown = [dashboard.overdue.item(i).text() for i in range(dashboard.overdue.count())]
    assert any("Refund owed to" in line and deposit.number in line for line in shown), shown

    from ui.dialogs.payment import PaymentDialog
    offered = []

    def pay_back(dialog) -> None:
        offered.append(dialog.amount.text())
        dialog.accept()

    asked.fill(PaymentDialog, pay_back)
    click(qtbot, editor.refund_button)
    assert offered == ["1,440.00"] and asked.last.title.startswith("Record a refund on")
    assert invoices.totals(invoices.get(deposit.id)).due == 0 and today_money.refunds_owed() == ()
    assert not editor.refund_button.isVisible() and editor.undo_payment_action.isVisible()

    asked.answer("Yes")
    choose(qtbot, editor, editor.undo_payment_action)  # the refund was a mistake: undone, owed again
    assert asked.last.text.startswith("Undo the refund of €1,440.00")
    assert invoices.totals(invoices.get(deposit.id)).refund_owed == 144000
    assert editor.refund_button.isVisible()


def test_undo_the_latest_round_and_a_time_entry_but_never_what_is_invoiced(qtbot, window, asked):
    project, _, _ = accepted_project()
    for n in (1, 2, 3):
        revisions.log_round(project.id, f"Round {n}")
    entry = timelog.record(project.id, 60, note="Sizes")
    window.open_record("project", project.id)
    editor = window.sections["projects"].editor
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # Progress
    settle()
    asked.answer("Yes")
    click(qtbot, editor.undo_round_button)
    assert asked.last.text == "Undo revision round 3?"
    assert [r.number for r in revisions.rounds(project.id)] == [1, 2]
    editor.time_list.setCurrentRow(0)
    asked.answer("Yes")
    click(qtbot, editor.delete_time_button)
    assert timelog.entries(project.id) == []
    revisions.log_round(project.id, "Round 3 again")
    timelog.record(project.id, 30, note="More")
    billing.create_final(project.id)
    editor.refresh_progress()
    asked.answer("Yes")
    click(qtbot, editor.undo_round_button)
    assert asked.last.kind == "warning" and "already on an invoice" in asked.last.text
    assert entry  # the first entry is gone, the invoiced one stays
    assert len(timelog.entries(project.id)) == 1 and len(revisions.rounds(project.id)) == 3


def test_the_check_in_after_delivery_is_marked_done_from_the_dashboard(qtbot, window, today):
    project, _, _ = accepted_project()
    projects.update(project.id, status="delivered")
    from studio_app.store.models import Project
    Project.update(delivered_on=today.replace(year=today.year - 1)).where(Project.id == project.id).execute()
    dashboard = window.dashboard
    dashboard.refresh()
    rows = [dashboard.follow_ups.item(i) for i in range(dashboard.follow_ups.count())]
    proposal = next(item for item in rows if "Check in with" in item.text())
    dashboard.follow_ups.setCurrentItem(proposal)
    click(qtbot, dashboard.follow_up_button)
    assert not any("Check in with" in dashboard.follow_ups.item(i).text()
                   for i in range(dashboard.follow_ups.count()))
    assert "Followed up after the delivery" in interactions.for_project(project.id)[0].summary


def test_saving_a_final_invoice_draft_in_the_editor_keeps_its_deposit_deduction(qtbot, window):
    project, _, deposit = accepted_project()
    final = billing.create_final(project.id)
    window.open_record("invoice", final.id)
    editor = window.sections["invoices"].editor
    before = invoices.totals(invoices.get(final.id))
    assert not (editor.lines.flags(editor.lines.index(1, 1)) & Qt.ItemFlag.ItemIsEditable)  # the deduction row
    editor.notes.setPlainText("Thank you!")
    click(qtbot, editor.save_button)
    after = invoices.totals(invoices.get(final.id))
    assert (after.net, after.tax) == (before.net, before.tax) == (400000 - 120000, 80000 - 24000)
    issued = invoices.issue(final.id)  # the deduction is taken again at issuing, once
    assert invoices.totals(issued).gross == 480000 - invoices.get(deposit.id).total_gross


def test_a_line_gets_its_vat_category_from_a_list_and_the_totals_follow(qtbot, window):
    factories.studio()
    client = factories.client(language="en", country="DE", tax_id="DE136695976")
    draft = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "1000", "tax_rate": "0"}])
    window.open_record("invoice", draft.id)
    editor = window.sections["invoices"].editor
    from ui.models.lines_model import KEYS
    cell = editor.lines.index(0, KEYS.index("vat_category"))
    box = editor.category_delegate.createEditor(editor.table, None, cell)
    qtbot.addWidget(box)
    box.setCurrentIndex(box.findData("AE"))
    editor.category_delegate.setModelData(box, editor.lines, cell)
    assert editor.lines.data(cell) == "Reverse charge"
    assert "Reverse charge" in editor.totals.text()
    click(qtbot, editor.save_button)
    assert [(g.category, g.net, g.tax) for g in invoices.totals(invoices.get(draft.id)).rates] == [("AE", 100000, 0)]
