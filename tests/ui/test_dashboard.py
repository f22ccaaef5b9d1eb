"""The dashboard opens what it lists; accepting too much work warns; the toolbar timer records time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from studio_app.work import clock, interactions, payments, quotes, settings, timelog
from tests import factories
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def _items(widget):
    return [widget.item(i) for i in range(widget.count())]


def test_double_clicking_a_waiting_client_opens_their_card(qtbot, window):
    factories.studio()
    client = factories.client(name="Eleni Papadopoulou")
    with clock.frozen(dt.datetime(2026, 11, 21, 10, 0)):
        interactions.log(client.id, "email", "Can you send the revised logo?", waiting_for_reply=True)
    window.show_view("dashboard")
    settle()  # the figures shown after the first paint
    items = _items(window.dashboard.waiting)
    assert len(items) == 1 and "Eleni Papadopoulou" in items[0].text()
    assert items[0].font().bold()  # waiting more than 24 hours stands out
    rect = window.dashboard.waiting.visualItemRect(items[0])
    qtbot.mouseClick(window.dashboard.waiting.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()  # one click selects the line, so the button under the list can act on it
    assert window.current_page() == "dashboard" and window.dashboard.reply_button.isEnabled()
    qtbot.mouseDClick(window.dashboard.waiting.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert window.current_page() == "clients"
    assert window.sections["clients"].editor.record_id == client.id


def test_clicking_an_overdue_invoice_opens_it(qtbot, window):
    factories.studio()
    client = factories.client()
    with clock.frozen(dt.datetime(2026, 10, 1, 9, 0)):
        invoice = factories.issued_invoice(client.id)
    window.show_view("dashboard")
    (item,) = _items(window.dashboard.overdue)
    assert invoice.number in item.text()
    window.dashboard._clicked(item)
    assert window.current_page() == "invoices"
    assert window.sections["invoices"].editor.record_id == invoice.id


def test_accepting_an_over_capacity_quote_warns_first(qtbot, window, asked):
    factories.studio()
    settings.update({"weekly_capacity_hours": 10})
    client = factories.client()
    project = factories.project(client.id, estimated_hours="120", deadline="2026-12-18")
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    window.open_record("quote", quote.id)
    editor = window.sections["quotes"].editor
    asked.answer("No")
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert asked.last.kind == "question" and asked.last.buttons == ("Yes", "No")
    assert "over the studio's capacity" in asked.last.text
    assert quotes.get(quote.id).status == "issued"  # answered No: nothing changed


def test_timer_records_an_entry_when_stopped(qtbot, window):
    factories.studio()
    project = factories.project(factories.client().id)
    window.open_record("project", project.id)
    with clock.frozen(dt.datetime(2026, 11, 23, 9, 0)):
        qtbot.mouseClick(window.timer.button, Qt.MouseButton.LeftButton)
    assert window.timer.running()
    assert "Stop" in window.timer.button.text()
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 35)):
        qtbot.mouseClick(window.timer.button, Qt.MouseButton.LeftButton)
    assert not window.timer.running()
    (entry,) = timelog.entries(project.id)
    assert entry.minutes == 95
    assert "1.58 h" in window.statusBar().currentMessage()
    assert "1.58 h" in window.sections["projects"].editor.time_label.text()


def test_timer_without_an_open_project_explains(qtbot, window):
    window.show_view("dashboard")
    qtbot.mouseClick(window.timer.button, Qt.MouseButton.LeftButton)
    assert not window.timer.running()
    assert "Open a project first" in window.statusBar().currentMessage()


def test_project_page_shows_its_conversation(qtbot, window):
    factories.studio()
    client = factories.client()
    project = factories.project(client.id)
    interactions.log(client.id, "update", "Sent the first logo concepts", project_id=project.id)
    interactions.log(client.id, "note", "Unrelated note about the client")
    window.open_record("project", project.id)
    log = window.sections["projects"].editor.log
    texts = [log.item(i).text() for i in range(log.count())]
    assert len(texts) == 1 and "Progress update" in texts[0] and "first logo concepts" in texts[0]


def test_revenue_is_charted_per_currency_with_the_studios_first(qtbot, window):
    factories.studio(currency="EUR")
    for currency, paid in (("GBP", "350"), ("EUR", "600")):
        invoice = factories.issued_invoice(factories.client(name=f"Client paying {currency}", currency=currency).id,
                                           currency=currency)
        payments.record(invoice.id, paid)
    window.show_view("dashboard")
    dashboard = window.dashboard
    picker = dashboard.revenue_currency
    assert [picker.itemText(i) for i in range(picker.count())] == ["EUR", "GBP"] and picker.isVisibleTo(dashboard)
    assert picker.currentText() == "EUR" and "EUR" in dashboard.revenue_title.text()
    assert dashboard.revenue_total.text() == "In 12 months: <b>€600.00</b>"
    assert dashboard.revenue_chart.values[-1] == 60000 and dashboard.revenue_chart.bar_figures()[-1] == "€600"
    picker.setCurrentText("GBP")
    assert "GBP" in dashboard.revenue_title.text()
    assert dashboard.revenue_chart.values[-1] == 35000 and "£350.00" in dashboard.revenue_chart.toolTip()
    dashboard.refresh()  # the figures change; the currency chosen stays
    assert picker.currentText() == "GBP" and dashboard.revenue_chart.values[-1] == 35000


def _invoices(client_id, n, **kwargs):
    with clock.frozen(dt.datetime(2026, 10, 1, 9, 0)):
        return [factories.issued_invoice(client_id, **kwargs) for _ in range(n)]


def test_cards_show_one_large_figure_the_others_under_it_and_a_count(qtbot, window):
    factories.studio(currency="EUR")
    _invoices(factories.client(name="Eleni").id, 2)
    _invoices(factories.client(name="Pound client", currency="GBP").id, 1, currency="GBP")
    window.show_view("dashboard")
    card = window.dashboard.overdue_card
    assert card.figure.text().startswith("€") and card.figure.objectName() == "figure"
    assert card.others.text().startswith("£") and card.count.text() == "3 invoices"
    assert len(card.toolTip().splitlines()) == 2  # every currency in full on hover
    assert window.dashboard.received_card.count.text() == "0 payments"
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)  # "Send reminders": the overdue list
    assert window.current_page() == "invoices"
    listed = window.sections["invoices"].list
    assert listed.status_box.currentData() == "overdue" and listed.model.total() == 3


def test_the_four_cards_line_up_their_captions_figures_and_counts(qtbot, window):
    """One card has a filled button, taller than the others' links: its row is taller, and the other cards' lines
    stood 2–3 pixels lower than the overdue card's (the spare height shared between them)."""
    factories.studio(currency="EUR")
    _invoices(factories.client(name="Eleni").id, 2)
    window.resize(1400, 860)
    window.show_view("dashboard")
    qtbot.waitExposed(window)
    cards = window.dashboard.cards
    for part in ("caption", "figure", "count"):
        tops = {getattr(card, part).mapTo(window, QPoint(0, 0)).y() for card in cards}
        assert len(tops) == 1, (part, tops)


