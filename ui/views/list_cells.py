"""The cells of a list's table: plain text drawn from the model's formatted cells, the status as a pill."""

from __future__ import annotations

import math

import shiboken6

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QPixmap, QStaticText,
                           QTransform)
from PySide6.QtWidgets import (QApplication, QStyle, QStyledItemDelegate, QStyleFactory, QStyleOptionViewItem,
                               QTableView)

from ui import theme
from ui.models.list_model import ListModel
from ui.widgets.status_pill import StatusPillDelegate, paint_pill, pill_size

_BUSY = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight)
_TEXTS_KEPT = 4000  # laid-out cell texts kept (a screen shows about 250)


_PLAIN: list[QStyle] = []


def plain_style() -> QStyle:
    """Fusion without the app's Python proxy (ui.indicators.TokenStyle), for the list tables: they draw no
    check box or radio button, and the proxy's Python drawPrimitive ran for every cell's row background."""
    if not _PLAIN or not shiboken6.isValid(_PLAIN[0]):  # a test's application may have taken it down with it
        _PLAIN.clear()
        style = QStyleFactory.create("Fusion")
        style.setParent(QApplication.instance())  # lives as long as the application
        _PLAIN.append(style)
    return _PLAIN[0]


class ListCells(StatusPillDelegate):
    """Every cell of a list. A plain cell (not selected, hovered or focused) is its formatted text drawn from a
    laid-out QStaticText, read from the model's cell cache directly: QStyledItemDelegate asked the model for
    seven roles per cell and laid every text out again on each paint, two thirds of a list's paint. The status
    column's pills are drawn once per status, label and theme and then copied (drawing each through the style
    sheet cost a millisecond and a half). Other cells are painted by QStyledItemDelegate, as before."""

    def __init__(self, table: QTableView, model: ListModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._texts: dict[tuple, tuple[QStaticText, float, int]] = {}
        self._font = QFont()
        self._margin = -1

    def paint(self, painter: QPainter, option, index) -> None:
        row = index.row()
        cell = self.model.cell(row, index.column())
        if cell is None:
            super().paint(painter, option, index)
            return
        text, alignment, status = cell
        if status:
            self._paint_pill(painter, option, row, status, text)
        elif option.state & _BUSY or row == self.model.hover_row:
            QStyledItemDelegate.paint(self, painter, option, index)
        elif text:
            self._paint_text(painter, option, text, alignment)

    def _paint_text(self, painter: QPainter, option, text: str, alignment: int) -> None:
        """The text as QCommonStyle lays out an item's: inside the focus frame's margin, elided on the right,
        centred vertically."""
        rect = option.rect
        if self._margin < 0:  # the style's constant (Fusion's focus frame), read once
            self._margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                          self.table) + 1
        margin = self._margin
        width = rect.width() - 2 * margin
        font = option.font
        if font != self._font:  # the texts were laid out in another font
            self._texts.clear()
            self._font = QFont(font)
        key = (text, width)
        laid = self._texts.get(key)
        if laid is None:
            laid = self._lay_out(text, width, font)
            if len(self._texts) >= _TEXTS_KEPT:
                self._texts.clear()
            self._texts[key] = laid
        static, advance, height = laid
        x = rect.x() + margin
        if alignment & _RIGHT_ALIGNED:
            x = rect.x() + rect.width() - margin - advance
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawStaticText(QPointF(x, rect.y() + (rect.height() - height) // 2), static)

    @staticmethod
    def _lay_out(text: str, width: int, font: QFont) -> tuple[QStaticText, float, int]:
        metrics = QFontMetricsF(font)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width) if width > 0 else ""
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        return static, metrics.horizontalAdvance(shown), math.ceil(metrics.ascent() + metrics.descent())

    def _paint_pill(self, painter: QPainter, option, row: int, status: str, text: str) -> None:
        tokens = theme.current()
        if option.state & QStyle.StateFlag.State_Selected:
            background = tokens.accent
        elif row == self.model.hover_row:
            background = tokens.hover
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            background = tokens.surface_alt
        else:
            background = tokens.surface
        painter.fillRect(option.rect, QColor(background))
        pixmap = self._pixmap(str(status), text or None, option.font, painter.device().devicePixelRatioF())
        area = option.rect.adjusted(6, 0, -6, 0)
        width = min(pixmap.deviceIndependentSize().width(), area.width())
        y = area.y() + (area.height() - pixmap.deviceIndependentSize().height()) / 2
        painter.drawPixmap(QPointF(area.x(), y), pixmap, QRectF(0, 0, width * pixmap.devicePixelRatio(),
                                                                  pixmap.height()))

    def _pixmap(self, status: str, text: str | None, font: QFont, ratio: float) -> QPixmap:
        tokens = theme.current()
        key = (status, text, font.key(), ratio, tokens)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            size = pill_size(status, text, font)
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setFont(font)
            paint_pill(painter, QRect(0, 0, size.width(), size.height()), status, text)
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap
