"""Record myDATA ΜΑΡΚ… on an issued Greek invoice: offered there only, refused in place when a value is wrong,
and once saved the invoice is handed out as the copy printed with the ΜΑΡΚ; the clause list names each law."""

from __future__ import annotations

import pytest

from studio_app.store.models import Transmission
from studio_app.work import invoices, issuing
from tests import factories
from tests.studio_app.documents.local_docs import CLIENTS, STUDIOS
from tests.ui.test_workflow import click
from ui.dialogs.mydata import MyDataDialog

pytestmark = pytest.mark.gui


def test_record_the_mark_of_an_issued_greek_invoice(window, qtbot, asked, tmp_path):
    factories.studio(**STUDIOS["GR"])
    client = factories.client(language="el", **CLIENTS["GR"])
    draft = invoices.create_draft(client.id, lines=[{"description": "Αφίσα", "quantity": "1", "unit_price": "300",
                                                     "tax_rate": "24"}])
    window.open_record("invoice", draft.id)
    editor = window.sections["invoices"].editor
    assert not editor.mydata_button.isVisible()  # a draft has no ΜΑΡΚ yet
    invoice = invoices.issue(draft.id)
    window.open_record("invoice", invoice.id)
    assert editor.mydata_button.isVisible()
    tried = []

    def fill(dialog: MyDataDialog) -> None:
        dialog.mark.setText("not a mark")
        dialog.accept()
        tried.append(dialog.message.text())  # refused in place, the dialog stays open
        dialog.mark.setText("400001234567890")
        dialog.uid.setText("A1B2C3D4E5F60718293A4B5C6D7E8F9012345678")
        dialog.url.setText("https://mydata.example.gr/q?m=1")
        dialog.grab().save(str(tmp_path / "mydata-dialog.png"))
        dialog.accept()

    asked.fill(MyDataDialog, fill)
    click(qtbot, editor.mydata_button)
    assert "20" in tried[0] and Transmission.get().mark == "400001234567890"
    assert issuing.pdf_bytes("invoice", invoice.id) == bytes(Transmission.get().pdf)
    assert not editor.mydata_button.isVisible()  # recorded once


def test_the_clause_list_names_each_law(window):
    window.show_view("settings")
    window.settings_tabs.setCurrentIndex(1)
    page = window.documents_settings
    page.language.setCurrentIndex(page.language.findData("en"))
    labels = [page.keys.item(row).text() for row in range(page.keys.count())]
    assert "Contract: Governing law and jurisdiction — Greece" in labels
    assert "Contract: Governing law and jurisdiction — other countries" in labels
    page.select("clause.governing_law@MY")
    assert "laws of Malaysia" in page.editor.toPlainText()
