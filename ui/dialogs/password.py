"""Asking for the PostgreSQL password when the server wants one and none is kept (e.g. no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from studio_app.store import db, secrets


class PasswordDialog(QDialog):
    """The password is kept in memory for this session; saved in the keyring only if asked and possible."""

    def __init__(self, url: str, *, refused: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("Database password"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("The server refused this password. Please type it again.") if refused
                       else self.tr("The database %1 needs a password.").replace("%1", db.describe(url)))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save = QCheckBox(self.tr("Remember it in this computer's password store"))
        if not secrets.has_keyring():
            self.save.setEnabled(False)
            self.save.setToolTip(self.tr("This computer has no password store; Studio Desk will ask at each start."))
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        secrets.remember(self.url, self.password.text())
        if self.save.isChecked():
            secrets.save_password(self.url, self.password.text())
        self.password.clear()
        super().accept()
