"""The command line as a script or a user meets it: a real process, real files, stdout and stderr."""

import json
import sqlite3

import pytest

from tests import processes


DESK: dict[str, str] = {}  # STUDIO_DESK_DATA of this module's desk, for the module-scoped demo database too


@pytest.fixture(scope="module", autouse=True)
def _one_desk(tmp_path_factory):
    """Every command of this module runs on one desk (its data folder holds the demo's seal key), never the
    real user data folder: the module's demo database is made before any test's own isolation applies."""
    DESK["STUDIO_DESK_DATA"] = str(tmp_path_factory.mktemp("desk"))
    yield
    DESK.clear()


def studio(*args, check=True):
    result = processes.studio(*args, env=DESK)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    out = studio("--db", path, "demo", "--size", "small", "--seed", "3").stdout
    assert "24 clients" in out and "220 invoices" in out and "1,000 invoice lines" in out
    return path


def test_demo_is_deterministic(demo_db, tmp_path):
    again = tmp_path / "again.sqlite3"
    studio("--db", again, "demo", "--size", "small", "--seed", "3")
    studio("--db", demo_db, "export", "json", "-o", tmp_path / "a.json")
    studio("--db", again, "export", "json", "-o", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_demo_covers_every_language_and_several_currencies(demo_db):
    rows = json.loads(studio("--db", demo_db, "list", "clients", "--json", "--limit", "100").stdout)["rows"]
    assert {r["language"] for r in rows} == {"en", "tr", "el", "ms"}
    assert len({r["currency"] for r in rows}) >= 3


def test_demo_refuses_a_database_with_data(demo_db):
    result = studio("--db", demo_db, "demo", check=False)
    assert result.returncode == 1 and "already has data" in result.stderr and "Traceback" not in result.stderr


def test_list_prints_a_table_and_json(demo_db):
    table = studio("--db", demo_db, "list", "invoices", "--limit", "5").stdout
    assert table.splitlines()[0].split()[:3] == ["Number", "Client", "Project"]
    assert "of 220 invoices" in table
    data = json.loads(studio("--db", demo_db, "list", "invoices", "--json", "--status", "overdue").stdout)
    assert data["rows"] and all(r["status"] == "overdue" for r in data["rows"])
    assert {"id", "number", "client", "total", "due", "currency"} <= set(data["rows"][0])


def test_export_import_export_is_identical(demo_db, tmp_path):
    first, second, copy = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "copy.sqlite3"
    studio("--db", demo_db, "export", "json", "-o", first)
    assert "Imported" in studio("--db", copy, "import", first).stdout
    studio("--db", copy, "export", "json", "-o", second)
    assert first.read_bytes() == second.read_bytes()
    assert studio("--db", copy, "check").stdout.strip() == "The database is consistent."


def test_import_refuses_a_non_empty_database_and_bad_files(demo_db, tmp_path):
    first = tmp_path / "1.json"
    studio("--db", demo_db, "export", "json", "-o", first)
    result = studio("--db", demo_db, "import", first, check=False)
    assert result.returncode == 1 and "empty database" in result.stderr
    junk = tmp_path / "junk.json"
    junk.write_text('{"hello": 1}')
    result = studio("--db", tmp_path / "new.sqlite3", "import", junk, check=False)
    assert result.returncode == 1 and "not a Studio Desk export" in result.stderr


def test_check_finds_a_tampered_invoice(demo_db, tmp_path):
    tampered = tmp_path / "tampered.sqlite3"
    src = sqlite3.connect(demo_db)
    dst = sqlite3.connect(tampered)
    src.backup(dst)
    number = dst.execute("SELECT number FROM invoice WHERE status='issued' ORDER BY id LIMIT 1").fetchone()[0]
    dst.execute("UPDATE invoice SET due_date='2099-01-01' WHERE number=?", (number,))
    dst.commit()
    dst.close()
    src.close()
    result = studio("--db", tampered, "check", check=False)
    assert result.returncode == 1
    assert f"{number} no longer matches what was issued" in result.stderr


def test_errors_are_one_line_without_traceback(tmp_path):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    result = studio("--db", not_db, "list", "clients", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == f"studio-desk: {not_db} is not a Studio Desk database (it is not an SQLite file)."
    result = studio("--db", tmp_path / "x.sqlite3", "list", "nonsense", check=False)
    assert result.returncode == 2 and "invalid choice" in result.stderr and "Traceback" not in result.stderr
    result = studio("--db", "postgresql://nobody@127.0.0.1:1/none", "list", "clients", check=False)
    assert result.returncode == 1 and result.stderr.startswith("studio-desk: Could not open the database")


def test_smoke_opens_the_main_window_and_exits(demo_db):
    result = studio("--db", demo_db, "--smoke")
    assert float(result.stdout.strip()) > 0


def test_csv_export_is_spreadsheet_safe(demo_db, tmp_path):
    out = tmp_path / "invoices.csv"
    assert "Exported 220 invoices" in studio("--db", demo_db, "export", "csv", "invoices", "-o", out).stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").splitlines()[0].startswith("number,client")
    from studio_app.files.export import _cell
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("Ayşe") == "Ayşe"
    result = studio("--db", demo_db, "export", "csv", "quotes", "-o", out, check=False)
    assert result.returncode == 1 and "CSV export covers" in result.stderr
