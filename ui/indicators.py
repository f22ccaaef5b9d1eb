"""Check boxes and radio buttons painted from the design tokens on top of Fusion.

Fusion outlines an unchecked box in a shade of the window colour, which vanishes on a dark window; a style
sheet could only draw the tick from image files. This proxy style paints them with the theme's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QProxyStyle, QStyle, QStyleOption, QWidget

from ui.tokens import Theme

def own_viewport(view: QAbstractScrollArea) -> QAbstractScrollArea:
    """``view`` with a viewport made here, the same as the one Qt makes (its name, the Base background filled).

    `TokenStyle.drawPrimitive` is Python, so every widget Qt paints a primitive for reaches Python; a widget Qt
    made itself (a scroll area's viewport) has no Python object yet, and making one makes PySide6 build every
    widget class it has not built yet to find the widget's type, each with its enums: 120 enums, a quarter of
    start-up's, before the first paint. The lists on the first paint (the sidebar, the Today view's panels)
    therefore get their viewport from Python."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    view.setViewport(viewport)
    return view


_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class TokenStyle(QProxyStyle):
    def __init__(self, theme: Theme) -> None:
        super().__init__("Fusion")
        self.tokens = theme

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None):
        if element in _BOXES:
            self._box(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio(option, painter)
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect and widget is not None \
                and widget.objectName() == "sidebar":
            return  # the selected item's fill is the focus cue; no dotted rectangle inside it
        else:
            super().drawPrimitive(element, option, painter, widget)

    def _colours(self, option: QStyleOption) -> tuple[QColor, QColor, QColor, bool]:
        """(fill, border, mark, on) for the indicator's state."""
        t = self.tokens
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        on = bool(state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
        if on:
            fill = QColor(t.accent if enabled else t.text_muted)
            return fill, fill, QColor(t.on_accent if enabled else t.surface), True
        border = QColor(t.border_strong if enabled else t.border)
        if enabled and state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus):
            border = QColor(t.focus)
        return QColor(t.surface if enabled else t.surface_alt), border, QColor(t.text), False

    def _square(self, option: QStyleOption) -> QRectF:
        rect = QRectF(option.rect)
        side = min(rect.width(), rect.height(), 16.0)
        return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side).adjusted(.5, .5, -.5, -.5)

    def _box(self, option: QStyleOption, painter: QPainter) -> None:
        fill, border, mark, on = self._colours(option)
        box = self._square(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3.5, 3.5)
        if on:
            pen = QPen(mark, 1.9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            w, x, y = box.width(), box.x(), box.y()
            if option.state & QStyle.StateFlag.State_NoChange:
                painter.drawLine(QPointF(x + w * .28, y + w * .5), QPointF(x + w * .72, y + w * .5))
            else:
                tick = QPainterPath(QPointF(x + w * .26, y + w * .52))
                tick.lineTo(QPointF(x + w * .43, y + w * .69))
                tick.lineTo(QPointF(x + w * .75, y + w * .33))
                painter.drawPath(tick)
        painter.restore()

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        fill, border, mark, on = self._colours(option)
        circle = self._square(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(fill)
        painter.drawEllipse(circle)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            inset = circle.width() * .32
            painter.drawEllipse(circle.adjusted(inset, inset, -inset, -inset))
        painter.restore()