def test_a_panel_shows_five_rows_and_view_all_opens_the_filtered_list(qtbot, window):
    factories.studio()
    invoices = _invoices(factories.client(name="Zeynep Çelik").id, 7)
    window.show_view("dashboard")
    dashboard = window.dashboard
    panel = dashboard.panel_of[dashboard.overdue]
    rows = _items(dashboard.overdue)
    assert len(rows) == 5 and all("Zeynep Çelik" in row.text() for row in rows)
    assert rows[0].data(Qt.ItemDataRole.UserRole) == ("invoice", invoices[0].id)
    assert rows[0].data(Qt.ItemDataRole.UserRole + 12).startswith("€")  # the amount, right-aligned
    assert rows[0].data(Qt.ItemDataRole.UserRole + 13).endswith(" w")  # the age chip: 7 weeks overdue
    assert panel.count.text() == "7" and panel.more.isVisibleTo(panel) and panel.more.text() == "View all 7 →"
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert window.current_page() == "invoices"
    assert window.sections["invoices"].list.status_box.currentData() == "overdue"


def test_empty_panels_say_so_with_an_icon_and_the_charts_offer_what_fills_them(qtbot, window):
    factories.studio()
    window.show_view("dashboard")
    dashboard = window.dashboard
    for panel in dashboard.panels:
        assert panel.body.currentWidget() is panel.empty and panel.empty.text()
        assert panel.empty.glyph.isVisibleTo(panel) and not panel.more.isVisibleTo(panel)
    assert dashboard.panel_of[dashboard.overdue].empty.text() == "Nothing overdue."
    empty = dashboard.revenue_chart.empty
    assert dashboard.revenue_chart.stack.currentWidget() is empty and empty.action.text() == "Record a payment"
    qtbot.mouseClick(empty.action, Qt.MouseButton.LeftButton)
    assert window.current_page() == "invoices"


def test_the_workload_chart_has_an_axis_and_a_labelled_capacity_line(qtbot, window):
    factories.studio()
    settings.update({"weekly_capacity_hours": 35})
    window.show_view("dashboard")
    chart = window.dashboard.workload_chart
    assert chart.limit_label == "Capacity 35 h" and chart.steps() == [0, 10, 20, 30, 40]
    assert len(chart.labels) == 8


def test_every_card_and_view_all_opens_its_list_with_the_mouse(qtbot, window):
    """Each card's action and each panel's "View all" lead to the list they count, filtered to match."""
    factories.studio()
    client = factories.client(name="Zeynep Çelik")
    _invoices(client.id, 6)
    with clock.frozen(dt.datetime(2026, 11, 10, 9, 0)):
        for n in range(6):
            interactions.log(factories.client(name=f"Asking {n}").id, "email", "Any news?", waiting_for_reply=True)
    dashboard = window.dashboard
    expected = {dashboard.outstanding_card.action: ("invoices", "open"),
                dashboard.overdue_card.action: ("invoices", "overdue"),
                dashboard.deposits_card.action: ("invoices", "open"),
                dashboard.received_card.action: ("invoices", "paid"),
                dashboard.panel_of[dashboard.overdue].more: ("invoices", "overdue"),
                dashboard.panel_of[dashboard.waiting].more: ("clients", "active")}
    for button, (page, status) in expected.items():
        window.show_view("dashboard")
        settle()
        assert button.isVisible() and button.isEnabled(), button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_page() == page, button.text()
        assert window.sections[page].list.status_box.currentData() == status, button.text()
