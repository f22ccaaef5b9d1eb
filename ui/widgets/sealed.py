"""A form value that is an input on a draft and plain text once the document is issued (``QLabel#readOnlyValue``),
never a greyed-out widget; and the note that says the document is locked (``QFrame#lockedNote``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.tokens import space


class Sealed(QWidget):
    """Holds ``editor`` and a read-only label showing ``text()`` of it; :meth:`set_sealed` swaps them."""

    def __init__(self, editor: QWidget, text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self._text = editor, text
        self.value = QLabel()
        self.value.setObjectName("readOnlyValue")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.value)
        self.sealed = False

    def set_sealed(self, sealed: bool) -> None:
        self.sealed = sealed
        if sealed:
            self.value.setText(self._text() or "—")
        self.editor.setVisible(not sealed)
        self.value.setVisible(sealed)

    def text(self) -> str:
        """What a person reads in the field: the value's text when sealed."""
        return self.value.text() if self.sealed else self._text()


class LockedNote(QFrame):
    """"Issued on 23 Nov 2026 — the figures are sealed. To change them, create a credit note." """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedNote")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QLabel("🔒")
        icon.setAccessibleName(self.tr("Locked"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(space(1.5), space(1), space(1.5), space(1))
        layout.setSpacing(space(1))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()
