"""What an empty list shows: a sentence saying why it is empty, and the actions that fill it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred message with a row of buttons under it ("No clients yet" · Add a client · Import from a file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.row = QHBoxLayout()
        self.row.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(self.row)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []

    def set_state(self, message: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        self.message.setText(message)
        self.setAccessibleName(message)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for text, slot in actions:
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, run=slot: run())
            self.row.addWidget(button)
            self.buttons.append(button)

    def text(self) -> str:
        return self.message.text()

    def action_texts(self) -> list[str]:
        return [button.text() for button in self.buttons]

    def click(self, text: str) -> None:
        """Press the action labelled ``text`` (as a person would)."""
        next(button for button in self.buttons if button.text() == text).click()
