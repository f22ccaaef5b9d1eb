"""A document's totals under its line table: each figure's right edge on the Amount column's right edge, the
amount due emphasised. The figures come from studio_app.money.document_totals; this only lays them out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QStyle, QWidget

from ui.tokens import TYPE, WEIGHT, space
from ui.widgets.fields import clear_layout
from ui.widgets.line_table import LineTable

#: How a row reads: a plain figure, the document's total (semibold), what is still due (larger, bold).
STYLES = ("", "total", "due")


class TotalsBlock(QWidget):
    """Rows of (label, figure, style) kept in line with ``table``'s Amount column.

    Placed in the same layout column as the table (same x, same width), so the table's geometry tells where
    the figures end."""

    def __init__(self, table: LineTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals")
        self.table = table
        self.rows: list[tuple[str, str, str]] = []
        self.values: list[QLabel] = []
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(space(3))
        self.grid.setVerticalSpacing(space(0.5))
        self.grid.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self.align)
        table.horizontalHeader().geometriesChanged.connect(self.align)

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (label, figure, style) with style one of :data:`STYLES`."""
        self.rows = rows
        clear_layout(self.grid)
        self.values = []
        line = 0
        for label, value, style in rows:
            if style:
                self.grid.addWidget(self._rule(), line, 1, 1, 2)
                line += 1
            name, figure = QLabel(label), QLabel(value)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (name, figure):
                widget.setFont(self._font(style))
            self.grid.addWidget(name, line, 1)
            self.grid.addWidget(figure, line, 2)
            self.values.append(figure)
            line += 1
        self.align()

    def text(self) -> str:
        """What the block says, a row a line ("Amount due €400.00")."""
        return "\n".join(f"{label} {value}" for label, value, _style in self.rows)

    def figure_for(self, label: str) -> QLabel | None:
        for (shown, _value, _style), figure in zip(self.rows, self.values):
            if shown == label:
                return figure
        return None

    def _font(self, style: str) -> QFont:
        font = QFont(self.font())
        if style == "due":
            font.setPixelSize(TYPE["title"])
            font.setWeight(QFont.Weight(WEIGHT["bold"]))
        elif style == "total":
            font.setWeight(QFont.Weight(WEIGHT["semibold"]))
        return font

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        return rule

    def align(self, *_args) -> None:
        """Figures end where the Amount column's figures end: same right edge, same cell padding."""
        table = self.table
        amount_right = table.amount_right()
        column_width = table.horizontalHeader().sectionSize(table.model().columnCount() - 1)
        # The delegate keeps the focus frame's margin plus one pixel inside a cell, and the grid line takes one.
        padding = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1 \
            + (1 if table.showGrid() else 0)
        right = max(0, table.width() - amount_right) + padding
        self.grid.setContentsMargins(0, space(1), right, 0)
        self.grid.setColumnMinimumWidth(2, max(0, column_width - 2 * padding))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.align()
        return False
