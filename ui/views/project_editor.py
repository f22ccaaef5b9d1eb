"""A project: goals, scope (deliverables with formats, exclusions, milestones), price and terms, and progress."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from studio_app.work import billing, interactions, projects, quotes, revisions, settings, timelog
from studio_app.store import pickers
from studio_app import money
from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.views import scope_actions
from ui.views.editor import Editor
from ui.widgets import choices
from ui.widgets.fields import DateField, SpinBox, align_labels, form_layout, set_value, value_of
from ui.widgets.pickers import currency_picker

MAIN_FIELDS = ("title", "status", "start_date", "deadline", "goals")
PRICE_FIELDS = ("pricing", "currency", "price", "hourly_rate", "tax_rate", "estimated_hours", "deposit_percent",
                "included_rounds", "extra_round_billing", "extra_round_fee")
MONEY_FIELDS = ("price", "hourly_rate", "extra_round_fee")


class ProjectEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self.currency = "EUR"
        self.client_box = QComboBox()
        self.inputs: dict[str, QWidget] = {
            "title": QLineEdit(), "status": choices.combo("project_status"), "start_date": DateField(),
            "deadline": DateField(), "goals": QPlainTextEdit(), "pricing": choices.combo("pricing"),
            "currency": currency_picker(empty=self.tr("The client's currency")), "price": QLineEdit(),
            "hourly_rate": QLineEdit(), "tax_rate": QLineEdit(),
            "estimated_hours": QLineEdit(), "deposit_percent": QLineEdit(), "included_rounds": SpinBox(),
            "extra_round_billing": choices.combo("round_billing"), "extra_round_fee": QLineEdit(),
        }
        self.inputs["included_rounds"].setRange(0, 50)
        self.inputs["goals"].setPlaceholderText(self.tr("What the client wants to achieve, in their words"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Project"))
        self.tabs.addTab(self._overview_tab(), self.tr("Overview"))
        self.tabs.addTab(self._scope_tab(), self.tr("Scope"))
        self.tabs.addTab(self._terms_tab(), self.tr("Price and terms"))
        self.tabs.addTab(self._progress_tab(), self.tr("Progress and documents"))
        self.body.addWidget(self.tabs)
        for name, widget in self.inputs.items():
            self.validation.watch(name, widget)
        self.validation.watch("client", self.client_box)
        self.deliverables.itemChanged.connect(self.validation.run)
        self.milestones.itemChanged.connect(self.validation.run)
        self.exclusions.textChanged.connect(self.validation.run)
        self.validation.fields.update({"deliverables": self.deliverables, "milestones": self.milestones,
                                       "exclusions": self.exclusions})
        self.follow_up_button = self.add_action(self.tr("Check-in done"), self.follow_up_done)
        self.quote_button = self.add_action(self.tr("Create quote"), self.create_quote)
        self.final_button = self.add_action(self.tr("Create final invoice"), self.create_final)
        self.archive_button = self.add_action(self.tr("Archive"), self.archive)
        self.ended_note = QLabel()  # why a lost or closed project offers no quote and no invoice
        self.ended_note.setObjectName("hint")
        self.ended_note.setWordWrap(True)  # under the header, so a long translation never widens the window
        self.ended_note.hide()
        self.body.insertWidget(0, self.ended_note)

    # -- layout -------------------------------------------------------------------------------
    def _overview_tab(self) -> QWidget:
        form = form_layout()
        form.addRow(self.tr("Client"), self.client_box)
        form.addRow(self.tr("Title"), self.inputs["title"])
        form.addRow(self.tr("Status"), self.inputs["status"])
        form.addRow(self.tr("Start date"), self.inputs["start_date"])
        form.addRow(self.tr("Deadline"), self.inputs["deadline"])
        form.addRow(self.tr("Goals"), self.inputs["goals"])
        align_labels(form)
        return self._narrow(form)

    @staticmethod
    def _narrow(form) -> QWidget:
        """A form at a reading width (fields of a few words, not the whole 1920 px), its page left-aligned."""
        holder = QWidget()
        holder.setLayout(form)
        holder.setMaximumWidth(760)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(holder, 1)
        row.addStretch(0)
        return page

    def _scope_tab(self) -> QWidget:
        self.deliverables = scope_actions.RowsTable(("name", "format", "quantity", "due_date", "done"),
                                      [self.tr("Deliverable"), self.tr("Format"), self.tr("Qty"),
                                       self.tr("Due"), self.tr("Done")])
        self.milestones = scope_actions.RowsTable(("title", "due_date", "done_on"),
                                    [self.tr("Milestone"), self.tr("Due"), self.tr("Done on")])
        self.exclusions = QPlainTextEdit()
        self.exclusions.setPlaceholderText(self.tr("One per line, e.g. “Printing costs”, “Stock photo licences”"))
        self.exclusions.setFixedHeight(80)
        page = QWidget()
        layout = QVBoxLayout(page)
        for title, table, hint in ((self.tr("Deliverables and their formats"), self.deliverables,
                                    self.tr("e.g. Logo — SVG, PNG and PDF, 3 colour variants")),
                                   (self.tr("Milestones"), self.milestones, "")):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            buttons = QHBoxLayout()
            add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
            add.clicked.connect(lambda _=False, t=table: (t.add_row({"quantity": 1} if t is self.deliverables else {}),
                                                          self.validation.run()))
            remove.clicked.connect(lambda _=False, t=table: (t.removeRow(t.currentRow()), self.validation.run()))
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addWidget(scope_actions.mark_done_button(table, "deliverable" if table is self.deliverables
                                                             else "milestone"))
            if hint:
                label = QLabel(hint)
                label.setObjectName("hint")
                buttons.addWidget(label)
            buttons.addStretch(1)
            inner.addLayout(buttons)
            layout.addWidget(box, 1)
        box = QGroupBox(self.tr("Not included"))
        QVBoxLayout(box).addWidget(self.exclusions)
        layout.addWidget(box)
        return page

    def _terms_tab(self) -> QWidget:
        labels = {"pricing": self.tr("Pricing"), "currency": self.tr("Currency"), "price": self.tr("Fixed price (net)"),
                  "hourly_rate": self.tr("Hourly rate"), "tax_rate": self.tr("Tax rate %"),
                  "estimated_hours": self.tr("Estimated hours"), "deposit_percent": self.tr("Deposit %"),
                  "included_rounds": self.tr("Revision rounds included"),
                  "extra_round_billing": self.tr("Extra rounds billed"),
                  "extra_round_fee": self.tr("Fee per extra round")}
        form = form_layout()
        for name in PRICE_FIELDS:
            form.addRow(labels[name], self.inputs[name])
        self.price_summary = QLabel()
        self.price_summary.setObjectName("hint")
        self.price_summary.setWordWrap(True)
        form.addRow("", self.price_summary)
        align_labels(form)
        return self._narrow(form)

    def _progress_tab(self) -> QWidget:
        self.rounds_label = QLabel()
        self.rounds_label.setObjectName("totals")
        self.rounds_label.setWordWrap(True)  # long translations wrap instead of widening the column
        self.next_round_label = QLabel()
        self.rounds_list = QListWidget()
        self.round_button = QPushButton(self.tr("Log a revision round…"))
        self.round_button.clicked.connect(self.log_round)
        self.undo_round_button = QPushButton(self.tr("Undo the latest round"))
        self.undo_round_button.clicked.connect(self.undo_round)
        self.time_label = QLabel()
        self.time_label.setObjectName("totals")
        self.time_label.setWordWrap(True)
        self.time_list = QListWidget()
        self.time_button = QPushButton(self.tr("Record time…"))
        self.time_button.clicked.connect(self.record_time)
        self.delete_time_button = QPushButton(self.tr("Delete the selected time"))
        self.delete_time_button.clicked.connect(self.delete_time)
        self.delete_time_button.setEnabled(False)
        self.time_list.currentItemChanged.connect(
            lambda item, _old: self.delete_time_button.setEnabled(item is not None))
        self.documents = QListWidget()
        self.documents.setWordWrap(True)
        self.documents.itemActivated.connect(
            lambda item: self.open_record.emit(*item.data(Qt.ItemDataRole.UserRole)))
        rounds = QGroupBox(self.tr("Revision rounds"))
        r = QVBoxLayout(rounds)
        for w in (self.rounds_label, self.next_round_label, self.rounds_list, self._row(self.round_button,
                                                                                        self.undo_round_button)):
            r.addWidget(w)
        time = QGroupBox(self.tr("Time"))
        t = QVBoxLayout(time)
        for w in (self.time_label, self.time_list, self._row(self.time_button, self.delete_time_button)):
            t.addWidget(w)
        docs = QGroupBox(self.tr("Quotes, contracts and invoices"))
        QVBoxLayout(docs).addWidget(self.documents)
        self.log = QListWidget()
        self.log.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log an update, delay or note…"))
        self.log_button.clicked.connect(self.log_interaction)
        talk = QGroupBox(self.tr("Conversation about this project"))
        talk_layout = QVBoxLayout(talk)
        talk_layout.addWidget(self.log)
        talk_layout.addWidget(self.log_button)
        side = QVBoxLayout()
        side.addWidget(docs, 1)
        side.addWidget(talk, 1)
        work = QVBoxLayout()  # two columns: three side by side do not fit 1280 px in Greek or Malay
        work.addWidget(rounds, 1)
        work.addWidget(time, 1)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(work, 1)
        layout.addLayout(side, 1)
        return page

    @staticmethod
    def _row(*buttons: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            layout.addWidget(button)
        return row

    # -- data ---------------------------------------------------------------------------------
    def load(self, project_id: int | None, client_id: int | None = None) -> None:
        self.record_id = project_id
        self.client_box.clear()
        if project_id is None:
            studio = settings.get()
            for cid, name in pickers.names("clients", language=formatting.language()):
                self.client_box.addItem(name, cid)
            if client_id is not None:
                self.client_box.setCurrentIndex(max(self.client_box.findData(client_id), 0))
            self.client_box.setEnabled(True)
            self.currency = studio.currency
            values: dict[str, object] = {
                "status": "lead", "pricing": "fixed", "currency": "", "tax_rate": studio.tax_rate,
                "hourly_rate": studio.hourly_rate, "estimated_hours": "0", "deposit_percent": studio.deposit_percent,
                "included_rounds": studio.included_rounds, "extra_round_billing": "per_round",
                "extra_round_fee": studio.extra_round_fee, "price": 0}
            scope = {"deliverables": [], "exclusions": [], "milestones": []}
            self.agreement = None
            self.heading.setText(self.tr("New project"))
            self.set_badge("")
        else:
            project = projects.get(project_id)
            self.client_box.addItem(project.client.name, project.client_id)
            self.client_box.setEnabled(False)
            self.currency = project.currency
            values = {name: getattr(project, name) for name in MAIN_FIELDS + PRICE_FIELDS}
            scope = projects.scope(project_id)
            self.agreement = billing.agreement(project)
            self.heading.setText(project.title)
            self.set_badge(project.status)
        for name in MONEY_FIELDS:  # with the currency's decimals and the interface's separators: 105,000.00
            values[name] = formatting.plain_amount(int(values.get(name) or 0), self.currency)
        for name in ("tax_rate", "estimated_hours", "deposit_percent"):
            values[name] = format(Decimal(values.get(name) or 0).normalize(), "f")
        for name, widget in self.inputs.items():
            set_value(widget, values.get(name, ""))
        # The accepted quote is the agreement: its price shows here and changes only with a new quote.
        self.inputs["price"].setReadOnly(self.agreement is not None)
        self.inputs["price"].setToolTip(self.tr("The price of the accepted quote %1; a change of scope is a new "
                                                "quote.").replace("%1", self.agreement.number)
                                        if self.agreement is not None else "")
        self.deliverables.set_rows([{"name": d.name, "format": d.format, "quantity": d.quantity,
                                     "due_date": d.due_date, "done": d.done, "id": d.id}
                                    for d in scope["deliverables"]])
        self.milestones.set_rows([{"title": m.title, "due_date": m.due_date, "done_on": m.done_on, "id": m.id}
                                  for m in scope["milestones"]])
        self.exclusions.setPlainText("\n".join(e.text for e in scope["exclusions"]))
        self.refresh_progress()
        self.validation.reset()
        self.inputs["title"].setFocus()

    def refresh_progress(self) -> None:
        saved = self.record_id is not None
        for widget in (self.round_button, self.time_button, self.quote_button, self.final_button, self.archive_button,
                       self.log_button):
            widget.setEnabled(saved)
        self.rounds_list.clear()
        self.time_list.clear()
        self.documents.clear()
        self.log.clear()
        if not saved:
            self.show_state_actions("lead")
            self.follow_up_button.setVisible(False)
            self.undo_round_button.setEnabled(False)
            self.rounds_label.setText(self.tr("Save the project to count rounds and time."))
            self.next_round_label.clear()
            self.time_label.clear()
            return
        state = revisions.status(self.record_id)
        self.rounds_label.setText(self.tr("Revision rounds used: %1 of %2 included")
                                  .replace("%1", str(state.used)).replace("%2", str(state.included)))
        text = self.round_text(state)
        if state.unbilled_billable:
            text += " " + self.tr("%n billable round(s) not invoiced yet: they go on the final invoice.", "",
                                  state.unbilled_billable)
        self.next_round_label.setText(text)
        self.next_round_label.setWordWrap(True)
        self.next_round_label.setObjectName("warning" if state.next_is_billable else "hint")
        self.next_round_label.style().polish(self.next_round_label)
        for rnd in revisions.rounds(self.record_id):
            flag = " · " + self.tr("billable") if rnd.billable else ""
            self.rounds_list.addItem(f"{rnd.number}. {formatting.date(rnd.requested_on)}{flag} — {rnd.request}")
        minutes = timelog.total_minutes(self.record_id)
        self.time_label.setText(self.tr("Time logged: %1 h").replace("%1", formatting.hours(timelog.hours(minutes))))
        for entry in timelog.entries(self.record_id):
            billable = "" if entry.billable else " · " + self.tr("not billable")
            hours = self.tr("%1 h").replace("%1", formatting.hours(timelog.hours(entry.minutes)))
            item = QListWidgetItem(f"{formatting.date(entry.date)} · {hours}{billable} {entry.note}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.time_list.addItem(item)
        self.undo_round_button.setEnabled(bool(revisions.rounds(self.record_id)))
        self.delete_time_button.setEnabled(False)
        project = projects.get(self.record_id)
        self.follow_up_button.setVisible(project.delivered_on is not None)
        self.show_state_actions(project.status)
        names = {"quote": self.tr("Quote"), "contract": self.tr("Contract"), "invoice": self.tr("Invoice")}
        for doc in projects.documents(self.record_id):
            number = doc["number"] or self.tr("draft")
            total = formatting.amount(doc["total"], doc["currency"]) if doc["total"] is not None else ""
            item = QListWidgetItem(f"{names[doc['kind']]} {number} · {formatting.status_label(doc['status'])} {total}")
            item.setData(Qt.ItemDataRole.UserRole, (doc["kind"], doc["id"]))
            self.documents.addItem(item)
        kinds = choices.labels("interaction")
        for entry in interactions.for_project(self.record_id):
            self.log.addItem(f"{formatting.date(entry.occurred_at.date())} · {kinds.get(entry.kind, entry.kind)}\n"
                             f"{entry.summary}")
        self._say_when_empty()

    def _say_when_empty(self) -> None:
        """An empty list says so (greyed, not selectable) instead of standing as a blank box."""
        for view, text in ((self.rounds_list, self.tr("No revision round yet.")),
                           (self.time_list, self.tr("No time recorded yet.")),
                           (self.documents, self.tr("No quote, contract or invoice yet.")),
                           (self.log, self.tr("Nothing logged yet."))):
            if not view.count():
                item = QListWidgetItem(text)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                view.addItem(item)

    def show_state_actions(self, status: str) -> None:
        """Only the actions that fit the project's state: none that start a document once it is lost or closed."""
        open_work = projects.takes_new_documents(status)
        self.quote_button.setVisible(open_work)
        self.final_button.setVisible(open_work)
        self.ended_note.setVisible(not open_work)
        self.ended_note.setText(self.tr("Lost: no new quote or invoice. To go on, set its status again.")
                                if status == "lost" else
                                self.tr("Closed: no new quote or invoice. To go on, set its status again."))

    def round_text(self, state: revisions.RoundStatus) -> str:
        if not state.next_is_billable:
            return self.tr("The next round (%1) is included.").replace("%1", str(state.next_number))
        if state.next_fee is None:
            return self.tr("The next round (%1) goes past the %2 included: billable by the hour.") \
                .replace("%1", str(state.next_number)).replace("%2", str(state.included))
        return self.tr("The next round (%1) goes past the %2 included: billable at %3.") \
            .replace("%1", str(state.next_number)).replace("%2", str(state.included)) \
            .replace("%3", formatting.amount(state.next_fee, state.currency))

    def values(self) -> dict[str, object]:
        data = {name: value_of(widget) for name, widget in self.inputs.items()}
        if not data["currency"]:
            data.pop("currency")
        return data

    def scope_values(self) -> dict[str, list]:
        return {"deliverables": self.deliverables.rows(), "milestones": self.milestones.rows(),
                "exclusions": [line for line in self.exclusions.toPlainText().splitlines() if line.strip()]}

    def check(self) -> None:
        client_id = self.client_box.currentData()
        if self.record_id is None and client_id is None:
            raise StudioError(self.tr("Add a client first: every project belongs to a client."), field="client")
        values = projects.validate(self.values(), client_id=client_id, project_id=self.record_id,
                                   **self.scope_values())
        if self.agreement is not None:  # the figures the deposit and final invoices bill
            figures = quotes.totals(self.agreement)
            deposit = money.deposit_totals(figures, values["deposit_percent"]).gross
            self.price_summary.setText(self.tr("Accepted quote %1: %2 net, %3 with VAT; deposit %4 with VAT.")
                                       .replace("%1", self.agreement.number)
                                       .replace("%2", formatting.amount(figures.net, values["currency"]))
                                       .replace("%3", formatting.amount(figures.gross, values["currency"]))
                                       .replace("%4", formatting.amount(deposit, values["currency"])))
            return
        net = values["price"] if values["pricing"] == "fixed" else \
            money.round_minor(values["estimated_hours"] * values["hourly_rate"])
        deposit = money.percent_of(net, values["deposit_percent"])
        self.price_summary.setText(self.tr("Agreed price %1 net; deposit %2.")
                                   .replace("%1", formatting.amount(net, values["currency"]))
                                   .replace("%2", formatting.amount(deposit, values["currency"])))

    def write(self) -> int:
        if self.record_id is None:
            project = projects.create(self.client_box.currentData(), **self.scope_values(), **self.values())
        else:
            project = projects.update(self.record_id, **self.scope_values(), **self.values())
        self.record_id = project.id
        self.load(project.id)
        return project.id

    # -- actions ------------------------------------------------------------------------------
    def log_round(self) -> None:
        from ui.dialogs.revision import RevisionDialog  # loaded when first opened, not at start
        if self.record_id is not None and ask.run(RevisionDialog(self.record_id, self)):
            self.refresh_progress()

    def undo_round(self) -> None:
        rounds = revisions.rounds(self.record_id) if self.record_id is not None else []
        if rounds and self.confirm(self.tr("Undo revision round %1?").replace("%1", str(rounds[-1].number))):
            self.run_action(revisions.delete_round, rounds[-1].id)
            self.refresh_progress()

    def delete_time(self) -> None:
        item = self.time_list.currentItem()
        if item is not None and self.confirm(self.tr("Delete this time entry?")):
            self.run_action(timelog.delete, item.data(Qt.ItemDataRole.UserRole))
            self.refresh_progress()

    def follow_up_done(self) -> None:
        """The check-in after delivery happened: logged in the conversation, off the dashboard."""
        if self.record_id is not None and self.run_action(interactions.log_follow_up, self.record_id) is not None:
            self.refresh_progress()

    def log_interaction(self) -> None:
        from ui.dialogs.interaction import InteractionDialog  # loaded when first opened, not at start
        if self.record_id is not None:
            project = projects.get(self.record_id)
            if ask.run(InteractionDialog(project.client_id, project.id, kind="update", parent=self)):
                self.refresh_progress()

    def record_time(self) -> None:
        from ui.dialogs.time_entry import TimeDialog  # loaded when first opened, not at start
        if self.record_id is not None and ask.run(TimeDialog(self.record_id, self)):
            self.refresh_progress()

    def create_quote(self) -> None:
        if self.record_id is None or not self.save_first():
            return
        quote = self.run_action(quotes.create_from_project, self.record_id)
        if quote is not None:
            self.open_record.emit("quote", quote.id)

    def create_final(self) -> None:
        if self.record_id is None or not self.save_first():
            return
        invoice = self.run_action(billing.create_final, self.record_id)
        if invoice is not None:
            self.open_record.emit("invoice", invoice.id)

    def save_first(self) -> bool:
        return self.save() if self.save_button.isEnabled() else False

    def archive(self) -> None:
        if self.record_id is not None and self.confirm(self.tr("Archive this project? Its documents are kept.")):
            if self.run_action(projects.set_archived, self.record_id, True) is not None:
                self.saved.emit(self.record_id)
                self.closed.emit()
