"""A few line icons drawn with QPainter (for empty states): no icon font or image files to ship, tinted from the
theme like text, sharp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui import theme

GLYPHS = ("check", "chat", "calendar", "coins", "clock", "chart")


def _check(p: QPainter, r: QRectF) -> None:
    p.drawEllipse(r)
    path = QPainterPath(QPointF(r.left() + r.width() * 0.28, r.top() + r.height() * 0.52))
    path.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.68)
    path.lineTo(r.left() + r.width() * 0.73, r.top() + r.height() * 0.36)
    p.drawPath(path)


def _chat(p: QPainter, r: QRectF) -> None:
    body = QRectF(r.left(), r.top() + r.height() * 0.08, r.width(), r.height() * 0.68)
    path = QPainterPath()
    path.addRoundedRect(body, r.width() * 0.18, r.width() * 0.18)
    tail = QPainterPath(QPointF(r.left() + r.width() * 0.25, body.bottom() - 1))
    tail.lineTo(r.left() + r.width() * 0.22, r.bottom())
    tail.lineTo(r.left() + r.width() * 0.45, body.bottom() - 1)
    p.drawPath(path.united(tail))
    for x in (0.3, 0.5, 0.7):
        p.drawPoint(QPointF(r.left() + r.width() * x, body.center().y()))


def _calendar(p: QPainter, r: QRectF) -> None:
    body = QRectF(r.left(), r.top() + r.height() * 0.14, r.width(), r.height() * 0.86)
    p.drawRoundedRect(body, r.width() * 0.12, r.width() * 0.12)
    p.drawLine(QPointF(body.left(), body.top() + body.height() * 0.3),
               QPointF(body.right(), body.top() + body.height() * 0.3))
    for x in (0.3, 0.7):
        p.drawLine(QPointF(r.left() + r.width() * x, r.top()), QPointF(r.left() + r.width() * x, body.top() + 3))
    path = QPainterPath(QPointF(r.left() + r.width() * 0.34, r.top() + r.height() * 0.68))
    path.lineTo(r.left() + r.width() * 0.46, r.top() + r.height() * 0.8)
    path.lineTo(r.left() + r.width() * 0.68, r.top() + r.height() * 0.56)
    p.drawPath(path)


def _coins(p: QPainter, r: QRectF) -> None:
    w, h = r.width(), r.height() * 0.26
    for n in range(3):
        p.drawEllipse(QRectF(r.left(), r.bottom() - h - n * h * 0.9, w, h))


def _clock(p: QPainter, r: QRectF) -> None:
    p.drawEllipse(r)
    c = r.center()
    p.drawLine(c, QPointF(c.x(), r.top() + r.height() * 0.22))
    p.drawLine(c, QPointF(c.x() + r.width() * 0.2, c.y() + r.height() * 0.12))


def _chart(p: QPainter, r: QRectF) -> None:
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
    for n, height in enumerate((0.4, 0.7, 0.55, 0.95)):
        x = r.left() + r.width() * (0.08 + n * 0.24)
        p.drawRect(QRectF(x, r.bottom() - r.height() * height, r.width() * 0.14, r.height() * height))


_PAINTERS = {"check": _check, "chat": _chat, "calendar": _calendar, "coins": _coins, "clock": _clock,
             "chart": _chart}


def paint_glyph(painter: QPainter, rect: QRectF, name: str, colour: QColor | str) -> None:
    """Draw the ``name`` icon (one of GLYPHS) in ``rect`` with a pen of ``colour``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(rect.width() / 14, 1.5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen.widthF()
    _PAINTERS[name](painter, rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


class Glyph(QWidget):
    """One icon at a fixed size, in the theme's muted text colour (or a tone given)."""

    def __init__(self, name: str, size: int = 32, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.colour: str | None = None
        self.setFixedSize(QSize(size, size))

    def set_glyph(self, name: str, colour: str | None = None) -> None:
        self.name, self.colour = name, colour
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_glyph(painter, QRectF(self.rect()), self.name, self.colour or theme.current().text_muted)
        painter.end()
