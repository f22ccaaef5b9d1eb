"""The first view on start: what needs doing today. A line is selected with a click and opened with a
double-click (or Enter); the button under each list drafts the message its advice calls for (a progress update,
a delay notice, the reminder step due, a follow-up, a reply), also offered on the line's right-click menu."""

from __future__ import annotations

from babel.dates import format_date
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMenu, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from studio_app.work import interactions, settings
from studio_app.today.follow_ups import FollowUps
from studio_app.today.money import MoneySummary
from studio_app.today.summary import Summary, summary as today_summary
from studio_app.text.errors import StudioError
from studio_app.text.i18n import locale_for
from ui import ask, formatting
from ui.i18n import error_text
from ui.widgets.bar_chart import BarChart

ROLE = Qt.ItemDataRole.UserRole
PROPOSAL = Qt.ItemDataRole.UserRole + 1  # the project of a proposed check-in after delivery
PLANNED = Qt.ItemDataRole.UserRole + 2  # the interaction of a planned follow-up (which can be snoozed)
ITEM = Qt.ItemDataRole.UserRole + 3  # the studio_app.today row the line shows (what a draft is made from)
SHOWN = 50  # lines per dashboard list: what needs doing today, not a report


class DashboardView(QWidget):
    open_record = Signal(str, int)
    mail_sent = Signal()  # a message was sent or queued: the outbox changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("viewTitle")
        self.waiting = self._list()
        self.at_risk = self._list()
        self.updates = self._list()
        self.money = QLabel()
        self.money.setWordWrap(True)
        self.money.setTextFormat(Qt.TextFormat.RichText)
        self.overdue = self._list()
        self.deposits = self._list()
        self.follow_ups = self._list()
        self.revenue_chart = BarChart()
        self.workload_chart = BarChart()
        self.workload_note = QLabel()
        self.workload_note.setWordWrap(True)
        self.follow_up_button = QPushButton(self.tr("Mark the check-in done"))
        self.follow_up_button.setEnabled(False)
        self.follow_up_button.clicked.connect(self.mark_follow_up_done)
        self.follow_ups.currentItemChanged.connect(
            lambda item, _old: self.follow_up_button.setEnabled(item is not None and bool(item.data(PROPOSAL))))
        self.snooze_button = QPushButton(self.tr("Snooze a week"))
        self.snooze_button.setEnabled(False)
        self.snooze_button.clicked.connect(self.snooze_follow_up)
        self.follow_ups.currentItemChanged.connect(
            lambda item, _old: self.snooze_button.setEnabled(item is not None and bool(item.data(PLANNED))))
        for button in (self.snooze_button, self.follow_up_button):  # the same, from the list's context menu
            entry = QAction(button.text(), self.follow_ups)
            entry.triggered.connect(button.click)
            self.follow_ups.addAction(entry)
        self.follow_ups.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # One draft button per list, for its selected line; the texts name the message each advice calls for.
        self.drafts: dict[QListWidget, QPushButton] = {}
        self.reply_button = self._draft_button(self.waiting, self.tr("Draft a reply…"))
        self.delay_button = self._draft_button(self.at_risk, self.tr("Draft a delay notice…"))
        self.update_button = self._draft_button(self.updates, self.tr("Draft the update…"))
        self.overdue_button = self._draft_button(self.overdue, self.tr("Draft the reminder…"))
        self.deposit_button = self._draft_button(self.deposits, self.tr("Draft the reminder…"))
        self.follow_up_draft_button = self._draft_button(self.follow_ups, self.tr("Draft the message…"))

        grid = QGridLayout()
        grid.addWidget(self._card(self.tr("Waiting for your answer"), self.waiting, self._row(self.reply_button)), 0, 0)
        grid.addWidget(self._card(self.tr("Deadlines at risk"), self.at_risk, self._row(self.delay_button)), 0, 1)
        grid.addWidget(self._card(self.tr("Progress updates due"), self.updates, self._row(self.update_button)), 0, 2)
        # Money owed takes the left column's two lower rows: its totals (one per currency) and the overdue
        # invoices are what a studio reads first, and a third of a row left room for three of them.
        grid.addWidget(self._card(self.tr("Money owed"), self.money, self.overdue, self._row(self.overdue_button)),
                       1, 0, 2, 1)
        grid.addWidget(self._card(self.tr("Deposits not paid yet — don't start the work"), self.deposits,
                                  self._row(self.deposit_button)), 1, 1)
        grid.addWidget(self._card(self.tr("Follow-ups and dates"), self.follow_ups,
                                  self._row(self.follow_up_draft_button, self.snooze_button,
                                             self.follow_up_button)), 1, 2)
        self.revenue_currency = QComboBox()
        self.revenue_currency.setToolTip(self.tr("Show the revenue received in this currency"))
        self.revenue_currency.currentTextChanged.connect(self._show_revenue)
        self.revenue_total = QLabel()
        self.revenue_total.setTextFormat(Qt.TextFormat.RichText)
        revenue_head = QHBoxLayout()
        revenue_head.addWidget(self.revenue_total, 1)
        revenue_head.addWidget(self.revenue_currency)
        self.revenue_box = self._card(self.tr("Revenue, last 12 months"), revenue_head, self.revenue_chart)
        grid.addWidget(self.revenue_box, 2, 1)
        grid.addWidget(self._card(self.tr("Workload, next 8 weeks"), self.workload_chart, self.workload_note), 2, 2)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Today"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.summary: Summary | None = None

    def refresh_after_first_paint(self) -> None:
        """At start-up the window paints first and the figures follow a moment later."""
        self._pending = True
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if getattr(self, "_pending", False):
            self._pending = False
            QTimer.singleShot(0, self.refresh)

    def _list(self) -> QListWidget:
        widget = QListWidget()
        widget.setWordWrap(True)
        widget.setMinimumHeight(90)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        # A click selects the line (so the button under the list can act on it); a double-click or Enter opens it.
        widget.itemActivated.connect(self._clicked)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w, pos))
        widget.setToolTip(self.tr("Double-click to open; right-click for the message to send"))
        return widget

    def _draft_button(self, widget: QListWidget, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setEnabled(False)
        button.clicked.connect(lambda _=False, w=widget: self.draft(w.currentItem()))
        widget.currentItemChanged.connect(lambda item, _old, b=button: b.setEnabled(
            item is not None and item.data(ITEM) is not None))
        self.drafts[widget] = button
        return button

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def context_actions(self, widget: QListWidget, item: QListWidgetItem | None) -> list[tuple[str, object]]:
        """(text, action) the right-click menu offers for ``item``: open it, and draft its message."""
        found: list[tuple[str, object]] = []
        if item is not None and item.data(ROLE):
            found.append((self.tr("Open"), lambda: self._clicked(item)))
        if item is not None and item.data(ITEM) is not None and widget in self.drafts:
            found.append((self.drafts[widget].text(), lambda: self.draft(item)))
        if item is not None and widget is self.follow_ups and item.data(PROPOSAL):
            found.append((self.follow_up_button.text(), self.mark_follow_up_done))
        return found

    def _context_menu(self, widget: QListWidget, pos: QPoint) -> None:
        item = widget.itemAt(pos)
        if item is not None:
            widget.setCurrentItem(item)
        actions = self.context_actions(widget, item)
        if not actions:
            return
        menu = QMenu(self)
        for text, slot in actions:
            menu.addAction(text).triggered.connect(slot)
        menu.popup(widget.viewport().mapToGlobal(pos))

    @staticmethod
    def _card(title: str, *parts: QWidget | QHBoxLayout) -> QGroupBox:
        """A titled box; a list or chart in it takes the height its texts and buttons leave."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QListWidget) and not part.accessibleName():
                part.setAccessibleName(title)  # what a screen reader says when the list takes focus
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if isinstance(part, (QListWidget, BarChart)) else 0)
        return box

    def _clicked(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if target:
            self.open_record.emit(*target)

    @staticmethod
    def _add(widget: QListWidget, text: str, target: tuple[str, int] | None, urgent: bool = False,
             row: object = None) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, target)
        item.setData(ITEM, row)
        if urgent:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(formatting.status_colour("overdue"))
        widget.addItem(item)

    def _more(self, widget: QListWidget, total: int) -> None:
        """The lists show the first SHOWN lines; the rest is counted (its list view has them all)."""
        if total > SHOWN:
            item = QListWidgetItem(self.tr("… and %n more", "", total - SHOWN))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _empty(self, widget: QListWidget, text: str) -> None:
        if not widget.count():
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    # -- filling ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.summary = summary = today_summary()
        self.title.setText(self.tr("Today, %1").replace("%1", formatting.date(summary.today)))
        for widget in (self.waiting, self.at_risk, self.updates, self.overdue, self.deposits, self.follow_ups):
            widget.clear()
        for w in summary.waiting[:SHOWN]:
            waited = (self.tr("%n hour(s)", "", w.waited_hours) if w.waited_hours < 48
                      else self.tr("%n day(s)", "", w.waited_days))
            self._add(self.waiting, self.tr("%1 — waiting %2: %3").replace("%1", w.client_name)
                      .replace("%2", waited).replace("%3", w.summary[:80]), ("client", w.client_id), w.urgent, w)
        self._more(self.waiting, len(summary.waiting))
        self._empty(self.waiting, self.tr("Nobody is waiting for you. Well done."))
        for p in summary.at_risk[:SHOWN]:
            if p.late:
                when = self.tr("late by %n day(s)", "", -(p.days_left or 0))
            elif p.next_milestone and p.next_milestone_due and (p.deadline is None or p.next_milestone_due < p.deadline):
                when = self.tr("“%1” due %2").replace("%1", p.next_milestone).replace(
                    "%2", formatting.date(p.next_milestone_due))
            else:
                when = self.tr("due in %n day(s)", "", p.days_left or 0)
            self._add(self.at_risk, f"{p.title} ({p.client_name}) — {when}", ("project", p.project_id), p.late, p)
        self._more(self.at_risk, len(summary.at_risk))
        self._empty(self.at_risk, self.tr("No deadline is at risk."))
        for u in summary.updates_due[:SHOWN]:
            since = (self.tr("no update for %n day(s)", "", u.days_since) if u.last_update
                     else self.tr("no update yet (%n day(s))", "", u.days_since))
            self._add(self.updates, f"{u.title} ({u.client_name}) — {since}", ("project", u.project_id), row=u)
        self._more(self.updates, len(summary.updates_due))
        self._empty(self.updates, self.tr("Every active client has heard from you this week."))
        self._fill_money(summary.money)
        self._fill_follow_ups(summary.follow_ups)
        self._fill_workload(summary.workload)

    def _fill_money(self, money: MoneySummary) -> None:
        def amounts(values) -> str:
            return ", ".join(formatting.amount(v.amount, v.currency) for v in values) or formatting.amount(
                0, settings.get().currency)
        outstanding, unpaid, overdue = self.tr("Outstanding"), self.tr("Issued, nothing paid yet"), self.tr("Overdue")
        count = self.tr("%n invoice(s)", "", money.overdue.count)
        self.money.setText(
            f"{outstanding}: <b>{amounts(money.outstanding)}</b><br>"
            f"{unpaid}: {amounts(money.unpaid)}<br>"
            f"{overdue}: <b>{amounts(money.overdue.totals)}</b> ({count})")
        for inv in money.overdue.invoices:
            self._add(self.overdue, self.tr("%1 · %2 · %3 — %n day(s) overdue", "", inv.days_overdue)
                      .replace("%1", inv.number).replace("%2", inv.client_name)
                      .replace("%3", formatting.amount(inv.due, inv.currency)), ("invoice", inv.invoice_id), True, inv)
        for refund in money.refunds:
            self._add(self.overdue, self.tr("Refund owed to %1 on %2: %3").replace("%1", refund.client_name)
                      .replace("%2", refund.number).replace("%3", formatting.amount(refund.amount, refund.currency)),
                      ("invoice", refund.invoice_id), True)
        self._empty(self.overdue, self.tr("Nothing overdue."))
        for dep in money.unpaid_deposits[:SHOWN]:
            self._add(self.deposits, self.tr("%1 · %2 · %3 — asked %n day(s) ago", "", dep.days_waiting)
                      .replace("%1", dep.project_title or dep.number).replace("%2", dep.client_name)
                      .replace("%3", formatting.amount(dep.due, dep.currency)), ("invoice", dep.invoice_id), row=dep)
        self._more(self.deposits, len(money.unpaid_deposits))
        self._empty(self.deposits, self.tr("Every deposit asked for is paid."))
        # Every currency that came in during the year, the one shown kept across refreshes (else the studio's).
        seen = [t.currency for t in money.revenue[0].totals] if money.revenue else []
        shown = self.revenue_currency.currentText() or settings.get().currency
        self.revenue_currency.blockSignals(True)
        self.revenue_currency.clear()
        self.revenue_currency.addItems(seen)
        self.revenue_currency.setCurrentIndex(seen.index(shown) if shown in seen else 0)
        self.revenue_currency.blockSignals(False)
        self.revenue_currency.setVisible(len(seen) > 1)
        self._show_revenue(self.revenue_currency.currentText() or settings.get().currency)

    def _show_revenue(self, currency: str) -> None:
        if self.summary is None or not currency:
            return
        revenue = self.summary.money.revenue
        minor = [next((t.amount for t in m.totals if t.currency == currency), 0) for m in revenue]
        labels = [format_date(m.month, "MMM", locale=locale_for(formatting.language())) for m in revenue]
        # bars in minor units: only their heights matter, and the texts read them back exactly
        self.revenue_chart.set_data(labels, [float(amount) for amount in minor], None,
                                    lambda v: formatting.amount(int(v), currency),
                                    lambda v: formatting.compact_amount(int(v), currency))
        self.revenue_box.setTitle(self.tr("Revenue received in %1, last 12 months").replace("%1", currency))
        self.revenue_total.setText(self.tr("In 12 months: %1").replace(
            "%1", f"<b>{formatting.amount(sum(minor), currency)}</b>"))

    def _fill_follow_ups(self, follow: FollowUps) -> None:
        for f in follow.due[:SHOWN]:
            self._add(self.follow_ups, self.tr("Follow up with %1: %2").replace("%1", f.client_name)
                      .replace("%2", f.summary[:80]), ("client", f.client_id), f.days_late > 0, f)
            self.follow_ups.item(self.follow_ups.count() - 1).setData(PLANNED, f.interaction_id)
        for p in follow.proposed:
            self._add(self.follow_ups, self.tr("Check in with %1 — “%2” was delivered on %3")
                      .replace("%1", p.client_name).replace("%2", p.title)
                      .replace("%3", formatting.date(p.delivered_on)), ("project", p.project_id), row=p)
            self.follow_ups.item(self.follow_ups.count() - 1).setData(PROPOSAL, p.project_id)
        for d in follow.dates[:SHOWN]:
            what = self.tr("birthday") if d.kind == "birthday" else self.tr("company anniversary")
            when = self.tr("today") if d.in_days == 0 else self.tr("in %n day(s)", "", d.in_days)
            self._add(self.follow_ups, f"{d.client_name}: {what} {when} ({formatting.date(d.date)})",
                      ("client", d.client_id), row=d)
        self._empty(self.follow_ups, self.tr("No follow-ups due."))

    def _fill_workload(self, weeks) -> None:
        capacity = weeks[0].capacity if weeks else settings.get().weekly_capacity_hours
        self.workload_chart.set_data([self.tr("W%1", "week number").replace("%1", w.week.split("-W")[-1])
                                      for w in weeks],
                                     [float(w.hours) for w in weeks], float(capacity),
                                     lambda v: self.tr("%1 h").replace("%1", f"{v:g}"),
                                     lambda v: self.tr("%1 h").replace("%1", f"{v:.0f}"))
        over = [w for w in weeks if w.over]
        self.workload_note.setText(
            self.tr("Over capacity in %1.").replace("%1", ", ".join(w.week for w in over)) if over
            else self.tr("Within the studio's %1 hours a week.").replace("%1", str(capacity)))
        self.workload_note.setObjectName("warning" if over else "hint")
        self.workload_note.style().polish(self.workload_note)

    # -- actions ------------------------------------------------------------------------------
    def mark_follow_up_done(self) -> None:
        """The check-in after delivery happened: logged in the client's conversation, off the list."""
        item = self.follow_ups.currentItem()
        project_id = item.data(PROPOSAL) if item is not None else None
        if project_id:
            try:
                interactions.log_follow_up(project_id)
            except StudioError as exc:
                ask.warning(self, error_text(exc))
                return
            self.refresh()

    def snooze_follow_up(self) -> None:
        """Not today: the planned follow-up comes back in a week."""
        item = self.follow_ups.currentItem()
        interaction_id = item.data(PLANNED) if item is not None else None
        if interaction_id:
            try:
                interactions.snooze_follow_up(interaction_id, 7)
            except StudioError as exc:
                ask.warning(self, error_text(exc))
                return
            self.refresh()

    def log_delay(self) -> None:
        """The delay dialog for the selected project at risk: the new date, the message, sent or only logged."""
        self.draft(self.at_risk.currentItem())

    def draft(self, item: QListWidgetItem | None) -> None:
        """The message the line's advice calls for, drafted by the core and opened to edit and send; once
        sent (and logged) the line leaves its list."""
        row = item.data(ITEM) if item is not None else None
        if row is None:
            return
        if type(row).__name__ == "ProjectAtRisk":
            from ui.dialogs.delay import DelayDialog  # loaded when first opened, not at start
            dialog = DelayDialog(row.project_id, self)
            done = ask.run(dialog)
            sent = dialog.sent
        else:
            from studio_app.mail import compose as drafts  # loaded when first drafting, not at start
            from ui.dialogs import compose  # loaded when first drafting, not at start
            sent = compose.run_draft(self, lambda: drafts.draft_for_item(row))
            done = bool(sent)
        if sent:
            self.mail_sent.emit()
        if done:
            self.refresh()

