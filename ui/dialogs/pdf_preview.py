"""A document's PDF inside the app: preview with QPdfView, print the same pages, save, or open elsewhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from studio_app.files import safe_write
from studio_app.text.errors import StudioError
from ui import ask
from ui.dialogs.base import Dialog
from ui.i18n import error_text


class PdfPreview(Dialog):
    def __init__(self, pdf: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.NoButton)  # its own row, below
        self.message.hide()
        self.pdf = pdf
        self.name = name
        self.setWindowTitle(name)
        self.resize(900, 1000)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Print…"), self.print_pdf), (self.tr("Save as PDF…"), self.save_as),
                           (self.tr("Open in PDF viewer"), self.open_external), (self.tr("Close"), self.reject)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.insertStretch(3, 1)
        self.content.addWidget(self.view, 1)
        self.layout().addLayout(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.name)
        if ask.run(QPrintDialog(printer, self)):
            print_document(self.document, printer)

    def save_as(self) -> None:
        path = ask.save_file(self, self.tr("Save as PDF"), f"{self.name}.pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            try:
                save_pdf(self.pdf, Path(path))
            except StudioError as exc:  # a folder, a device, the database itself, a full disk
                ask.warning(self, error_text(exc))

    def open_external(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="studio-desk-"))
        path = save_pdf(self.pdf, folder / f"{self.name}.pdf")
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            ask.information(self, self.tr("The PDF was saved to %1.").replace("%1", str(path)), title=self.name)


def save_pdf(pdf: bytes, path: Path) -> Path:
    """Private (0600) from the first byte and renamed into place whole, like the command line's `pdf -o`."""
    return safe_write.write_bytes(path, pdf)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the PDF's own pages, each scaled to the printable area, so paper matches the file."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            area = painter.viewport()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(area.x(), area.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                Qt.TransformationMode.SmoothTransformation))
        return document.pageCount()
    finally:
        painter.end()
