"""The first view on start: what needs doing today (filled in by the reminders service when present)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DashboardView(QWidget):
    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Today"))
        title.setObjectName("viewTitle")
        self.empty = QLabel(self.tr("Your day at a glance appears here: clients waiting for an answer, deadlines "
                                    "at risk, updates due, money owed and follow-ups."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        pass
