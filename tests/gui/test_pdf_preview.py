"""A document's PDF inside the window: previewed with QPdfView, printed page for page, saved as the same bytes."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from studio_app import issuing
from tests import factories
from ui.dialogs.pdf_preview import PdfPreview, print_document, save_pdf

pytestmark = pytest.mark.gui


def test_preview_print_and_save_an_issued_invoice(qtbot, sqlite_db, today, tmp_path, output_dir):
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)
    pdf = issuing.pdf_bytes("invoice", invoice.id)
    preview = PdfPreview(pdf, invoice.number)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count() == len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    preview.view.grab()
    qtbot.wait(1500)  # QPdfView renders pages in a worker thread
    assert preview.grab().save(str(output_dir / "pdf-preview.png"))

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_document(preview.document, printer) == preview.page_count()
    assert len(PdfReader(printed).pages) == preview.page_count()

    saved = save_pdf(pdf, tmp_path / "saved.pdf")
    assert saved.read_bytes() == pdf
    assert saved.stat().st_mode & 0o777 == 0o600


def test_ctrl_p_opens_the_preview_of_the_selected_document(qtbot, window, today):
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)
    window.show_view("invoices")
    section = window.sections["invoices"]
    section.list.select_id(invoice.id)
    window.print_current()
    dialog = section.editor.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.page_count() >= 1
    assert invoice.number in dialog.windowTitle()
