"""What Studio Desk leaves on disk is private: the database, its folder, backups and exports (passwords:
tests/studio_app/store/test_secrets.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from studio_app.files import backup, backup_list, export, restore
from studio_app.store import db, startup
from tests import factories

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A typical desktop umask (files 0644, folders 0755 unless the app says otherwise)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


# ------------------------------------------------------------------------------------------------- permissions

@posix_only
def test_database_backups_and_exports_are_private(tmp_path, open_umask, today):
    folder = tmp_path / "new" / "studio data"
    path = folder / "studio.sqlite3"
    startup.open_database(path, daily_backup=True)
    client = factories.client()
    factories.issued_invoice(client.id)
    assert mode(path) == 0o600
    assert mode(folder) == mode(folder.parent) == 0o700  # folders the app created
    assert mode(tmp_path) == stat.S_IMODE(tmp_path.stat().st_mode)  # folders it did not create are left alone
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert companion.exists() and mode(companion) == 0o600
    assert mode(folder / "backups") == 0o700
    written = [*backup_list.list_backups(path), backup.manual_backup(), backup.manual_backup(tmp_path / "usb" / "c.sqlite3")]
    export.export_json(tmp_path / "all.json")
    export.export_csv("invoices", tmp_path / "invoices.csv")
    export.export_csv("payments", tmp_path / "payments.csv")
    written += [tmp_path / "all.json", tmp_path / "invoices.csv", tmp_path / "payments.csv"]
    safety = restore.restore(written[1])
    written.append(safety)
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert mode(path) == 0o600  # the restored database too
    assert mode(tmp_path / "usb") == 0o700


@posix_only
def test_an_existing_database_is_made_private_when_opened(tmp_path, open_umask):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    db.close()
    path.chmod(0o644)
    startup.open_database(path)
    assert mode(path) == 0o600


@posix_only
def test_the_default_data_folder_is_private(open_umask):
    startup.open_database()
    location = db.default_location()
    assert location.exists() and mode(location) == 0o600 and mode(location.parent) == 0o700


@posix_only
@pytest.mark.postgres
def test_postgres_backups_are_private(pg_db, open_umask):
    saved = backup.manual_backup()
    assert mode(saved) == 0o600 and mode(saved.parent) == 0o700
