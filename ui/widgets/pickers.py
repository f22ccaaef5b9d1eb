"""Country, currency and colour pickers.

Countries and currencies by their names in the interface language (Babel's), in that language's order, found by
typing any part of the name or the code, without minding case or accents; the ISO code is the value. A colour as
a swatch that opens the colour dialog, beside its hex code."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QColorDialog, QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui import ask, formatting

CODE_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded name and code a typed text is looked for in


class _Contains(QSortFilterProxyModel):
    """Rows whose name or code contains the typed text, case and accents ignored."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = formatting.search_key(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 (Qt's name)
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return not self.needle or self.needle in key


class CodePicker(QComboBox):
    """An editable combo box of (ISO code, name) whose value is the code.

    Typing filters the list (a completer popup); a typed text that names no entry is kept as typed, so the
    service's check names it in the form's message."""

    value_changed = Signal()

    def __init__(self, entries: list[tuple[str, str]], *, empty: str | None = None, show_code: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)  # a long name ("South Georgia & …") does not widen the form
        self.entries = QStandardItemModel(self)
        if empty is not None:
            self._add("", empty)
        for code, name in entries:
            self._add(code, f"{name} ({code})" if show_code else name)
        self.setModel(self.entries)
        self.filter = _Contains(self)
        self.filter.setSourceModel(self.entries)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self.filter.set_needle)
        completer.activated.connect(self._picked_text)
        self.currentIndexChanged.connect(lambda _at: self.value_changed.emit())
        self.editTextChanged.connect(lambda _text: self.value_changed.emit())
        self.lineEdit().editingFinished.connect(self._settle)

    def _add(self, code: str, text: str) -> None:
        item = QStandardItem(text)
        item.setData(code, CODE_ROLE)
        item.setData(formatting.search_key(f"{text} {code}"), KEY_ROLE)
        self.entries.appendRow(item)

    def _picked_text(self, text: str) -> None:
        at = self.findText(text, Qt.MatchFlag.MatchExactly)
        if at >= 0:
            self.setCurrentIndex(at)

    def _settle(self) -> None:
        """Leaving the field: a typed code or a whole name selects its entry."""
        at = self._find(self.currentText())
        if at >= 0 and at != self.currentIndex():
            self.setCurrentIndex(at)
        elif at >= 0:
            self.setEditText(self.itemText(at))

    def _find(self, text: str) -> int:
        typed = text.strip()
        if not typed:
            return self.findData("", CODE_ROLE)
        at = self.findData(typed.upper(), CODE_ROLE)
        if at >= 0:
            return at
        wanted = formatting.search_key(typed)
        for row in range(self.count()):
            if formatting.search_key(self.itemText(row)) == wanted:
                return row
        return -1

    def value(self) -> str:
        """The chosen ISO code; a text that names no entry, as typed (the check refuses it by name)."""
        text = self.currentText().strip()
        at = self.currentIndex()
        if at >= 0 and text == self.itemText(at):
            return str(self.itemData(at, CODE_ROLE) or "")
        at = self._find(text)
        return str(self.itemData(at, CODE_ROLE) or "") if at >= 0 else text

    def set_value(self, code: object) -> None:
        code = str(code or "").strip().upper()
        at = self.findData(code, CODE_ROLE)
        if at < 0 and code:  # a code no longer in the list (an old currency): kept, shown as its code
            self._add(code, code)
            at = self.count() - 1
        self.setCurrentIndex(at if at >= 0 else 0)
        self.setEditText(self.itemText(self.currentIndex()) if self.count() else "")


def country_picker(*, empty: str | None = "—", parent: QWidget | None = None) -> CodePicker:
    """Every country by its name in the interface language; the value is its ISO 3166 code ("" for none, the
    entry ``empty``; None: no such entry)."""
    picker = CodePicker(formatting.countries(), empty=empty, parent=parent)
    picker.setAccessibleName(QCoreApplication.translate("Pickers", "Country"))
    return picker


def currency_picker(*, empty: str | None = None, parent: QWidget | None = None) -> CodePicker:
    """The currencies in use, "Euro (EUR)", in the interface language; the value is the ISO 4217 code
    (``empty``: the text of a first entry whose value is "", e.g. "the client's currency")."""
    picker = CodePicker(formatting.currencies(), empty=empty, show_code=True, parent=parent)
    picker.setAccessibleName(QCoreApplication.translate("Pickers", "Currency"))
    return picker


class ColourPicker(QWidget):
    """A colour as a swatch button (opening the colour dialog) beside its hex code, which may be typed; the value
    is the hex text as shown ("#2F5D8A"), checked by the service that saves it."""

    value_changed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.swatch = QPushButton()
        self.swatch.setIconSize(QSize(40, 16))
        self.swatch.setAccessibleName(QCoreApplication.translate("Pickers", "Choose a colour"))
        self.swatch.setToolTip(QCoreApplication.translate("Pickers", "Choose a colour"))
        self.swatch.clicked.connect(self.choose)
        self.hex = QLineEdit()
        self.hex.setMaxLength(7)
        self.hex.setMaximumWidth(110)
        self.hex.setAccessibleName(QCoreApplication.translate("Pickers", "Colour code"))
        self.hex.textChanged.connect(self._changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.swatch)
        row.addWidget(self.hex)
        row.addStretch(1)
        self._paint("")

    def value(self) -> str:
        return self.hex.text().strip()

    def set_value(self, value: object) -> None:
        self.hex.setText(str(value or ""))

    def choose(self) -> None:
        current = QColor(self.value()) if _HEX.fullmatch(self.value()) else QColor("#2F5D8A")
        dialog = QColorDialog(current, self)
        dialog.setWindowTitle(self.title or QCoreApplication.translate("Pickers", "Choose a colour"))
        try:
            if ask.run(dialog):
                self.hex.setText(dialog.currentColor().name().upper())
        finally:  # now, not left hidden under the picker: each choice would add one that every restyle polishes
            shiboken6.delete(dialog)

    def _changed(self, text: str) -> None:
        self._paint(text.strip())
        self.value_changed.emit()

    def _paint(self, text: str) -> None:
        pixmap = QPixmap(40, 16)
        valid = bool(_HEX.fullmatch(text))
        pixmap.fill(QColor(text) if valid else QColor(0, 0, 0, 0))
        self.swatch.setIcon(QIcon(pixmap))
        self.swatch.setText("" if valid else QCoreApplication.translate("Pickers", "Choose…"))


_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
PICKERS = (CodePicker, ColourPicker)  # the widgets whose value is value() / set_value() / value_changed
