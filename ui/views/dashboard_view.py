"""The first view on start, a cockpit: four figure cards (outstanding, overdue, deposits waiting, received this
month), six "needs attention" panels of at most five rows with their counts and "View all N →", and the revenue
and workload charts. A row is selected with a click and opened with a double-click (or Enter); the button under
each panel drafts the message its advice calls for (a reply, a delay notice, an update, the reminder due, a
follow-up), also offered on the row's right-click menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.dates import format_date
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMenu, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from studio_app.work import settings
from studio_app.text.errors import StudioError
from studio_app.text.i18n import locale_for
from ui import ask, formatting
from ui.i18n import error_text
from ui.tokens import space
from ui.widgets.attention import AttentionPanel, PanelEmpty
from ui.widgets.bar_chart import BarChart
from ui.widgets.figure_card import FigureCard

if TYPE_CHECKING:
    from studio_app.today.cockpit import Cockpit

ROLE = Qt.ItemDataRole.UserRole
PROPOSAL = Qt.ItemDataRole.UserRole + 1  # the project of a proposed check-in after delivery
PLANNED = Qt.ItemDataRole.UserRole + 2  # the interaction of a planned follow-up (which can be snoozed)
ITEM = Qt.ItemDataRole.UserRole + 3  # the studio_app.today row the line shows (what a draft is made from)


class DashboardView(QWidget):
    open_record = Signal(str, int)
    open_list = Signal(str, str)  # a list page (clients, projects, invoices) filtered to a status key
    mail_sent = Signal()  # a message was sent or queued: the outbox changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("viewTitle")
        self._cards()
        self._panels()
        self._buttons()
        self._charts()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(space(3), space(2), space(3), space(3))
        layout.setSpacing(space(2))
        layout.addWidget(self.title)
        cards = QHBoxLayout()
        cards.setSpacing(space(2))
        for card in self.cards:
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        grid = QGridLayout()
        grid.setSpacing(space(2))
        for n, panel in enumerate(self.panels):
            grid.addWidget(panel, n // 3, n % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        charts = QHBoxLayout()
        charts.setSpacing(space(2))
        charts.addWidget(self.revenue_box, 1)
        charts.addWidget(self.workload_box, 1)
        layout.addLayout(charts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Today"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        self.summary: Cockpit | None = None

    # -- building ---------------------------------------------------------------------------------------
    def _cards(self) -> None:
        self.outstanding_card = FigureCard(self.tr("Outstanding"), self.tr("View invoices"))
        self.overdue_card = FigureCard(self.tr("Overdue"), self.tr("Send reminders"), primary=True)
        self.deposits_card = FigureCard(self.tr("Deposits waiting"), self.tr("View deposits"))
        self.received_card = FigureCard(self.tr("Received this month"), self.tr("View paid invoices"))
        self.cards = (self.outstanding_card, self.overdue_card, self.deposits_card, self.received_card)
        for card, status in zip(self.cards, ("open", "overdue", "open", "paid")):
            card.activated.connect(lambda s=status: self.open_list.emit("invoices", s))

    def _panels(self) -> None:
        specs = (  # attribute, title, glyph, empty sentence, the list "View all" opens
            ("waiting", self.tr("Waiting for your answer"), "chat", self.tr("Nobody is waiting for you. Well done."),
             ("clients", "active")),
            ("at_risk", self.tr("Deadlines at risk"), "calendar", self.tr("No deadline is at risk."),
             ("projects", "active")),
            ("updates", self.tr("Progress updates due"), "clock",
             self.tr("Every active client has heard from you this week."), ("projects", "active")),
            ("overdue", self.tr("Overdue invoices"), "check", self.tr("Nothing overdue."), ("invoices", "overdue")),
            ("deposits", self.tr("Deposits not paid yet — don't start the work"), "coins",
             self.tr("Every deposit asked for is paid."), ("invoices", "open")),
            ("follow_ups", self.tr("Follow-ups and dates"), "calendar", self.tr("No follow-ups due."),
             ("clients", "active")))
        self.panels: list[AttentionPanel] = []
        self.panel_of: dict[QListWidget, AttentionPanel] = {}
        for name, title, glyph, empty, target in specs:
            panel = AttentionPanel(title, glyph, empty)
            panel.view_all.connect(lambda t=target: self.open_list.emit(*t))
            widget = panel.list
            # A click selects the row (so the button under the panel can act on it); a double-click or Enter
            # opens it.
            widget.itemActivated.connect(self._clicked)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w, pos))
            setattr(self, name, widget)
            self.panels.append(panel)
            self.panel_of[widget] = panel

    def _buttons(self) -> None:
        # One draft button per panel, for its selected row; the texts name the message each advice calls for.
        self.drafts: dict[QListWidget, QPushButton] = {}
        self.reply_button = self._draft_button(self.waiting, self.tr("Draft a reply…"))
        self.delay_button = self._draft_button(self.at_risk, self.tr("Draft a delay notice…"))
        self.update_button = self._draft_button(self.updates, self.tr("Draft the update…"))
        self.overdue_button = self._draft_button(self.overdue, self.tr("Draft the reminder…"))
        self.deposit_button = self._draft_button(self.deposits, self.tr("Draft the reminder…"))
        self.follow_up_draft_button = self._draft_button(self.follow_ups, self.tr("Draft the message…"))
        self.follow_up_button = QPushButton(self.tr("Mark the check-in done"))
        self.follow_up_button.clicked.connect(self.mark_follow_up_done)
        self.snooze_button = QPushButton(self.tr("Snooze a week"))
        self.snooze_button.clicked.connect(self.snooze_follow_up)
        panel = self.panel_of[self.follow_ups]
        for button, role in ((self.snooze_button, PLANNED), (self.follow_up_button, PROPOSAL)):
            button.setEnabled(False)
            button.hide()  # shown for the rows it applies to
            panel.add_button(button)
            self.follow_ups.currentItemChanged.connect(
                lambda item, _old, b=button, r=role: self._offer(b, item is not None and bool(item.data(r))))

    @staticmethod
    def _offer(button: QPushButton, applies: bool) -> None:
        button.setEnabled(applies)
        button.setVisible(applies)

    def _draft_button(self, widget: QListWidget, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setEnabled(False)
        button.clicked.connect(lambda _=False, w=widget: self.draft(w.currentItem()))
        widget.currentItemChanged.connect(lambda item, _old, b=button: b.setEnabled(
            item is not None and item.data(ITEM) is not None))
        self.drafts[widget] = button
        self.panel_of[widget].add_button(button)
        return button

    def _chart_box(self, chart: BarChart, glyph: str, empty: str, *head: QWidget,
                   under: QWidget | None = None) -> tuple[QFrame, QLabel]:
        box = QFrame()
        box.setObjectName("card")
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # two equal halves
        title = QLabel()
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(space(1))
        top.addWidget(title, 1)
        for widget in head:
            top.addWidget(widget)
        chart.empty = PanelEmpty(glyph, empty)
        chart.stack = QStackedWidget()
        chart.stack.addWidget(chart)
        chart.stack.addWidget(chart.empty)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(space(2), space(1.5), space(2), space(1.5))
        layout.setSpacing(space(1))
        layout.addLayout(top)
        if under is not None:
            layout.addWidget(under)
        layout.addWidget(chart.stack, 1)
        return box, title

    def _charts(self) -> None:
        self.revenue_chart = BarChart()
        self.workload_chart = BarChart()
        self.revenue_currency = QComboBox()
        self.revenue_currency.setToolTip(self.tr("Show the revenue received in this currency"))
        self.revenue_currency.currentTextChanged.connect(self._show_revenue)
        self.revenue_total = QLabel()
        self.revenue_total.setObjectName("muted")
        self.revenue_total.setTextFormat(Qt.TextFormat.RichText)
        self.revenue_box, self.revenue_title = self._chart_box(
            self.revenue_chart, "chart", self.tr("No payments received in the last 12 months."),
            self.revenue_currency, under=self.revenue_total)
        self.revenue_chart.empty.set_action(self.tr("Record a payment"),
                                            lambda: self.open_list.emit("invoices", "open"))
        self.workload_note = QLabel()
        self.workload_note.setWordWrap(True)
        self.workload_box, self.workload_title = self._chart_box(
            self.workload_chart, "clock", self.tr("No hours planned: give active projects an estimate and a deadline."))
        self.workload_title.setText(self.tr("Workload, next 8 weeks"))
        self.workload_chart.empty.set_action(self.tr("View active projects"),
                                             lambda: self.open_list.emit("projects", "active"))
        self.workload_box.layout().addWidget(self.workload_note)

    def refresh_after_first_paint(self) -> None:
        """At start-up the window paints first and the figures follow a moment later."""
        self._pending = True
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if getattr(self, "_pending", False):
            self._pending = False
            QTimer.singleShot(0, self.refresh)

    # -- menus and opening ------------------------------------------------------------------------------
    def context_actions(self, widget: QListWidget, item: QListWidgetItem | None) -> list[tuple[str, object]]:
        """(text, action) the right-click menu offers for ``item``: open it, and draft its message."""
        found: list[tuple[str, object]] = []
        if item is not None and item.data(ROLE):
            found.append((self.tr("Open"), lambda: self._clicked(item)))
        if item is not None and item.data(ITEM) is not None and widget in self.drafts:
            found.append((self.drafts[widget].text(), lambda: self.draft(item)))
        if item is not None and widget is self.follow_ups and item.data(PLANNED):
            found.append((self.snooze_button.text(), self.snooze_follow_up))
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

    def _clicked(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if target:
            self.open_record.emit(*target)

    # -- filling ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from studio_app.today.cockpit import cockpit  # its queries load with the first refresh, after the window paints
        self.summary = figures = cockpit()
        self.title.setText(self.tr("Today, %1").replace("%1", formatting.date(figures.today)))
        self._currency = currency = figures.currency
        invoices = lambda n: self.tr("%Ln invoice(s)", "", n)  # noqa: E731
        self.outstanding_card.set_figures(figures.outstanding.totals, currency, invoices(figures.outstanding.count))
        self.overdue_card.set_figures(figures.overdue.totals, currency, invoices(figures.overdue.count))
        self.deposits_card.set_figures(figures.deposits.totals, currency, invoices(figures.deposits.count))
        self.received_card.set_figures(figures.received.totals, currency,
                                       self.tr("%Ln payment(s)", "", figures.received.count))
        self.overdue_card.action.setEnabled(figures.overdue.count > 0)
        for panel in self.panels:
            panel.clear()
        self._fill_rows(figures)
        for panel, shown in zip(self.panels, (figures.waiting, figures.at_risk, figures.updates, figures.overdue,
                                              figures.deposits, figures.follow_ups)):
            panel.finish(shown.count + (len(figures.refunds) if panel.list is self.overdue else 0),
                         self.tr("View all %1 →"))
        self._fill_revenue(figures)
        self._fill_workload(figures.workload)

    def age(self, days: int, hours: int | None = None) -> str:
        """The age chip's text: hours under two days (when known), then days, weeks, months."""
        if hours is not None and hours < 48:
            return self.tr("%1 h", "age in hours").replace("%1", str(hours))
        days = abs(days)
        if days < 14:
            return self.tr("%1 d", "age in days").replace("%1", str(days))
        if days < 70:
            return self.tr("%1 w", "age in weeks").replace("%1", str(days // 7))
        return self.tr("%1 mo", "age in months").replace("%1", str(days // 30))

    def _row(self, widget: QListWidget, text: str, client: str, detail: str, target: tuple[str, int] | None,
             row: object = None, **look) -> QListWidgetItem:
        item = self.panel_of[widget].add_row(text, client, detail, **look)
        item.setData(ROLE, target)
        item.setData(ITEM, row)
        return item

    def _fill_rows(self, figures: Cockpit) -> None:
        for w in figures.waiting.rows:
            waited = (self.tr("%n hour(s)", "", w.waited_hours) if w.waited_hours < 48
                      else self.tr("%n day(s)", "", w.waited_days))
            self._row(self.waiting, self.tr("%1 — waiting %2: %3").replace("%1", w.client_name)
                      .replace("%2", waited).replace("%3", w.summary[:80]), w.client_name, w.summary[:120],
                      ("client", w.client_id), w, age=self.age(w.waited_days, w.waited_hours),
                      tone="overdue" if w.urgent else "draft", urgent=w.urgent)
        for p in figures.at_risk.rows:
            if p.late:
                when = self.tr("late by %n day(s)", "", -(p.days_left or 0))
            elif p.next_milestone and p.next_milestone_due and (p.deadline is None or p.next_milestone_due < p.deadline):
                when = self.tr("“%1” due %2").replace("%1", p.next_milestone).replace(
                    "%2", formatting.date(p.next_milestone_due))
            else:
                when = self.tr("due in %n day(s)", "", p.days_left or 0)
            days = p.days_left if p.days_left is not None else (p.next_milestone_due - figures.today).days
            self._row(self.at_risk, f"{p.title} ({p.client_name}) — {when}", p.client_name, f"{p.title} · {when}",
                      ("project", p.project_id), p, age=self.age(days), status=p.status,
                      tone="overdue" if p.late else "partly paid", urgent=p.late)
        for u in figures.updates.rows:
            since = (self.tr("no update for %n day(s)", "", u.days_since) if u.last_update
                     else self.tr("no update yet (%n day(s))", "", u.days_since))
            self._row(self.updates, f"{u.title} ({u.client_name}) — {since}", u.client_name, f"{u.title} · {since}",
                      ("project", u.project_id), u, age=self.age(u.days_since))
        self._fill_money(figures)
        self._fill_follow_ups(figures)

    def _fill_money(self, figures: Cockpit) -> None:
        for refund in figures.refunds:
            amount = formatting.amount(refund.amount, refund.currency)
            self._row(self.overdue, self.tr("Refund owed to %1 on %2: %3").replace("%1", refund.client_name)
                      .replace("%2", refund.number).replace("%3", amount), refund.client_name, refund.number,
                      ("invoice", refund.invoice_id), amount=amount, status="refund owed")
        for inv in figures.overdue.rows:
            amount = formatting.amount(inv.due, inv.currency)
            self._row(self.overdue, self.tr("%1 · %2 · %3 — %n day(s) overdue", "", inv.days_overdue)
                      .replace("%1", inv.number).replace("%2", inv.client_name).replace("%3", amount),
                      inv.client_name, self.tr("%1 · due %2").replace("%1", inv.number).replace(
                          "%2", formatting.date(inv.due_date)), ("invoice", inv.invoice_id), inv, amount=amount,
                      age=self.age(inv.days_overdue), tone="overdue", urgent=True)
        for dep in figures.deposits.rows:
            amount = formatting.amount(dep.due, dep.currency)
            self._row(self.deposits, self.tr("%1 · %2 · %3 — asked %n day(s) ago", "", dep.days_waiting)
                      .replace("%1", dep.project_title or dep.number).replace("%2", dep.client_name)
                      .replace("%3", amount), dep.client_name, f"{dep.project_title or dep.number} · {dep.number}",
                      ("invoice", dep.invoice_id), dep, amount=amount, age=self.age(dep.days_waiting),
                      tone="partly paid", status=dep.project_status)

    def _fill_follow_ups(self, figures: Cockpit) -> None:
        for f in figures.follow_ups.rows:
            kind = type(f).__name__
            if kind == "FollowUpDue":
                item = self._row(self.follow_ups, self.tr("Follow up with %1: %2").replace("%1", f.client_name)
                                 .replace("%2", f.summary[:80]), f.client_name, f.summary[:120],
                                 ("client", f.client_id), f, age=self.age(f.days_late),
                                 tone="overdue" if f.days_late > 0 else "draft", urgent=f.days_late > 0)
                item.setData(PLANNED, f.interaction_id)
            elif kind == "ProposedFollowUp":
                text = self.tr("Check in with %1 — “%2” was delivered on %3").replace("%1", f.client_name) \
                    .replace("%2", f.title).replace("%3", formatting.date(f.delivered_on))
                item = self._row(self.follow_ups, text, f.client_name, self.tr("Check in — “%1” delivered on %2")
                                 .replace("%1", f.title).replace("%2", formatting.date(f.delivered_on)),
                                 ("project", f.project_id), f, age=self.age((figures.today - f.delivered_on).days))
                item.setData(PROPOSAL, f.project_id)
            else:
                what = self.tr("birthday") if f.kind == "birthday" else self.tr("company anniversary")
                when = self.tr("today") if f.in_days == 0 else self.tr("in %n day(s)", "", f.in_days)
                self._row(self.follow_ups, f"{f.client_name}: {what} {when} ({formatting.date(f.date)})",
                          f.client_name, f"{what} · {formatting.date(f.date)}", ("client", f.client_id), f,
                          age=when, tone="accepted")

    def _fill_revenue(self, figures: Cockpit) -> None:
        # Every currency that came in during the year, the one shown kept across refreshes (else the studio's).
        seen = [t.currency for t in figures.revenue[0].totals] if figures.revenue else []
        shown = self.revenue_currency.currentText() or self._currency
        self.revenue_currency.blockSignals(True)
        self.revenue_currency.clear()
        self.revenue_currency.addItems(seen)
        self.revenue_currency.setCurrentIndex(seen.index(shown) if shown in seen else 0)
        self.revenue_currency.blockSignals(False)
        self.revenue_currency.setVisible(len(seen) > 1)
        self._show_revenue(self.revenue_currency.currentText() or self._currency)

    def _show_revenue(self, currency: str) -> None:
        if self.summary is None or not currency:
            return
        revenue = self.summary.revenue
        minor = [next((t.amount for t in m.totals if t.currency == currency), 0) for m in revenue]
        labels = [format_date(m.month, "MMM", locale=locale_for(formatting.language())) for m in revenue]
        # bars in minor units: only their heights matter, and the texts read them back exactly
        self.revenue_chart.set_data(labels, [float(amount) for amount in minor], None,
                                    lambda v: formatting.amount(int(v), currency),
                                    lambda v: formatting.compact_amount(int(v), currency))
        self.revenue_chart.stack.setCurrentIndex(0 if any(minor) else 1)
        self.revenue_title.setText(self.tr("Revenue received in %1, last 12 months").replace("%1", currency))
        self.revenue_total.setText(self.tr("In 12 months: %1").replace(
            "%1", f"<b>{formatting.amount(sum(minor), currency)}</b>"))

    def _fill_workload(self, weeks) -> None:
        capacity = weeks[0].capacity if weeks else settings.get().weekly_capacity_hours
        hours = lambda v: self.tr("%1 h").replace("%1", f"{v:g}")  # noqa: E731
        self.workload_chart.set_data([self.tr("W%1", "week number").replace("%1", w.week.split("-W")[-1])
                                      for w in weeks],
                                     [float(w.hours) for w in weeks], float(capacity), hours,
                                     lambda v: self.tr("%1 h").replace("%1", f"{v:.0f}"),
                                     self.tr("Capacity %1").replace("%1", hours(capacity)))
        self.workload_chart.stack.setCurrentIndex(0 if any(w.hours for w in weeks) else 1)
        over = [w for w in weeks if w.over]
        self.workload_note.setText(
            self.tr("Over capacity in %1.").replace("%1", ", ".join(w.week for w in over)) if over
            else self.tr("Within the studio's %1 hours a week.").replace("%1", str(capacity)))
        self.workload_note.setObjectName("warning" if over else "hint")
        self.workload_note.style().polish(self.workload_note)

    # -- actions ----------------------------------------------------------------------------------------
    def mark_follow_up_done(self) -> None:
        """The check-in after delivery happened: logged in the client's conversation, off the list."""
        item = self.follow_ups.currentItem()
        project_id = item.data(PROPOSAL) if item is not None else None
        if project_id:
            from studio_app.work import interactions  # (with clients and projects: ~10 ms, not before the first paint)
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
            from studio_app.work import interactions
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
        """The message the row's advice calls for, drafted by the core and opened to edit and send; once
        sent (and logged) the row leaves its panel."""
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
