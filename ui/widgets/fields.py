"""Form fields and the in-place validation every form uses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QWidget)

from studio_app.text.errors import StudioError
from ui import formatting
from ui.i18n import error_text

_NO_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date with a calendar popup that can also be empty (shown blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(formatting.date_input_format())
        self.set_value(None)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


def value_of(widget: QWidget) -> object:
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText() if data is None else data
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(type(widget).__name__)


def set_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, DateField):
        widget.set_value(value)  # type: ignore[arg-type]
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        at = widget.findData(value)
        widget.setCurrentIndex(at if at >= 0 else max(widget.findText(str(value)), 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))


def changed_signal(widget: QWidget):
    if isinstance(widget, DateField):
        return widget.dateChanged
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    raise TypeError(type(widget).__name__)


class Validation(QObject):
    """Runs a check on every change; marks the field the error names and reports whether Save may be pressed.

    ``check`` is a callable that raises :class:`StudioError` (a service's ``validate``), so the form
    applies exactly the rules the save will apply.
    """

    validity_changed = Signal(bool)

    def __init__(self, check, message: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.message = message
        self.fields: dict[str, QWidget] = {}
        self.valid = True
        self.error: StudioError | None = None
        message.setWordWrap(True)
        message.setObjectName("formError")
        message.hide()

    def watch(self, name: str, widget: QWidget) -> None:
        self.fields[name] = widget
        changed_signal(widget).connect(self.run)

    def run(self, *_args) -> bool:
        try:
            self.check()
        except StudioError as exc:
            self.show(exc)
        else:
            self._mark(None)
            self.error = None
            self.message.hide()
            self._set_valid(True)
        return self.valid

    def show(self, exc: StudioError) -> None:
        """Show a refusal (from checking or from a failed save) at its field."""
        self.error = exc
        if self.message.objectName() != "formError":  # after a result shown in the normal colour
            self.message.setObjectName("formError")
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self._mark(exc.field)
        self.message.setText(error_text(exc))
        self.message.show()
        self._set_valid(False)

    def _mark(self, field: str | None) -> None:
        for name, widget in self.fields.items():
            bad = name == field
            if widget.property("invalid") != bad:
                widget.setProperty("invalid", bad)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if bad:
                widget.setToolTip(self.message.text())

    def _set_valid(self, valid: bool) -> None:
        if valid != self.valid:
            self.valid = valid
            self.validity_changed.emit(valid)
