"""`main.main([...])` called from a script or a test: a command that only reads leaves the caller's database
as it was, bound and writable."""

import pytest

import main
from studio_app.store import db
from studio_app.store.models import Client
from tests import factories


@pytest.mark.parametrize("command", [["check"], ["list", "clients"], ["today"], ["backup", "-o", "{tmp}/copy.sqlite3"]])
def test_a_reading_command_leaves_the_callers_database_writable(sqlite_db, tmp_path, command):
    factories.studio()
    before = db.database.obj
    assert main.main(["--db", str(sqlite_db), *[part.format(tmp=tmp_path) for part in command]]) == 0
    assert db.database.obj is before
    factories.client(name="Written after the command")
    assert Client.select().where(Client.name == "Written after the command").count() == 1
