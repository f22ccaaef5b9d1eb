"""Shared fixtures: a real SQLite file per test, and a real PostgreSQL server per run."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studio_app.work import clock
from studio_app.store import db, startup  # noqa: E402

from tests import pg_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "output"  # screenshots and rendered pages for a person to look at
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test ever touches the real user data folder."""
    monkeypatch.setenv("STUDIO_DESK_DATA", str(tmp_path / "userdata"))
    monkeypatch.delenv("STUDIO_DESK_DB", raising=False)
    yield
    db.close()


@pytest.fixture
def sqlite_db(tmp_path) -> Path:
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    yield path
    db.close()


@pytest.fixture(scope="session")
def pg():
    if pg_server.find_bin() is None:
        pytest.skip("PostgreSQL is not installed here (CI installs it with apt); PostgreSQL tests skipped")
    server = pg_server.PostgresServer().start()
    yield server
    db.close()
    server.stop()


@pytest.fixture
def pg_db(pg) -> str:
    url = pg.create_database(f"studio_{os.getpid()}_{next(_counter)}")
    startup.open_database(url)
    yield url
    db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request):
    """Runs the test once on SQLite and once on PostgreSQL."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(fixture)


@pytest.fixture
def today():
    """A fixed day for rules that depend on the date."""
    with clock.frozen(dt.datetime(2026, 11, 23, 9, 0)):
        yield dt.date(2026, 11, 23)


@pytest.fixture
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


LOCKED_PASSWORD = "Zq8@/?#:wörd%1"  # every character an address must percent-encode


@pytest.fixture(scope="session")
def locked_pg():
    """A second server that asks for a password (scram-sha-256), as a studio's office server does."""
    if pg_server.find_bin() is None:
        pytest.skip("PostgreSQL is not installed here (CI installs it with apt); PostgreSQL tests skipped")
    server = pg_server.PostgresServer(password=LOCKED_PASSWORD).start()
    yield server
    db.close()
    server.stop()


@pytest.fixture
def locked_url(locked_pg) -> str:
    """A new database on the locked server; the URL has no password."""
    return locked_pg.create_database(f"studio_locked_{os.getpid()}_{next(_counter)}")
