"""Telling a client early that a date moves: the new date and the message, logged in one step."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from studio_app.work import interactions, projects
from ui.dialogs.base import Dialog
from ui.widgets.fields import DateField


class DelayDialog(Dialog):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        project = projects.get(project_id)
        self.setWindowTitle(self.tr("Delay notice for %1").replace("%1", project.title))
        self.setMinimumWidth(440)
        self.new_date = DateField()
        self.new_date.set_value(project.deadline)
        self.summary = QPlainTextEdit()
        self.summary.setPlainText(self.tr("We need a little more time on %1 to get it right; the new delivery "
                                          "date is below.").replace("%1", project.title))
        form = QFormLayout()
        form.addRow(self.tr("New deadline"), self.new_date)
        form.addRow(self.tr("What you told the client"), self.summary)
        self.content.addLayout(form)

    def save(self) -> None:
        interactions.log_delay_notice(self.project_id, self.new_date.value(), self.summary.toPlainText())
