"""A document's PDF inside the window: previewed with QPdfView, printed page for page, saved as the same bytes."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from studio_app.work import issuing
from tests import factories
from ui import ask
from ui.dialogs.pdf_preview import PdfPreview, print_document, save_pdf

pytestmark = pytest.mark.gui


def test_preview_print_and_save_an_issued_invoice(qtbot, sqlite_db, today, tmp_path, output_dir, asked):
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

    asked.answer(str(tmp_path / "chosen.pdf"))
    preview.save_as()
    assert asked.last == ask.Asked("save_file", "Save as PDF", f"{invoice.number}.pdf", (), "PDF documents (*.pdf)")
    assert (tmp_path / "chosen.pdf").read_bytes() == pdf
    asked.answer(str(tmp_path))  # a folder: said in a box, never a traceback
    preview.save_as()
    assert asked.last.kind == "warning" and str(tmp_path) in asked.last.text


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


def test_the_preview_refuses_a_document_whose_pdf_was_replaced(qtbot, window, today, asked):
    """A PDF swapped in the database with its hash and link recomputed: the seal says no, the window says why."""
    import hashlib

    from studio_app.store import sealing
    from studio_app.store.models import IssuedDocument
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)
    forged = b"%PDF-1.4 pay to IBAN XX00 EVIL"
    digest = hashlib.sha256(forged).hexdigest()
    record = IssuedDocument.get((IssuedDocument.kind == "invoice") & (IssuedDocument.document_id == invoice.id))
    IssuedDocument.update(pdf=forged, pdf_sha256=digest,
                          link=sealing.link(None, "invoice", record.number, record.snapshot, digest)).where(
        IssuedDocument.id == record.id).execute()
    window.show_view("invoices")
    section = window.sections["invoices"]
    section.list.select_id(invoice.id)
    window.print_current()
    assert asked.texts("warning") == [f"The stored PDF of {invoice.number} does not match its seal: it was changed after issuing. "
                        f"Run check."]
    assert getattr(section.editor, "preview_dialog", None) is None or not section.editor.preview_dialog.isVisible()
