"""A "needs attention" panel: a titled card with its count, at most a few rows (client, what it is about, a
right-aligned amount, an age chip, a status pill), the buttons that act on the selected row, "View all N →",
and an empty state (an icon, a sentence, the action that fills it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSizePolicy, QStackedWidget, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QVBoxLayout, QWidget)

from babel.numbers import format_decimal

from studio_app.text.i18n import locale_for
from ui import formatting, theme
from ui.indicators import own_viewport
from ui.tokens import TYPE, WEIGHT, mix, space
from ui.widgets.glyphs import Glyph
from ui.widgets.status_pill import paint_pill, pill_size

CLIENT = Qt.ItemDataRole.UserRole + 10  # the row's first line: who
DETAIL = Qt.ItemDataRole.UserRole + 11  # its second line: what about
AMOUNT = Qt.ItemDataRole.UserRole + 12  # formatted money, right-aligned ("" for none)
AGE = Qt.ItemDataRole.UserRole + 13  # the chip's text: "12 d", "3 w"
TONE = Qt.ItemDataRole.UserRole + 14  # the status whose tone colours the chip ("overdue" red, "draft" grey)
STATUS = Qt.ItemDataRole.UserRole + 15  # a status pill beside the chip ("" for none)

ROWS = 5


class AttentionDelegate(QStyledItemDelegate):
    """Two lines per row: client and amount, then the detail, the pill and the age chip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        t = theme.current()
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(mix(t.surface, t.accent, 0.16)))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(t.hover))
        inner = rect.adjusted(space(1), space(0.5), -space(1), -space(0.5))
        strong = QFont(option.font)
        strong.setWeight(QFont.Weight(WEIGHT["semibold"]))
        small = QFont(option.font)
        small.setPixelSize(TYPE["small"])
        top = QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2)
        bottom = QRect(inner.left(), top.bottom() + 1, inner.width(), inner.height() - top.height())
        amount = index.data(AMOUNT) or ""
        right = top.right()
        if amount:
            painter.setFont(strong)
            width = QFontMetrics(strong).horizontalAdvance(amount)
            painter.setPen(QColor(t.text))
            painter.drawText(QRect(right - width, top.top(), width, top.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), amount)
            right -= width + space(1.5)
        painter.setFont(strong)
        painter.setPen(QColor(t.danger if index.data(TONE) == "overdue" and index.data(Qt.ItemDataRole.FontRole)
                              else t.text))
        name = QFontMetrics(strong).elidedText(index.data(CLIENT) or "", Qt.TextElideMode.ElideRight,
                                               right - top.left())
        painter.drawText(QRect(top.left(), top.top(), right - top.left(), top.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        right = bottom.right()
        age = index.data(AGE) or ""
        if age:
            chip = paint_pill(painter, QRect(bottom.left(), bottom.top(), bottom.width(), bottom.height()),
                              index.data(TONE) or "draft", age, Qt.AlignmentFlag.AlignRight)
            right = chip.left() - space(1)
        status = index.data(STATUS) or ""
        if status:
            width = pill_size(status, font=option.font).width()
            pill = paint_pill(painter, QRect(right - width, bottom.top(), width, bottom.height()), status)
            right = pill.left() - space(1)
        painter.setFont(small)
        painter.setPen(QColor(t.text_muted))
        detail = QFontMetrics(small).elidedText(index.data(DETAIL) or "", Qt.TextElideMode.ElideRight,
                                                right - bottom.left())
        painter.drawText(QRect(bottom.left(), bottom.top(), right - bottom.left(), bottom.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), detail)
        painter.restore()


def row_height(font: QFont) -> int:
    """Two lines and the padding, rounded up to the 8 px grid."""
    small = QFont(font)
    small.setPixelSize(TYPE["small"])
    needed = QFontMetrics(font).height() + QFontMetrics(small).height() + space(1)
    return -(-needed // space(1)) * space(1)


class PanelEmpty(QWidget):
    """What an empty panel shows: an icon, one sentence, and the action that fills it (where there is one)."""

    def __init__(self, glyph: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glyph = Glyph(glyph, space(4))
        self.message = QLabel(text)
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action = QPushButton()
        self.action.setObjectName("link")
        self.action.setCursor(Qt.CursorShape.PointingHandCursor)
        self.action.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(space(1))
        layout.addStretch(1)
        layout.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_action(self, text: str, slot: Callable[[], object]) -> None:
        self.action.setText(text)
        self.action.clicked.connect(lambda _=False: slot())
        self.action.show()

    def text(self) -> str:
        return self.message.text()


class AttentionPanel(QFrame):
    view_all = Signal()

    def __init__(self, title: str, glyph: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Ignored: the three columns share the width equally whatever the length of a title or button
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)  # Greek and Turkish titles run longer
        self.count = QLabel()
        self.count.setObjectName("chip")
        head = QHBoxLayout()
        head.setSpacing(space(1))
        head.addWidget(self.title, 1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        self.list = own_viewport(QListWidget())  # (see own_viewport)
        self.list.setAccessibleName(title)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setItemDelegate(AttentionDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setObjectName("attention")  # no box of its own inside the card (ui/style_sheet.py)
        self._empty: PanelEmpty | None = None
        self._empty_state = (glyph, empty_text)
        self.body = QStackedWidget()
        self.body.addWidget(self.list)
        self.body.setFixedHeight(ROWS * row_height(self.font()))
        self.more = QPushButton()
        self.more.setObjectName("link")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(self.view_all)
        policy = self.more.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the rows of neighbouring panels stay level
        self.more.setSizePolicy(policy)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(space(1))
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space(2), space(1.5), space(2), space(1.5))
        layout.setSpacing(space(1))
        layout.addLayout(head)
        layout.addStretch(1)  # a title on two lines (Greek, Turkish) keeps the rows level with the neighbours'
        layout.addWidget(self.body)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.buttons)

    @property
    def empty(self) -> PanelEmpty:
        """The empty state, made when first shown (a panel with rows never needs its four widgets)."""
        if self._empty is None:
            self._empty = PanelEmpty(*self._empty_state)
            self.body.addWidget(self._empty)
        return self._empty

    def clear(self) -> None:
        self.list.clear()

    def add_row(self, text: str, client: str, detail: str, *, amount: str = "", age: str = "", tone: str = "draft",
                status: str = "", urgent: bool = False) -> QListWidgetItem:
        """One row; ``text`` is the whole line in words (tooltip, screen readers, tests)."""
        item = QListWidgetItem(text)
        for role, value in ((CLIENT, client), (DETAIL, detail), (AMOUNT, amount), (AGE, age), (TONE, tone),
                            (STATUS, status)):
            item.setData(role, value)
        item.setToolTip(text)
        if urgent:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)
        return item

    def finish(self, count: int, view_all: str) -> None:
        """After the rows: the count beside the title, "View all N →" (``view_all`` with %1 for N) when there
        are more, or the empty state."""
        shown = self.list.count()
        number = format_decimal(count, locale=locale_for(formatting.language()))
        self.count.setText(number if count else "")
        self.count.setVisible(bool(count))
        self.more.setText(view_all.replace("%1", number))
        self.more.setVisible(count > shown)
        self.more.setEnabled(count > shown)
        self.body.setCurrentWidget(self.list if shown else self.empty)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)
