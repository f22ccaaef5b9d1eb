"""A small painted bar chart (revenue by month, hours per week): a value axis with round steps and gridlines,
a label under every bar, the figure above each bar where it fits, and an optional labelled limit line."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme
from ui.tokens import TYPE, space

TICKS = 4  # gridlines above zero, about


def nice_steps(top: float, ticks: int = TICKS) -> list[float]:
    """0 and round values (1, 2, 2.5 or 5 × 10ⁿ apart) up to the first at or above ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    count = math.ceil(top / step - 1e-9)
    return [n * step for n in range(count + 1)]


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.limit: float | None = None
        self.limit_label = ""
        self.value_text = str
        self.bar_text = str  # short figures: above the bars and on the axis
        self.setMinimumHeight(space(20))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], values: list[float], limit: float | None = None, value_text=str,
                 bar_text=None, limit_label: str = "") -> None:
        """``value_text`` writes a value in full (tooltip); ``bar_text`` (default: the same) the short figure on
        the axis and above each bar that is not zero (shown only when every one fits its bar's width);
        ``limit_label`` names the limit line ("Capacity 40 h")."""
        self.labels, self.values, self.limit, self.value_text = labels, values, limit, value_text
        self.bar_text = bar_text or value_text
        self.limit_label = limit_label
        self.setToolTip("\n".join(f"{label}: {value_text(value)}" for label, value in zip(labels, values)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(space(45), space(24))

    def bar_figures(self) -> list[str]:
        """The text above each bar ("" for an empty bar), before checking that it fits."""
        return [self.bar_text(value) if value else "" for value in self.values]

    def steps(self) -> list[float]:
        return nice_steps(max([*self.values, self.limit or 0, 0]))

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(TYPE["caption"])
        return font

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        if not self.values:
            return
        t = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        steps = self.steps()
        axis = [self.bar_text(value) for value in steps]
        axis_width = max(metrics.horizontalAdvance(text) for text in axis) + space(1)
        area = QRectF(axis_width, line + space(1), self.width() - axis_width - 2,
                      self.height() - 2 * line - space(1.5))
        top = steps[-1] or 1

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * value / top

        for value, text in zip(steps, axis):  # gridlines and the value axis
            y = y_of(value)
            painter.setPen(QPen(QColor(t.border_strong if value == 0 else t.border), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(t.text_muted))
            painter.drawText(QRectF(0, y - line / 2, axis_width - space(0.5), line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        step = area.width() / len(self.values)
        bar = min(step * 0.6, space(5))
        figures = self.bar_figures()
        if any(metrics.horizontalAdvance(figure) > step - 2 for figure in figures):
            figures = [""] * len(figures)
        labels = self.labels
        if any(metrics.horizontalAdvance(label) > step - 2 for label in labels):  # every other one, never cut
            last = len(labels) - 1
            labels = [label if (last - n) % 2 == 0 else "" for n, label in enumerate(labels)]
        for i, value in enumerate(self.values):
            x = area.left() + i * step + (step - bar) / 2
            over = self.limit is not None and value > self.limit
            colour = QColor(t.danger if over else t.accent)
            height = area.height() * value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, area.bottom() - height, bar, height), 2, 2)
            cell = QRectF(area.left() + i * step, 0, step, line)
            painter.setPen(QColor(t.text_muted))
            painter.drawText(cell.translated(0, area.bottom() + space(0.5)),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), labels[i])
            if figures[i]:
                painter.setPen(QColor(t.text))
                painter.drawText(cell.translated(0, area.bottom() - height - line - 2),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), figures[i])
        if self.limit is not None:
            self._paint_limit(painter, area, y_of(self.limit), metrics, t)
        painter.end()

    def _paint_limit(self, painter: QPainter, area: QRectF, y: float, metrics: QFontMetrics, t) -> None:
        pen = QPen(QColor(t.warning), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if self.limit_label:
            width = metrics.horizontalAdvance(self.limit_label) + space(1)
            box = QRectF(area.right() - width, y - metrics.height() - 2, width, metrics.height())
            painter.fillRect(box, QColor(t.surface))
            painter.setPen(QColor(t.warning))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.limit_label)
