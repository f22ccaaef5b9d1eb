"""Settings → Documents and numbering → Continue numbering: a series picks up after the last number the studio
gave out with the program it used before (INV-2026-0041 → the next is INV-2026-0042)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_app.money import numbering
from studio_app.text.errors import StudioError
from studio_app.work import clock
from ui.i18n import error_text
from ui.widgets.fields import SpinBox


class ContinueNumbering(QWidget):
    """Series, year and the last number used; the service refuses a number below one already issued or imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = QComboBox()
        self.series.setAccessibleName(self.tr("Number series to continue"))
        for name, text in (("invoice", self.tr("Invoices")), ("quote", self.tr("Quotes")),
                           ("contract", self.tr("Contracts")), ("credit_note", self.tr("Credit notes")),
                           ("deposit", self.tr("Deposit invoices"))):
            self.series.addItem(text, name)
        self.year = SpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.after = SpinBox()
        self.after.setRange(0, 999_999_999)
        self.after.setAccessibleName(self.tr("Last number already used"))
        self.button = QPushButton(self.tr("Continue after it"))
        self.button.clicked.connect(self.apply)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.series, self.year, QLabel(self.tr("last number")), self.after, self.button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def apply(self) -> None:
        series, after = self.series.currentData(), self.after.value()
        try:
            numbering.continue_after(series, self.year.value(), after)
        except StudioError as exc:
            self._show(error_text(exc), error=True)
            return
        self._show(self.tr("Done: the next number of this series is number %1.").replace("%1", str(after + 1)),
                   error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.result.setObjectName("formError" if error else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
