"""A figure card: a caption and a count, one large amount in the main currency, the other currencies on a smaller line under
it (all of them in the tooltip), a count, and one action."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui import formatting
from ui.tokens import space

OTHERS_SHOWN = 2  # currencies named on the second line; the rest are counted (and all are in the tooltip)


def main_currency(totals: Sequence, preferred: str) -> str:
    """The studio's currency when it has an amount, else the one with the most invoices (then the largest)."""
    if any(t.currency == preferred and t.amount for t in totals) or not totals:
        return preferred
    return max(totals, key=lambda t: (t.count, t.amount)).currency


class FigureCard(QFrame):
    activated = Signal()  # the card's action was pressed

    def __init__(self, caption: str, action: str, primary: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # four equal cards, one height
        self.caption = QLabel(caption)
        self.caption.setObjectName("figureCaption")
        self.figure = QLabel()
        self.figure.setObjectName("figure")
        self.others = QLabel()
        self.others.setObjectName("muted")
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.action = QPushButton(action)
        self.action.setObjectName("primary" if primary else "link")
        self.action.setCursor(Qt.CursorShape.PointingHandCursor)
        self.action.clicked.connect(self.activated)
        self.caption.setWordWrap(True)
        figures = QHBoxLayout()
        figures.setSpacing(space(1))
        figures.addWidget(self.others, 1)
        figures.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space(2), space(1.5), space(2), space(1.5))
        layout.setSpacing(space(0.5))
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addLayout(figures)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # a taller row (a card's filled button) leaves room under the action, not between lines
        self._line = ""
        self._full = self._short = ""

    def set_figures(self, totals: Sequence, preferred: str, count_text: str) -> None:
        """``totals``: CurrencyAmount-like rows (currency, amount, count); the main one large, others smaller."""
        main = main_currency(totals, preferred)
        amount = next((t.amount for t in totals if t.currency == main), 0)
        self._full = formatting.amount(amount, main)
        self._short = formatting.compact_amount(amount, main)
        others = [t for t in totals if t.currency != main and t.amount]
        line = " · ".join(formatting.compact_amount(t.amount, t.currency) for t in others[:OTHERS_SHOWN])
        if len(others) > OTHERS_SHOWN:
            line += " " + self.tr("+%1 more").replace("%1", str(len(others) - OTHERS_SHOWN))
        self._line = line
        self.count.setText(count_text)
        tip = [f"{formatting.amount(t.amount, t.currency)}" for t in totals if t.amount] or [self._full]
        self.setToolTip("\n".join(tip))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The amount in full where it fits the card, else its compact form (the full one is in the tooltip)."""
        room = self.contentsRect().width() - space(4)
        fits = self.figure.fontMetrics().horizontalAdvance(self._full) <= room
        self.figure.setText(self._full if fits else self._short)
        room_left = room - self.count.sizeHint().width() - space(1)
        line = self.others.fontMetrics().elidedText(self._line, Qt.TextElideMode.ElideRight, max(room_left, 0))
        self.others.setText(line or " ")  # kept when empty, so the four cards line up
