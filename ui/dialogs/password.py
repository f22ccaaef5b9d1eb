"""Asking for the PostgreSQL password when the server wants one and none is kept (e.g. no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from studio_app.store import db, secrets
from ui.dialogs.base import Dialog


class PasswordDialog(Dialog):
    """The password is kept in memory for this session; saved in the keyring only if asked and possible."""

    def __init__(self, url: str, *, refused: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.message.hide()
        self.url = url
        self.setWindowTitle(self.tr("Database password"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("The server refused this password. Please type it again.") if refused
                       else self.tr("The database %1 needs a password.").replace("%1", db.describe(url)))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's password store"))
        if not secrets.has_keyring():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no password store; Studio Desk will ask at each start."))
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.content.addWidget(intro)
        self.content.addLayout(form)

    def save(self) -> None:
        secrets.remember(self.url, self.password.text())
        if self.remember.isChecked():
            secrets.save_password(self.url, self.password.text())
        self.password.clear()
