"""Every item model in ui/models passes Qt's model tester; the lists fetch pages, not every row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from studio_app.store import db, lists
from studio_app.store.models import Client, Invoice
from tests import factories
from ui.models.lines_model import KEYS, LinesModel
from ui.models.list_model import PAGE, ListModel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", list(lists.SPECS))
def test_list_models_pass_the_model_tester(qtmodeltester, demo_db, kind):
    model = ListModel(kind)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_filter(lists.Filter(text="a"))
    qtmodeltester.check(model, force_py=True)


def test_lines_model_passes_the_model_tester(qtmodeltester, sqlite_db):
    model = LinesModel()
    model.load([{"description": "Logo", "quantity": "1", "unit_price": 50000, "tax_rate": "20"},
                {"description": "Brand guide", "quantity": "2", "unit_price": 1250, "tax_rate": "10",
                 "discount_percent": "5"}], "EUR")
    qtmodeltester.check(model, force_py=True)
    model.add_line("20")
    model.move_line(2, -1)
    model.setData(model.index(0, 1), "abc")
    qtmodeltester.check(model, force_py=True)
    assert model.row_error(0) and model.error() is not None


def test_lines_model_totals_match_the_money_function(sqlite_db):
    from studio_app import money
    model = LinesModel()
    model.load([{"description": "A", "quantity": "3", "unit_price": 3333, "tax_rate": "19"},
                {"description": "B", "quantity": "1.5", "unit_price": 1999, "tax_rate": "7", "discount_percent": "10"}],
               "EUR")
    expected = money.document_totals([money.Line(Decimal(3), 3333, Decimal(19)),
                                      money.Line(Decimal("1.5"), 1999, Decimal(7), Decimal(10))],
                                     "EUR")
    assert money.document_totals(model.money_lines(), "EUR") == expected
    assert model.data(model.index(1, KEYS.index("amount"))) == "€26.99"


@pytest.mark.parametrize("language, quantity, price, rate", [("en", "2.5", "1,500.00", "7.5"),
                                                               ("tr", "2,5", "1.500,00", "7,5")])
def test_line_numbers_show_in_the_interface_language_and_edit_as_typed(sqlite_db, language, quantity, price, rate):
    from ui import formatting
    before = formatting.language()
    formatting.set_language(language)
    try:
        model = LinesModel()
        model.load([{"description": "Poster", "quantity": "2.5", "unit_price": 150000, "tax_rate": "7.5"}], "EUR")
        shown = [model.data(model.index(0, column)) for column in (1, 3, 4)]
        assert shown == [quantity, price, rate]
        assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == "1500.00"
        model.setData(model.index(0, 1), "3,25")  # typed with a decimal comma in either language
        assert model.data(model.index(0, 1), Qt.ItemDataRole.EditRole) == "3,25"
        assert model.data(model.index(0, 1)) == {"en": "3.25", "tr": "3,25"}[language]
        model.setData(model.index(0, 1), "three")  # an invalid value stays as typed, with its message
        assert model.data(model.index(0, 1)) == "three" and model.row_error(0)
    finally:
        formatting.set_language(before)


def test_invoice_list_of_thousands_loads_only_the_pages_shown(qtbot, sqlite_db, today):
    client = factories.client()
    rows = [{"client": client.id, "kind": "standard", "status": "draft", "currency": "EUR", "language": "en",
             "total_net": 1000 * i, "total_gross": 1200 * i, "search_key": f"draft {i}"} for i in range(5000)]
    with db.transaction():
        for start in range(0, len(rows), 500):
            Invoice.insert_many(rows[start:start + 500]).execute()
    assert Client.select().count() == 1
    model = ListModel("invoices")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    model.reload()
    view.grab()  # paint, as the screen would
    assert model.rowCount() == 5000
    assert 0 < model.rows_fetched <= PAGE  # the first page only
    view.scrollTo(model.index(4000, 0))
    view.grab()  # paint, as the screen would
    assert model.rows_fetched <= 3 * PAGE  # plus the page around row 4,000, not the 4,000 rows before it
    assert model.data(model.index(4000, 1)) == "Ayşe Yılmaz"
