"""Backups in Settings and the offer to restore when the database file is damaged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from studio_app.files import backup, backup_list
from studio_app.work import clients
from studio_app.store import db, startup
from studio_app.text.errors import DatabaseDamagedError
from tests import factories
from ui.dialogs.backups import BackupsDialog

pytestmark = pytest.mark.gui


def test_backups_dialog_lists_backs_up_and_restores(qtbot, tmp_path, today, monkeypatch):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    factories.client(name="Kept Client")
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # the daily backup taken on opening
    dialog.back_up()
    assert dialog.table.rowCount() == 2 and "Saved" in dialog.message.text()
    factories.client(name="Added After The Backup")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    newest = dialog.selected()
    assert "manual" in newest.name
    assert dialog.restore(newest)
    names = {c.name for c in clients.Client.select()}
    assert names == {"Kept Client"}
    assert "kept in" in dialog.message.text()
    assert any(info.reason == "pre-restore" for info in backup_list.describe_backups(path))


def test_a_damaged_database_offers_the_latest_backup(qtbot, tmp_path, today):
    from ui.app import open_or_recover
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    factories.client(name="Safe In The Backup")
    backup.manual_backup()
    db.close()
    path.write_bytes(b"this is not a database at all" * 1000)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and path.name in box.text()
        for button in box.findChildren(QPushButton):
            if "Restore" in button.text():
                button.click()

    QTimer.singleShot(200, click_restore)
    open_or_recover(str(path), daily_backup=False)
    assert [c.name for c in clients.Client.select()] == ["Safe In The Backup"]
    kept = list(tmp_path.glob("studio.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")


def test_a_damaged_database_without_backup_says_which_file(tmp_path):
    from ui.app import open_or_recover
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"garbage" * 500)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_or_recover(str(path), daily_backup=False)
    assert "broken.sqlite3" in caught.value.message
    assert path.read_bytes().startswith(b"garbage")  # never overwritten
