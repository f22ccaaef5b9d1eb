"""A client's card: contact data, language, currency, channel, important dates and notes, with the log beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGroupBox, QScrollArea, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from studio_app.work import clients, interactions, local_fields, settings
from studio_app.store import pickers
from ui import ask, formatting
from ui.views.editor import Editor
from ui.widgets import choices
from ui.widgets.local_details import LocalDetails
from ui.widgets.fields import DateField, align_labels, form_layout, set_value, value_of
from ui.widgets.pickers import country_picker, currency_picker

FIELDS = ("name", "company", "email", "phone", "address", "country", "tax_id", "language", "currency",
          "preferred_channel", "birthday", "anniversary", "notes")
LOCAL = local_fields.PARTY_FIELDS
EINVOICE_FIELDS = ("einvoice_format", "buyer_reference", "endpoint_scheme", "endpoint_id", "street", "postcode",
                   "city")


class ClientEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = {
            "name": QLineEdit(), "company": QLineEdit(), "email": QLineEdit(), "phone": QLineEdit(),
            "address": QPlainTextEdit(), "country": country_picker(), "tax_id": QLineEdit(),
            "language": choices.combo("language"), "currency": currency_picker(),
            "preferred_channel": choices.combo("channel"), "birthday": DateField(), "anniversary": DateField(),
            "notes": QPlainTextEdit(),
        }
        self.inputs["address"].setFixedHeight(70)
        self.inputs["notes"].setFixedHeight(96)
        self.inputs["email"].setPlaceholderText("name@example.com")
        labels = {"name": self.tr("Name"), "company": self.tr("Company"), "email": self.tr("Email"),
                  "phone": self.tr("Phone"), "address": self.tr("Address"), "country": self.tr("Country"),
                  "tax_id": self.tr("VAT id"), "language": self.tr("Document language"),
                  "currency": self.tr("Currency"), "preferred_channel": self.tr("Prefers"),
                  "birthday": self.tr("Birthday"), "anniversary": self.tr("Company anniversary"),
                  "notes": self.tr("Notes")}
        form = form_layout()
        for name in FIELDS:
            form.addRow(labels[name], self.inputs[name])
            self.validation.watch(name, self.inputs[name])
        self.local = LocalDetails()
        for name, widget in self.local.inputs.items():
            self.inputs[name] = widget
            self.validation.watch(name, widget)
        self.inputs["country"].value_changed.connect(lambda: self.local.show_for(self.inputs["country"].value()))
        holder = QVBoxLayout()
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addLayout(form)
        holder.addWidget(self.local)
        holder.addWidget(self._einvoice_group())
        align_labels(form, self.local.form, self.einvoice_form)
        holder.addStretch(1)
        form_page = QWidget()
        form_page.setLayout(holder)
        details = QScrollArea()  # the card scrolls rather than making the window taller than the screen
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setWidget(form_page)
        details.setAccessibleName(self.tr("Client details"))

        self.log = QListWidget()
        self.log.setAccessibleName(self.tr("Conversation"))
        self.log.setWordWrap(True)
        self.log.setAlternatingRowColors(True)
        self.log_button = QPushButton(self.tr("Log a call, email or note…"))
        self.log_button.clicked.connect(self.log_interaction)
        self.projects = QListWidget()
        self.projects.setAccessibleName(self.tr("Projects"))
        self.projects.itemActivated.connect(lambda item: self.open_record.emit("project", item.data(Qt.ItemDataRole.UserRole)))
        self.new_project_button = QPushButton(self.tr("New project for this client"))
        self.new_project_button.clicked.connect(lambda: self.open_record.emit("new-project", self.record_id or 0))
        log_box = QGroupBox(self.tr("Conversation"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.log, 1)
        log_layout.addWidget(self.log_button)
        projects_box = QGroupBox(self.tr("Projects"))
        projects_layout = QVBoxLayout(projects_box)
        projects_layout.addWidget(self.projects, 1)
        projects_layout.addWidget(self.new_project_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(log_box, 3)
        side_layout.addWidget(projects_box, 2)

        splitter = QSplitter()
        splitter.addWidget(details)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter)
        self.archive_button = self.add_action(self.tr("Archive"), self.archive,
                                              self.tr("Hide this client from lists; documents stay."))

    def _einvoice_group(self) -> QGroupBox:
        """The client's e-invoice format and what it needs: buyer reference (the Leitweg-ID for XRechnung), the
        Peppol endpoint, the address in parts."""
        self.inputs.update({"einvoice_format": choices.combo("einvoice"), "buyer_reference": QLineEdit(),
                            "endpoint_scheme": choices.endpoint_schemes(), "endpoint_id": QLineEdit(),
                            "street": QLineEdit(), "postcode": QLineEdit(), "city": QLineEdit()})
        self.inputs["buyer_reference"].setPlaceholderText(self.tr("e.g. 991-03730-19"))
        self.inputs["endpoint_id"].setPlaceholderText(self.tr("e.g. 0412345614"))
        self.inputs["postcode"].setMaximumWidth(120)
        labels = {"einvoice_format": self.tr("Format"), "buyer_reference": self.tr("Buyer reference / Leitweg-ID"),
                  "endpoint_scheme": self.tr("Endpoint scheme"), "endpoint_id": self.tr("Endpoint id"),
                  "street": self.tr("Street"), "postcode": self.tr("Postcode"), "city": self.tr("City")}
        box = QGroupBox(self.tr("E-invoice"))
        form = self.einvoice_form = form_layout(box)
        for name in EINVOICE_FIELDS:
            form.addRow(labels[name], self.inputs[name])
            self.validation.watch(name, self.inputs[name])
        return box

    def load(self, client_id: int | None) -> None:
        self.record_id = client_id
        if client_id is None:
            studio = settings.get()
            values = {"language": studio.language, "currency": studio.currency, "preferred_channel": "email",
                      "einvoice_format": "none"}
            self.heading.setText(self.tr("New client"))
            self.set_badge("")
        else:
            client = clients.get(client_id)
            values = {name: getattr(client, name) for name in FIELDS + LOCAL + EINVOICE_FIELDS}
            self.heading.setText(client.name)
            self.set_badge(self.tr("Archived") if client.archived else "")
        for name in FIELDS + LOCAL + EINVOICE_FIELDS:
            set_value(self.inputs[name], values.get(name, ""))
        for widget in (self.log_button, self.archive_button, self.new_project_button):
            widget.setEnabled(client_id is not None)
        self.refresh_side()
        self.validation.reset()
        self.inputs["name"].setFocus()

    def refresh_side(self) -> None:
        self.log.clear()
        self.projects.clear()
        if self.record_id is None:
            self.log.addItem(self.tr("Save the client to start its log."))
            return
        kinds = choices.labels("interaction")
        for entry in interactions.for_client(self.record_id):
            when = formatting.date(entry.occurred_at.date())
            flag = "  ⏳ " + self.tr("waiting for your answer") if entry.waiting_for_reply else ""
            follow = ("  → " + self.tr("follow up on %1").replace("%1", formatting.date(entry.follow_up_on))
                      if entry.follow_up_on and not entry.follow_up_done else "")
            self.log.addItem(QListWidgetItem(f"{when} · {kinds.get(entry.kind, entry.kind)}{flag}{follow}\n{entry.summary}"))
        if not self.log.count():
            self.log.addItem(self.tr("Nothing logged yet."))
        for project_id, title in pickers.names("projects", client_id=self.record_id,
                                               language=formatting.language()):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, project_id)
            self.projects.addItem(item)

    def values(self) -> dict[str, object]:
        return {name: value_of(self.inputs[name]) for name in FIELDS + LOCAL + EINVOICE_FIELDS}

    def check(self) -> None:
        clients.validate(self.values(), self.record_id)

    def write(self) -> int:
        if self.record_id is None:
            client = clients.create(**self.values())
        else:
            client = clients.update(self.record_id, **self.values())
        self.heading.setText(client.name)
        for widget in (self.log_button, self.archive_button, self.new_project_button):
            widget.setEnabled(True)
        self.record_id = client.id
        self.refresh_side()
        return client.id

    def log_interaction(self) -> None:
        from ui.dialogs.interaction import InteractionDialog  # loaded when first opened, not at start
        if self.record_id is not None and ask.run(InteractionDialog(self.record_id, parent=self)):
            self.refresh_side()

    def archive(self) -> None:
        if self.record_id is not None and self.confirm(self.tr("Archive this client? Their documents are kept.")):
            if self.run_action(clients.set_archived, self.record_id, True) is not None:
                self.saved.emit(self.record_id)
                self.closed.emit()
