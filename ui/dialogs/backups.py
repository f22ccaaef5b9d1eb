"""The database's backups with their dates: back up now, or restore one (the current state is kept first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from studio_app.files import backup, backup_list, restore
from studio_app.store import db
from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.dialogs.base import Dialog


class BackupsDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.NoButton)  # its own row, below
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self.restored = False
        self.path = db.sqlite_path()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        close = QPushButton(self.tr("Close"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(lambda: self.restore(self.selected()))
        self.file_button.clicked.connect(self.restore_file)
        close.clicked.connect(self.accept)
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.content.addWidget(self.intro)
        self.content.addWidget(self.table, 1)
        self.layout().addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        if self.path is None:
            self.intro.setText(self.tr("This studio shares a PostgreSQL database. “Back up now” writes a JSON "
                                       "export you can restore from a file; the server's own backups cover the rest."))
            self.restore_button.hide()
            return
        self.intro.setText(self.tr("Studio Desk copies %1 every day you open it and before every upgrade, into "
                                   "the backups folder beside it.").replace("%1", self.path.name))
        reasons = {"daily": self.tr("Daily"), "pre-migration": self.tr("Before an upgrade"),
                   "manual": self.tr("By hand"), "pre-restore": self.tr("Before a restore")}
        for info in backup_list.describe_backups(self.path):
            row = self.table.rowCount()
            self.table.insertRow(row)
            taken = QTableWidgetItem(f"{formatting.date(info.taken_at.date())} {info.taken_at:%H:%M}")
            taken.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, QTableWidgetItem(reasons.get(info.reason, info.reason)))
            size = QTableWidgetItem(f"{info.size / 1_000_000:.1f} MB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.table.rowCount() > 0)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)) if rows else None

    def back_up(self) -> None:
        try:
            written = backup.manual_backup()
        except StudioError as exc:
            self.show_error(exc)
            return
        self.say(self.tr("Saved %1.").replace("%1", str(written)))
        self.refresh()

    def restore_file(self) -> None:
        path = ask.open_file(self, self.tr("Restore from a file"), "",
                             self.tr("Studio Desk backups (*.sqlite3 *.db *.json);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, file: Path | None) -> bool:
        if file is None:
            return False
        question = self.tr("Replace the current data with this backup? The current state is backed up first, "
                           "so you can go back.")
        if not ask.question(self, question, title=self.tr("Restore")):
            return False
        # The backup is checked in full before anything is replaced: seconds for a studio's database,
        # a minute or more for a very large one. Say so, and show the wait, before the window stops answering.
        self.say(self.tr("Checking the backup, then restoring it. On a large database this takes a minute or more."))
        self.message.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = restore.restore(file)
        except StudioError as exc:
            self.show_error(exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.restored = True
        self.say(self.tr("Restored. What was there before is kept in %1.").replace("%1", str(kept)))
        self.refresh()
        return True
