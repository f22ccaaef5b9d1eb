"""A small painted bar chart (revenue by month, hours per week) with an optional limit line."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.limit: float | None = None
        self.value_text = str
        self.bar_text = None  # the short text drawn above each bar, where it fits
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], values: list[float], limit: float | None = None, value_text=str,
                 bar_text=None) -> None:
        """``value_text`` writes a value in full (tooltip, limit line); ``bar_text`` (default: the same) writes
        the figure drawn above each bar that is not zero, shown only when every one fits its bar's width."""
        self.labels, self.values, self.limit, self.value_text = labels, values, limit, value_text
        self.bar_text = bar_text or value_text
        self.setToolTip("\n".join(f"{label}: {value_text(value)}" for label, value in zip(labels, values)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 170)

    def bar_figures(self) -> list[str]:
        """The text above each bar ("" for an empty bar), before checking that it fits."""
        return [self.bar_text(value) if value else "" for value in self.values]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        over = QColor("#C62828") if palette.color(QPalette.ColorRole.Window).lightness() > 128 else QColor("#FF8A80")
        if not self.values:
            return
        small = painter.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 4
        area = QRectF(4, 18 + label_height, self.width() - 8, self.height() - 18 - 2 * label_height)
        top = max(max(self.values), self.limit or 0) or 1
        step = area.width() / len(self.values)
        bar = step * 0.62
        figures = self.bar_figures()
        if any(metrics.horizontalAdvance(figure) > step - 2 for figure in figures):
            figures = [""] * len(figures)
        for i, (label, value) in enumerate(zip(self.labels, self.values)):
            height = area.height() * value / top
            x = area.left() + i * step + (step - bar) / 2
            colour = over if self.limit is not None and value > self.limit else accent
            painter.fillRect(QRectF(x, area.bottom() - height, bar, height), colour)
            painter.setPen(text)
            painter.drawText(QRectF(area.left() + i * step, area.bottom() + 2, step, label_height),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
            if figures[i]:
                painter.drawText(QRectF(area.left() + i * step, area.bottom() - height - label_height, step,
                                        label_height), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 figures[i])
        if self.limit is not None:
            y = area.bottom() - area.height() * self.limit / top
            pen = QPen(text)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.drawText(QRectF(area.left(), y - 16, area.width(), 14), Qt.AlignmentFlag.AlignRight,
                             self.value_text(self.limit))
        painter.end()
