"""Logging a revision round; past the included rounds it warns and shows the fee before saving."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from studio_app.work import revisions
from ui import ask, formatting
from ui.dialogs.base import Dialog
from ui.widgets.fields import DateField


class RevisionDialog(Dialog):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.state = revisions.status(project_id)
        self.setWindowTitle(self.tr("Log revision round %1").replace("%1", str(self.state.next_number)))
        self.setMinimumWidth(440)
        self.notice = QLabel(self.notice_text())
        self.notice.setWordWrap(True)
        self.notice.setObjectName("warning" if self.state.next_is_billable else "hint")
        self.request = QPlainTextEdit()
        self.request.setPlaceholderText(self.tr("What the client asked to change"))
        self.hours = QLineEdit("0")
        self.day = DateField()
        form = QFormLayout()
        form.addRow(self.tr("Requested changes"), self.request)
        form.addRow(self.tr("Hours spent"), self.hours)
        form.addRow(self.tr("Requested on"), self.day)
        self.content.addWidget(self.notice)
        self.content.addLayout(form)

    def notice_text(self) -> str:
        s = self.state
        if not s.next_is_billable:
            return self.tr("Round %1 of %2 included.").replace("%1", str(s.next_number)).replace("%2", str(s.included))
        if s.next_fee is None:
            return self.tr("Round %1 goes past the %2 included rounds: it will be billed by the hour.") \
                .replace("%1", str(s.next_number)).replace("%2", str(s.included))
        return self.tr("Round %1 goes past the %2 included rounds: it will be billed at %3.") \
            .replace("%1", str(s.next_number)).replace("%2", str(s.included)) \
            .replace("%3", formatting.amount(s.next_fee, s.currency))

    def accept(self) -> None:
        if self.state.next_is_billable:
            if not ask.question(self, self.notice_text() + "\n\n" + self.tr("Log it as a billable round?"),
                                title=self.windowTitle()):
                return
        super().accept()

    def save(self) -> None:
        revisions.log_round(self.project_id, self.request.toPlainText(), self.hours.text(), self.day.value())
