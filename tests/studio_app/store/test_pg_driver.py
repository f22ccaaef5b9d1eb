"""psycopg2 loads with the first PostgreSQL database, and peewee then has what its own import would have set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
STATE = """
import json, sys, uuid
import peewee
from psycopg2 import extensions
adapter = peewee.Psycopg2Adapter
print(json.dumps({"driver": peewee.psycopg2.__name__, "extensions": peewee.pg_extensions.__name__,
                  "json": peewee.Json_pg2.__qualname__, "register_uuid": peewee.pg_register_uuid.__qualname__,
                  "status": [adapter.txn_idle, adapter.txn_inerror, adapter.txn_unknown],
                  "uuid_adapted": (uuid.UUID, extensions.ISQLQuote) in extensions.adapters}))
"""


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_psycopg2_loads_with_the_first_postgresql_database_as_peewee_would_load_it():
    pytest.importorskip("psycopg2")
    eager = _run("import peewee\n" + STATE)
    late = _run("import sys\nfrom studio_app.store import db, pg_driver\n"
                "assert 'psycopg2' not in sys.modules and db.peewee.psycopg2 is None\n"
                "pg_driver.load()\n" + STATE)
    assert late == eager and eager["uuid_adapted"]


def test_opening_sqlite_never_loads_psycopg2(tmp_path):
    code = (f"import sys\nfrom studio_app.store import startup\nstartup.open_database({str(tmp_path / 'a.sqlite3')!r})\n"
            "import json; print(json.dumps({'loaded': 'psycopg2' in sys.modules}))")
    assert _run(code) == {"loaded": False}


def test_a_postgresql_database_opens_and_writes(pg_db):
    from studio_app.store import db
    from studio_app.store.models import Studio
    with db.transaction():
        Studio.update(name="Atölye").where(Studio.id == 1).execute()
    assert Studio.get_by_id(1).name == "Atölye"
