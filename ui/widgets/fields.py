"""Form fields and the in-place validation every form uses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QStyledItemDelegate, QWidget)

from studio_app.text.errors import StudioError
from ui import formatting
from ui.i18n import error_text
from ui.widgets.pickers import PICKERS

_NO_DATE = QDate(1900, 1, 1)
SPIN_TEXT_MARGIN = 6  # px between a spin box's border and its text: the style sheet's padding never reaches it


class SpinBox(QSpinBox):
    """A whole number with up and down buttons, its text kept off the border like a line edit's.

    (Set here rather than when the style polishes each widget: a Python ``polish`` is called for every widget of
    every window, and the first widget Qt made on its own that reaches Python there makes PySide6 build every
    widget class it has not built yet, about 15 ms before the first paint.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().setTextMargins(SPIN_TEXT_MARGIN, 0, 0, 0)


class DateField(QDateEdit):
    """A date with a calendar popup that can also be empty (shown blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().setTextMargins(SPIN_TEXT_MARGIN, 0, 0, 0)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        configure_date_edit(self)
        self.set_value(None)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


def configure_date_edit(edit: QDateEdit) -> None:
    """Every date editor shows the interface's one date format (``formatting.date``), its month names and its
    calendar in the interface language."""
    locale = formatting.qt_locale()
    edit.setLocale(locale)
    edit.setDisplayFormat(formatting.date_input_format())
    if edit.calendarWidget() is not None:
        edit.calendarWidget().setLocale(locale)


DATE_ROLE = Qt.ItemDataRole.UserRole + 8  # a table cell's date (a datetime.date or None); its text is formatted


class DateDelegate(QStyledItemDelegate):
    """A date column of an editable table: the cell shows ``formatting.date`` and edits in a DateField."""

    def createEditor(self, parent, _option, _index):  # noqa: N802 (Qt's names)
        editor = DateField(parent)
        editor.setCalendarPopup(False)  # a popup inside a cell closes the editor when it opens
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.set_value(index.data(DATE_ROLE))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        set_date_cell(model, index, editor.value())


def set_date_cell(model, index, value: dt.date | None) -> None:
    model.setData(index, value, DATE_ROLE)
    model.setData(index, formatting.date(value), Qt.ItemDataRole.DisplayRole)


LABEL_MOST = 220  # a longer label wraps at this width instead of pushing every field of the page right


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form as every page lays it out: labels on the left, aligned the same way, fields growing."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def align_labels(*forms: QFormLayout, most: int = LABEL_MOST) -> int:
    """One label width for the forms of a page (the widest label, at most ``most``; longer ones wrap), so
    every field column of the page starts at the same x. Returns the width."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
              and isinstance(item.widget(), QLabel)]
    width = min(max((label.fontMetrics().horizontalAdvance(label.text()) + 8 for label in labels), default=0), most)
    for label in labels:
        label.setWordWrap(True)  # a long translation wraps (also one set later, as the local details' labels)
        label.setFixedWidth(width)
    return width


def value_of(widget: QWidget) -> object:
    if isinstance(widget, PICKERS):
        return widget.value()
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
    if isinstance(widget, PICKERS):
        widget.set_value(value)
    elif isinstance(widget, DateField):
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
    if isinstance(widget, PICKERS):
        return widget.value_changed
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
    applies exactly the rules the save will apply. A form opens quiet: a refusal is shown (and Save held back)
    only for a watched field the user has changed since ``reset()``, or for every field once Save was pressed
    (``reveal()``, or ``show()`` with a save's refusal). An empty new form never opens in red. A refusal at a
    field that is not watched (a table added to ``fields``, a rule across fields) shows at once.
    """

    validity_changed = Signal(bool)

    def __init__(self, check, message: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.message = message
        self.fields: dict[str, QWidget] = {}
        self.touched: set[str] = set()
        self.watched: set[str] = set()  # quiet until touched; a refusal at any other field shows at once
        self.revealed = False
        self.valid = True  # False while a refusal is shown: Save is held back
        self.error: StudioError | None = None
        message.setWordWrap(True)
        message.setObjectName("formError")
        message.hide()

    def watch(self, name: str, widget: QWidget) -> None:
        self.fields[name] = widget
        self.watched.add(name)
        changed_signal(widget).connect(lambda *_args, n=name: self.touch(n))

    def touch(self, name: str) -> bool:
        """The user changed ``name``: its refusal may show from now on."""
        self.touched.add(name)
        return self.run()

    def reset(self) -> bool:
        """A form just (re)loaded: nothing touched, nothing shown, the check run quietly."""
        self.touched.clear()
        self.revealed = False
        return self.run()

    def reveal(self) -> bool:
        """Save was pressed: show the refusal wherever it is; True when the form may be saved."""
        self.revealed = True
        return self.run() and self.error is None

    def run(self, *_args) -> bool:
        try:
            self.check()
        except StudioError as exc:
            self.error = exc
            self.message.setText(error_text(exc))
            if self._shows(exc):
                self._display(exc)
            else:
                self._mark(None)
                self.message.hide()
                self._set_valid(True)
        else:
            self._mark(None)
            self.error = None
            self.message.hide()
            self._set_valid(True)
        return self.valid

    def _shows(self, exc: StudioError) -> bool:
        return self.revealed or exc.field in self.touched or exc.field not in self.watched

    def show(self, exc: StudioError) -> None:
        """Show a refusal (a failed save's) at its field; from now on every refusal shows."""
        self.revealed = True
        self._display(exc)

    def _display(self, exc: StudioError) -> None:
        self.error = exc
        if self.message.objectName() != "formError":  # after a result shown in the normal colour
            self.message.setObjectName("formError")
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(error_text(exc))
        self._mark(exc.field)
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


def clear_layout(layout) -> None:
    """Take every widget out of ``layout`` and delete it, hidden at once (not at the next event loop turn, when
    a grab or a paint in between would show the old rows beside the new ones)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
