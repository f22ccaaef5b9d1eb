"""The status pill: one painting of a record's status (tone colours from the design tokens) for table cells
(`StatusPillDelegate`), editor headers and the dashboard (`StatusPill`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui import formatting, theme
from ui.tokens import TYPE, WEIGHT, status_tone, tone_colours

STATUS_ROLE = Qt.ItemDataRole.UserRole + 40  # table models put the raw status key here

_PAD_X, _HEIGHT_PAD = 8, 3


def pill_font(base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else QApplication.font())
    font.setPixelSize(TYPE["small"])
    font.setWeight(QFont.Weight(WEIGHT["semibold"]))
    return font


def _text(status: str, text: str | None) -> str:
    return text if text is not None else formatting.status_label(status)


def pill_size(status: str, text: str | None = None, font: QFont | None = None) -> QSize:
    """The pill's size for ``status`` (label from ui.formatting.status_label unless ``text`` is given)."""
    metrics = QFontMetrics(pill_font(font))
    width = metrics.horizontalAdvance(_text(status, text)) + 2 * _PAD_X + 2  # +2: elidedText rounds up
    return QSize(width, metrics.height() + 2 * _HEIGHT_PAD)


def paint_pill(painter: QPainter, rect: QRect, status: str, text: str | None = None,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QRect:
    """Paint the pill of ``status`` inside ``rect`` (vertically centred, horizontally by ``align``), elided
    to the rect's width; returns the rectangle painted."""
    label = _text(status, text)
    font = pill_font(painter.font())
    size = pill_size(status, label, font)
    width = min(size.width(), rect.width())
    height = min(size.height(), rect.height())
    if align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - width + 1
    elif align & Qt.AlignmentFlag.AlignHCenter:
        x = rect.x() + (rect.width() - width) // 2
    else:
        x = rect.x()
    pill = QRect(x, rect.y() + (rect.height() - height) // 2, width, height)
    background, colour = tone_colours(theme.current(), status_tone(status))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background))
    radius = pill.height() / 2
    painter.drawRoundedRect(QRectF(pill), radius, radius)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    inner = pill.adjusted(_PAD_X, 0, -_PAD_X, 0)
    shown = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), shown)
    painter.restore()
    return pill


class StatusPill(QWidget):
    """A record's status as a pill, for editor headers and the dashboard."""

    def __init__(self, status: str = "", text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status, self._label = "", None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_status(status, text)

    def set_status(self, status: str, text: str | None = None) -> None:
        """Show ``status`` (a key of ui.tokens.STATUS_TONES) labelled ``text`` (default: its translated name)."""
        self.status, self._label = status, text
        label = self.text()
        self.setAccessibleName(label)
        self.setToolTip(label if text else "")
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The label shown (as QLabel.text)."""
        return _text(self.status, self._label)

    def sizeHint(self) -> QSize:
        return pill_size(self.status, self._label, self.font())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_pill(painter, self.rect(), self.status, self._label)


class StatusPillDelegate(QStyledItemDelegate):
    """Paints a pill in cells whose STATUS_ROLE is set (the hover and selection background kept), other
    cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text or None
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setFont(opt.font)
        paint_pill(painter, opt.rect.adjusted(6, 3, -6, -3), str(status), text,
                   Qt.AlignmentFlag(int(opt.displayAlignment) & int(Qt.AlignmentFlag.AlignHorizontal_Mask)))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        status = index.data(STATUS_ROLE)
        if not status:
            return base
        pill = pill_size(str(status), index.data(Qt.ItemDataRole.DisplayRole) or None, option.font)
        return QSize(max(base.width(), pill.width() + 12), max(base.height(), pill.height() + 6))
