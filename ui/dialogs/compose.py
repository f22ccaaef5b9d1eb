"""Writing a message before it leaves: To/Cc, subject, body and the attached documents, all editable.

Send stores the message in the outbox first and then sends it through the core; a message the server did not
take stays in the outbox and the dialog says why. A studio whose provider refuses passwords hands the message to
its own mail program instead: saved as an .eml file (attachments included) and opened, or a mailto: address
where nothing is attached.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QWidget)

from studio_app.mail import compose, eml, outbox
from studio_app.text.errors import StudioError
from studio_app.work import settings
from ui import ask
from ui.dialogs.base import Dialog
from ui.i18n import error_text

Opener = Callable[[QUrl], bool]


def open_url(url: QUrl) -> bool:
    """The desktop's handler for ``url`` (the mail program for an .eml file or a mailto: address)."""
    return QDesktopServices.openUrl(url)


class ComposeDialog(Dialog):
    """``draft`` is what the core drafted (:mod:`studio_app.mail.compose`); ``opener`` opens a file or mailto:
    address in the desktop's mail program (tests give one that only writes down what it was asked)."""

    def __init__(self, draft: compose.Draft, parent: QWidget | None = None, *, opener: Opener | None = None,
                 hand_off: bool = False) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Cancel)
        self.draft = draft
        self.opener = opener or open_url
        self.message_id: int | None = None  # the outbox row, once queued
        self.status = ""  # queued, sent or failed, after Send; "handed" after the mail program took it
        self.setWindowTitle(self.tr("Send: %1").replace("%1", draft.subject) if draft.subject
                            else self.tr("New message"))
        self.setMinimumSize(620, 520)
        self.to = QLineEdit(", ".join(draft.to))
        self.to.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        self.cc = QLineEdit(", ".join(draft.cc))
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(84)
        self.remove_button = QPushButton(self.tr("Remove attachment"))
        self.remove_button.clicked.connect(self.remove_attachment)
        self._fill_attachments()
        attached = QHBoxLayout()
        attached.addWidget(self.attachments, 1)
        attached.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Cc"), self.cc)
        form.addRow(self.tr("Subject"), self.subject)
        self.content.addLayout(form)
        self.content.addWidget(self.body, 1)
        self.attached_label = QLabel(self.tr("Attached"))
        self.content.addWidget(self.attached_label)
        self.content.addLayout(attached)

        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.eml_button = self.buttons.addButton(self.tr("Save as .eml…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.hand_button = self.buttons.addButton(self.tr("Open in my mail program"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.eml_button.clicked.connect(self.save_eml)
        self.hand_button.clicked.connect(self.hand_to_mail_program)
        self.send_button.setVisible(not hand_off)
        (self.hand_button if hand_off else self.send_button).setDefault(True)

    # -- the draft as edited ------------------------------------------------------------------
    def _fill_attachments(self) -> None:
        self.attachments.clear()
        for attachment in self.draft.attachments:
            item = QListWidgetItem(attachment.name)
            if attachment.document_number:
                item.setToolTip(attachment.document_number)
            self.attachments.addItem(item)
        has = bool(self.draft.attachments)
        self.attachments.setVisible(has)
        self.remove_button.setVisible(has)
        if hasattr(self, "attached_label"):
            self.attached_label.setVisible(has)

    def remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if row < 0:
            return
        kept = [a for i, a in enumerate(self.draft.attachments) if i != row]
        self.draft = dataclasses.replace(self.draft, attachments=kept)
        self._fill_attachments()

    def edited(self) -> compose.Draft:
        """The draft with what was typed; an address that is not one is refused (StudioError)."""
        return dataclasses.replace(self.draft, to=compose.check_addresses(self.to.text(), field="to"),
                                   cc=compose.check_addresses(self.cc.text(), field="cc", required=False),
                                   subject=self.subject.text(), body=self.body.toPlainText())

    def _lock(self) -> None:
        """Queued: what is in the outbox is what will be sent, so the fields no longer change it."""
        for widget in (self.to, self.cc, self.subject, self.body, self.remove_button):
            widget.setEnabled(False)

    # -- sending ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.message_id is None:
            self.message_id = outbox.queue(self.edited())
            self._lock()
        self.status = outbox.send(self.message_id)
        if self.status != "sent":
            reason = outbox.get(self.message_id).last_error
            self.send_button.setText(self.tr("Try again"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            raise StudioError(self.tr("Not sent: %1 The message waits in the outbox; it is tried again on the "
                                      "next start, or when you press Retry in the outbox.").replace("%1", reason))

    # -- handing the message to the studio's own mail program -----------------------------------
    def save_eml(self) -> None:
        try:
            draft = self.edited()
        except StudioError as exc:
            self.show_error(exc)
            return
        path = ask.save_file(self, self.tr("Save the message"), eml.filename(draft),
                             self.tr("E-mail messages (*.eml)"))
        if not path:
            return
        try:
            eml.save(draft, path)
        except StudioError as exc:
            self.show_error(exc)
            return
        self.say(self.tr("Saved as %1.").replace("%1", Path(path).name))

    def hand_to_mail_program(self) -> None:
        try:
            draft = self.edited()
            if draft.attachments:  # a private folder of its own: the mail program reads the file from there
                path = eml.save(draft, Path(tempfile.mkdtemp(prefix="studio-desk-mail-")) / eml.filename(draft))
                url = QUrl.fromLocalFile(str(path))
            else:
                url = QUrl(eml.mailto(draft), QUrl.ParsingMode.StrictMode)
        except StudioError as exc:
            self.show_error(exc)
            return
        if not self.opener(url):
            self.say(self.tr("No mail program opened the message. Save it as .eml and open it yourself."))
            return
        self.status = "handed"
        super(Dialog, self).accept()  # nothing to save: the mail program sends it


def run_draft(parent: QWidget | None, make_draft: Callable[[], compose.Draft]) -> str:
    """Draft a message (a refusal, such as a draft document, is shown and nothing opens), let the designer edit
    and send it. Returns what became of it: "sent", "queued" or "failed" (waiting in the outbox), "handed" (to
    the mail program), or "" when nothing was drafted or the dialog was closed before sending."""
    try:
        draft = make_draft()
    except StudioError as exc:
        ask.warning(parent, error_text(exc))
        return ""
    dialog = ComposeDialog(draft, parent, hand_off=settings.get().mail_mode == "eml")
    ask.run(dialog)
    return dialog.status
