"""Backups in Settings and the offer to restore when the database file is damaged."""

from __future__ import annotations

import pytest

from studio_app.files import backup, backup_list
from studio_app.work import clients
from studio_app.store import db, startup
from studio_app.text.errors import DatabaseDamagedError
from tests import factories
from ui.dialogs.backups import BackupsDialog

pytestmark = pytest.mark.gui


def test_backups_dialog_lists_backs_up_and_restores(qtbot, tmp_path, today, asked):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    factories.client(name="Kept Client")
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # the daily backup taken on opening
    dialog.back_up()
    assert dialog.table.rowCount() == 2 and "Saved" in dialog.message.text()
    factories.client(name="Added After The Backup")
    newest = dialog.selected()
    assert "manual" in newest.name
    asked.answer("Yes")
    assert dialog.restore(newest)
    assert asked.last.title == "Restore" and asked.last.text.startswith("Replace the current data with this backup?")
    names = {c.name for c in clients.Client.select()}
    assert names == {"Kept Client"}
    assert "kept in" in dialog.message.text()
    assert any(info.reason == "pre-restore" for info in backup_list.describe_backups(path))


def test_a_damaged_database_offers_the_latest_backup(qtbot, tmp_path, today, asked):
    from ui.app import open_or_recover
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    factories.client(name="Safe In The Backup")
    backup.manual_backup()
    db.close()
    path.write_bytes(b"this is not a database at all" * 1000)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)

    asked.answer("Restore the latest backup")
    open_or_recover(str(path), daily_backup=False)
    assert asked.last.kind == "critical" and path.name in asked.last.text
    assert asked.last.buttons == ("Restore the latest backup", "Quit") and "kept aside" in asked.last.detail
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


def test_a_restore_answered_no_replaces_nothing(qtbot, tmp_path, today, asked):
    startup.open_database(tmp_path / "studio.sqlite3", daily_backup=True)
    factories.client(name="Added After The Backup")
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    asked.answer("No")
    assert not dialog.restore(dialog.selected())
    assert asked.last.title == "Restore" and not dialog.restored and dialog.message.text() == ""
    assert [c.name for c in clients.Client.select()] == ["Added After The Backup"]
    assert not any(info.reason == "pre-restore" for info in backup_list.describe_backups(tmp_path / "studio.sqlite3"))


def test_the_daily_backup_is_taken_after_the_window_is_up_and_a_failure_is_said(qtbot, tmp_path, today, monkeypatch):
    from tests.ui.conftest import make_window
    from ui import app
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)  # as the window opens it: the backup is not taken before the window
    assert backup_list.list_backups(path, backup_list.DAILY) == []
    window = make_window(qtbot, path)
    thread = app.start_daily_backup(window)
    thread.join(30)
    assert len(backup_list.list_backups(path, backup_list.DAILY)) == 1
    assert app.start_daily_backup(window) is None  # one a day

    def refused(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_list, "daily_backup_due", lambda _path: True)
    monkeypatch.setattr(backup, "copy_database", refused)
    app.start_daily_backup(window).join(30)
    qtbot.waitUntil(lambda: "No space left on device" in window.statusBar().currentMessage(), timeout=5000)
    assert "studio.sqlite3" in window.statusBar().currentMessage()
