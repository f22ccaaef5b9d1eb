"""The panel at the right of a document editor: who it is for, its dates, the payments with the balance, and
what happened to it (issued, sent, reminders, payments), worded from studio_app.work.activity's events."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from studio_app.work import activity, countries
from ui import formatting
from ui.tokens import space
from ui.widgets.fields import clear_layout

WIDTH = 300


def _label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A titled card of the side panel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(space(2), space(1.5), space(2), space(1.5))
        self.layout_.setSpacing(space(0.5))
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.layout_.addWidget(self.title)


class ClientCard(Card):
    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Client"), parent)
        self.client_id: int | None = None
        self.name = QPushButton()
        self.name.setObjectName("link")
        self.name.setToolTip(self.tr("Open the client"))
        self.name.setCursor(Qt.CursorShape.PointingHandCursor)
        self.name.clicked.connect(lambda: self.client_id is not None and self.open_client.emit(self.client_id))
        self.company, self.email, self.country = _label(name="muted"), _label(), _label(name="muted")
        self.layout_.addWidget(self.name, 0, Qt.AlignmentFlag.AlignLeft)
        for label in (self.company, self.email, self.country):
            self.layout_.addWidget(label)

    def show_client(self, client) -> None:
        """``client``: the document's client row, or None while a new draft has none yet."""
        self.client_id = client.id if client is not None else None
        self.setVisible(client is not None)
        if client is None:
            return
        self.name.setText(client.name)
        for label, text in ((self.company, client.company), (self.email, client.email),
                            (self.country, countries.name(client.country, formatting.language())
                             if client.country else "")):
            label.setText(text or "")
            label.setVisible(bool(text))


class PaymentsCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Payments"), parent)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(space(1))
        self.rows.setColumnStretch(2, 1)
        self.layout_.addLayout(self.rows)
        self.balance = QLabel()
        self.balance_label = QLabel()
        balance = QGridLayout()
        balance.addWidget(self.balance_label, 0, 0)
        balance.addWidget(self.balance, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.layout_.addLayout(balance)

    def show_payments(self, payments: Iterable, currency: str, balance_label: str, balance: str) -> None:
        """``payments``: the invoice's Payment rows (a refund has a negative amount)."""
        clear_layout(self.rows)
        row = -1
        for row, payment in enumerate(payments):
            amount = formatting.amount(abs(payment.amount), currency)
            figure = _label(("− " if payment.amount < 0 else "") + amount, wrap=False)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(_label(formatting.date(payment.date), wrap=False), row, 0)
            self.rows.addWidget(_label(payment.method, "muted"), row, 1)
            self.rows.addWidget(figure, row, 3)
        if row < 0:
            self.rows.addWidget(_label(self.tr("None recorded yet"), "muted"), 0, 0, 1, 4)
        self.balance_label.setText(f"<b>{balance_label}</b>")
        self.balance.setText(f"<b>{balance}</b>")


class ActivityCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Activity"), parent)
        self.list = QGridLayout()  # the day, then what happened (wrapping)
        self.list.setHorizontalSpacing(space(1.5))
        self.list.setVerticalSpacing(space(0.5))
        self.list.setColumnStretch(1, 1)
        self.layout_.addLayout(self.list)
        self.lines: list[str] = []

    def show_events(self, events: Iterable[activity.Event], currency: str) -> None:
        clear_layout(self.list)
        self.lines = []
        for row, event in enumerate(events):
            when = _label(formatting.date(event.when.date()), "muted", wrap=False)
            what = _label(self.describe(event, currency))
            self.list.addWidget(when, row, 0, Qt.AlignmentFlag.AlignTop)
            self.list.addWidget(what, row, 1, Qt.AlignmentFlag.AlignTop)
            self.lines.append(f"{when.text()} {what.text()}")

    def text(self) -> str:
        return "\n".join(self.lines)

    def describe(self, event: activity.Event, currency: str) -> str:
        amount = formatting.amount(event.amount, currency)
        texts = {
            "created": self.tr("Drafted"), "issued": self.tr("Issued"), "signed": self.tr("Signed"),
            "sent": self.tr("Sent to %1").replace("%1", event.detail),
            "queued": self.tr("Waiting in the outbox, to %1").replace("%1", event.detail),
            "reminder": self.tr("Reminder %1 sent to %2").replace("%1", str(event.step)).replace("%2", event.detail),
            "payment": self.tr("Payment of %1 received (%2)").replace("%1", amount).replace("%2", event.detail),
            "refund": self.tr("Refund of %1 paid back (%2)").replace("%1", amount).replace("%2", event.detail),
            "credit_note": self.tr("Credit note %1 issued for %2").replace("%1", event.detail).replace("%2", amount),
        }
        return texts.get(event.kind, event.kind)


class DocumentSide(QScrollArea):
    """About 300 px wide at the editor's right; scrolls on its own when a long history does not fit."""

    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Client, dates, payments and activity"))
        holder = QWidget()
        holder.setObjectName("sidePanel")
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, space(1), 0)
        self.column.setSpacing(space(1.5))
        self.client = ClientCard()
        self.client.open_client.connect(self.open_client)
        self.dates = Card(self.tr("Dates"))
        self.dates_form = QFormLayout()
        self.dates_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.dates_form.setHorizontalSpacing(space(2))
        self.dates_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dates.layout_.addLayout(self.dates_form)
        self.payments = PaymentsCard()
        self.activity = ActivityCard()
        for card in (self.client, self.dates, self.payments, self.activity):
            self.column.addWidget(card)
        self.column.addStretch(1)
        self.setWidget(holder)
