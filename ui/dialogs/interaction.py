"""Quick entry in a client's log (Ctrl+L from anywhere): what happened, whether they wait, when to follow up."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from studio_app.work import clients, interactions
from studio_app.store import pickers
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from ui import formatting
from ui.dialogs.base import Dialog
from ui.widgets import choices
from ui.widgets.fields import DateField, Validation


class InteractionDialog(Dialog):
    def __init__(self, client_id: int | None = None, project_id: int | None = None, kind: str = "note",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an interaction"))
        self.setMinimumWidth(460)
        self.client = QComboBox()
        for cid, name in pickers.names("clients", language=formatting.language()):
            self.client.addItem(name, cid)
        if client_id is not None:
            at = self.client.findData(client_id)
            if at < 0:
                self.client.addItem(clients.get(client_id).name, client_id)
                at = self.client.count() - 1
            self.client.setCurrentIndex(at)
        self.project = QComboBox()
        self.kind = choices.combo("interaction")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.waiting = QCheckBox(self.tr("The client is waiting for an answer from us"))
        self.follow_up = DateField()
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.waiting)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        self.content.addLayout(form)
        self.validation = Validation(self.check, self.message, self)
        self.validation.validity_changed.connect(self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled)
        for name, widget in (("summary", self.summary), ("follow_up_on", self.follow_up), ("client", self.client)):
            self.validation.watch(name, widget)
        self.client.currentIndexChanged.connect(self._fill_projects)
        self._fill_projects()
        if project_id is not None:
            self.project.setCurrentIndex(max(self.project.findData(project_id), 0))
        self.validation.reset()

    def _fill_projects(self) -> None:
        self.project.clear()
        self.project.addItem(self.tr("(no project)"), None)
        if self.client.currentData() is not None:
            for pid, title in pickers.names("projects", client_id=self.client.currentData(),
                                            language=formatting.language()):
                self.project.addItem(title, pid)

    def check(self) -> None:
        if self.client.currentData() is None:
            raise StudioError(self.tr("Choose the client this is about."), field="client")
        cleaning.clean(self.summary.toPlainText(), self.tr("Summary"), required=True, multiline=True, max_len=10_000,
                   field="summary")

    def save(self) -> None:
        self.saved = interactions.log(self.client.currentData(), self.kind.currentData(), self.summary.toPlainText(),
                                      project_id=self.project.currentData(), waiting_for_reply=self.waiting.isChecked(),
                                      follow_up_on=self.follow_up.value())

    def show_error(self, exc: StudioError) -> None:
        self.validation.show(exc)  # marks the field it names, as the live check does
