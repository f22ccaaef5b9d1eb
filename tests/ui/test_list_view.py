"""The lists as a designer sees them: pills, dashes for nothing due, counts in words, the free width used,
the hovered row, names in the interface language's order, and New on every list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from studio_app.store import pickers
from studio_app.store.models import Contract, Project, Quote
from ui import i18n, theme
from ui.views.list_actions import ProjectChooser
from ui.views.list_view import ListView
from ui.widgets.status_pill import STATUS_ROLE

pytestmark = pytest.mark.gui


def shown(qtbot, kind: str, width: int = 1920, height: int = 1000) -> ListView:
    view = ListView(kind)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def column(view: ListView, key: str) -> int:
    return [c.key for c in view.model.spec.columns].index(key)


def test_statuses_are_pills_and_paid_rows_show_a_dash_for_the_amount_due(qtbot, demo_db):
    view = shown(qtbot, "invoices")
    model, status, due = view.model, column(view, "status"), column(view, "due")
    rows = [model.record_at(row) for row in range(model.rowCount())]
    paid = next(i for i, r in enumerate(rows) if r["status"] == "paid")
    overdue = next(i for i, r in enumerate(rows) if r["status"] == "overdue")
    assert model.index(paid, status).data(STATUS_ROLE) == "paid"
    assert model.index(paid, due).data() == "—"
    assert model.index(overdue, due).data() not in ("—", "") and model.index(overdue, due).data(STATUS_ROLE) is None
    assert model.index(overdue, status).data(Qt.ItemDataRole.ForegroundRole) is None  # the pill is the one signal


def test_the_count_says_what_is_counted_in_each_language(qtbot, qapp, demo_db):
    view = shown(qtbot, "invoices")
    assert view.count.text() == "220 invoices"
    assert view.count_text(100000) == "100,000 invoices"  # grouped as the language writes numbers
    number = view.model.record_at(0)["number"]
    view.search_box.setText(number)
    assert view.count.text() == "1 invoice"
    try:
        for language, expected in (("tr", "{} müşteri"), ("el", "{} πελάτες"), ("ms", "{} pelanggan")):
            i18n.install(qapp, language)
            clients = shown(qtbot, "clients")
            assert clients.count.text() == expected.format(clients.model.total()) and clients.model.total() > 1
            assert clients.count_text(12345) == expected.format("12,345" if language == "ms" else "12.345")
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("kind", ["clients", "projects", "invoices"])
def test_the_main_columns_take_the_free_width_and_cut_nothing_off(qtbot, demo_db, kind):
    view = shown(qtbot, kind)
    table = view.table
    widths = [table.columnWidth(i) for i in range(view.model.columnCount())]
    assert abs(sum(widths) - table.viewport().width()) <= 2  # no half-empty window at 1920 px
    metrics = table.fontMetrics()
    for key in ("name", "company", "title", "client", "project"):
        if key in [c.key for c in view.model.spec.columns]:
            at = column(view, key)
            longest = max(metrics.horizontalAdvance(view.model.index(row, at).data() or "")
                          for row in range(min(view.model.rowCount(), 200)))
            assert longest + 12 <= table.columnWidth(at), (key, longest, table.columnWidth(at))


def test_the_whole_row_under_the_mouse_is_highlighted(qtbot, qapp, demo_db):
    theme.apply(qapp, "light")
    view = shown(qtbot, "clients", 1280, 800)
    table = view.table
    first, last = table.visualRect(view.model.index(2, 0)), table.visualRect(view.model.index(2, 5))
    before = table.viewport().grab().toImage().pixelColor(last.right() - 4, last.center().y())
    QTest.mouseMove(table.viewport(), first.center())
    qtbot.waitUntil(lambda: view.hover.row == 2)
    after = table.viewport().grab().toImage().pixelColor(last.right() - 4, last.center().y())
    assert after != before and after == QColor(theme.current().hover)
    QTest.mouseMove(table.viewport(), QPoint(table.viewport().width() - 2, table.viewport().height() - 2))


def test_clients_sort_as_people_read_in_the_interface_language(qtbot, qapp, sqlite_db, today):
    from tests import factories
    for name in ("Zeynep Çelik", "Çağla Demir", "Ωμέγα Λαμπράκη", "Iraz Kaya", "İlker Şahin", "Cem Aydın"):
        factories.client(name=name, email="", tax_id="")
    try:
        for language, expected in (
                ("en", ["Çağla Demir", "Cem Aydın", "İlker Şahin", "Iraz Kaya", "Zeynep Çelik", "Ωμέγα Λαμπράκη"]),
                ("tr", ["Cem Aydın", "Çağla Demir", "Iraz Kaya", "İlker Şahin", "Zeynep Çelik", "Ωμέγα Λαμπράκη"]),
                ("el", ["Ωμέγα Λαμπράκη", "Çağla Demir", "Cem Aydın", "İlker Şahin", "Iraz Kaya", "Zeynep Çelik"])):
            i18n.install(qapp, language)
            view = shown(qtbot, "clients", 1280, 800)
            assert [view.model.index(row, 0).data() for row in range(6)] == expected
            invoices = shown(qtbot, "invoices", 1280, 800)  # its client filter lists them in the same order
            assert [invoices.client_box.itemText(i) for i in range(1, 7)] == expected
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("kind", ["quotes", "contracts"])
def test_new_on_quotes_and_contracts_asks_for_the_project_and_opens_the_draft(qtbot, demo_db, asked, kind):
    purpose = kind[:-1]
    choices = pickers.project_choices(purpose)
    project_id, title, client = choices[-1]
    view = shown(qtbot, kind, 1280, 800)
    assert view.new_button.isVisible() and view.new_button.text() == ("New quote" if kind == "quotes" else "New contract")

    def fill(dialog: ProjectChooser) -> None:
        assert dialog.choices.count() == len(choices)
        dialog.search.setText(f"{title.split()[0]} {client.split()[-1]}")
        visible = [dialog.choices.item(i).text() for i in range(dialog.choices.count())
                   if not dialog.choices.item(i).isHidden()]
        assert f"{title} — {client}" in visible and len(visible) < len(choices)
        for i in range(dialog.choices.count()):
            if dialog.choices.item(i).data(Qt.ItemDataRole.UserRole) == project_id:
                dialog.choices.setCurrentRow(i)
        dialog.accept()

    asked.fill(ProjectChooser, fill)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.new_button.click()
    model = Quote if kind == "quotes" else Contract
    made = model.get_by_id(opened.args[0])
    assert made.project_id == project_id and view.model.row_of(made.id) >= 0
    if kind == "quotes":
        assert made.status == "draft"
    else:  # the contract of the project's agreement: the one drawn up on acceptance, or a new draft
        assert made.quote_id == Project.get_by_id(project_id).accepted_quote_id


def test_a_new_contract_is_drawn_up_again_when_its_draft_was_deleted(qtbot, demo_db, asked):
    from studio_app.work import contracts
    from tests import factories
    project = factories.project(factories.client(name="Ömer Faruk", email="", tax_id="").id, title="Afiş")
    factories.accepted_quote(project.id)  # acceptance draws up the contract
    draft = Contract.get(Contract.project == project.id)
    contracts.delete_draft(draft.id)
    view = shown(qtbot, "contracts", 1280, 800)

    def fill(dialog: ProjectChooser) -> None:
        for i in range(dialog.choices.count()):
            if dialog.choices.item(i).data(Qt.ItemDataRole.UserRole) == draft.project_id:
                dialog.choices.setCurrentRow(i)
        dialog.accept()

    asked.fill(ProjectChooser, fill)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.new_button.click()
    made = Contract.get_by_id(opened.args[0])
    assert made.status == "draft" and made.quote_id == draft.quote_id and made.project_id == project.id


@pytest.mark.parametrize("kind", ["projects", "quotes", "contracts"])
def test_projects_quotes_and_contracts_open_newest_first_with_no_column_arrow(qtbot, demo_db, kind):
    """No column's arrow is shown, so the list is in its own order: the newest first (it used to open sorted by its
    first column descending behind the missing arrow: projects Z to A, quotes by number with every draft last).
    A click on a column sorts by it; asking for no column again gives the newest first back."""
    model = {"projects": Project, "quotes": Quote, "contracts": Contract}[kind]
    view = shown(qtbot, kind)
    newest = [row[0] for row in model.select(model.id).order_by(model.id.desc()).limit(5).tuples()]
    assert view.table.horizontalHeader().sortIndicatorSection() == -1
    assert [view.model.id_at(row) for row in range(5)] == newest
    first = view.model.spec.columns[0].key  # title or number
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model.sort_key == first and [view.model.id_at(row) for row in range(5)] != newest
    view.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    assert [view.model.id_at(row) for row in range(5)] == newest
