"""Telling a client early that a date moves: the new date and the message, drafted from the studio's delay
notice in the client's language. "Send to the client…" opens the message to send (queueing it moves the
deadline and logs the notice); Save only logs it, for a notice given by phone or in person."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from studio_app.mail import compose as drafts
from studio_app.text.errors import StudioError
from studio_app.work import interactions, projects
from ui.dialogs import compose
from ui.dialogs.base import Dialog
from ui.widgets.fields import DateField


class DelayDialog(Dialog):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.sent = ""  # what became of the message sent from here (see ui.dialogs.compose.run_draft)
        project = projects.get(project_id)
        self.setWindowTitle(self.tr("Delay notice for %1").replace("%1", project.title))
        self.setMinimumWidth(480)
        self.new_date = DateField()
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(180)
        self._drafted = ""
        try:
            draft = drafts.draft_delay_notice(project_id)
        except StudioError:  # no e-mail address: the notice is given another way, and only logged here
            self.new_date.set_value(project.deadline)
            self._drafted = self.tr("We need a little more time on %1 to get it right; the new delivery "
                                    "date is below.").replace("%1", project.title)
            self.summary.setPlainText(self._drafted)
            self.send_button = None
        else:
            self.new_date.set_value(draft.new_deadline)
            self._drafted = draft.body
            self.summary.setPlainText(draft.body)
            self.send_button = self.buttons.addButton(self.tr("Send to the client…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.send_button.clicked.connect(self.send)
        self.new_date.dateChanged.connect(self._redraft)
        form = QFormLayout()
        form.addRow(self.tr("New deadline"), self.new_date)
        form.addRow(self.tr("What you tell the client"), self.summary)
        self.content.addLayout(form)

    def _redraft(self, *_args) -> None:
        """A new date rewrites the drafted message, unless the designer has changed its words."""
        if self.send_button is None or self.summary.toPlainText() != self._drafted:
            return
        try:
            self._drafted = drafts.draft_delay_notice(self.project_id, self.new_date.value()).body
        except StudioError as exc:
            self.show_error(exc)
            return
        self.summary.setPlainText(self._drafted)

    def message_draft(self) -> drafts.Draft:
        draft = drafts.draft_delay_notice(self.project_id, self.new_date.value())
        draft.body = self.summary.toPlainText()
        return draft

    def send(self) -> None:
        self.sent = compose.run_draft(self, self.message_draft)
        if self.sent:
            super(Dialog, self).accept()  # queued: the core moved the deadline and logged the notice

    def save(self) -> None:
        interactions.log_delay_notice(self.project_id, self.new_date.value(), self.summary.toPlainText())
