"""Hostile files: an import or restore of a doctored export is refused whole, naming row, column and reason.
Every hostile file is built here from a real export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio_app.files import export, import_rules, restore
from studio_app.store import db, startup
from studio_app.text import messages
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Invoice
from tests import factories
from tests.hostile import BIDI, C0_C1, ZERO_WIDTH, one_clean_line
from tests.processes import studio as cli


# ------------------------------------------------------------------------------------------------- imports

@pytest.fixture
def good_export(tmp_path, today) -> dict:
    path = tmp_path / "source.sqlite3"
    startup.open_database(path)
    client = factories.client()
    factories.issued_invoice(client.id)
    project = factories.project(client.id)
    factories.accepted_quote(project.id)
    export.export_json(tmp_path / "good.json")
    db.close()
    return json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))


def changed(good: dict, table: str, column: str, value: object, index: int = 0) -> dict:
    data = json.loads(json.dumps(good))
    data["tables"][table][index][column] = value
    return data


NAN = object()  # written as the bare JSON constants NaN / Infinity / 1e308, which json.dumps cannot produce
HOSTILE = {
    # name: (table, column, value, what the message says)
    "quantity NaN": ("invoice_line", "quantity", "NaN", "must be a number written like 1.5"),
    "quantity Infinity": ("invoice_line", "quantity", "Infinity", "must be a number written like 1.5"),
    "quantity 1e308": ("invoice_line", "quantity", "1e308", "must be a number written like 1.5"),
    "quantity too large": ("invoice_line", "quantity", "1000001", "cannot be more than 1000000"),
    "rate 5 decimals": ("invoice_line", "tax_rate", "19.00001", "at most 2 decimal places"),
    "bare NaN": ("invoice_line", "unit_price", "@NaN", "must be a whole number"),
    "bare Infinity": ("invoice", "total_gross", "@-Infinity", "must be a whole number"),
    "bare 1e308": ("invoice", "total_net", "@1e308", "must be a whole number"),
    "float": ("invoice_line", "unit_price", "@12.5", "must be a whole number"),
    "10^30": ("invoice", "total_gross", 10 ** 30, "must be a whole number from"),
    "negative price": ("invoice_line", "unit_price", -1, "must be a whole number from 0"),
    "false as text": ("client", "archived", "false", "must be true or false, not “false”"),
    "boolean as number": ("invoice", "prices_include_tax", 1, "must be true or false"),
    "number for a date": ("invoice", "issue_date", 20261123, "must be text"),
    "NUL in a name": ("client", "name", "Ay\u0000şe", "contains the invisible or control character U+0000"),
    "terminal escape": ("client", "name", "\u001b[2J\u001b[31mAyşe", "control character U+001B"),
    "C1 control": ("client", "company", "Acme\u009b Ltd", "control character U+009B"),
    "bidi in a name": ("client", "name", "Acme \u202e0001-6202-VNI Ltd", "character U+202E"),
    "zero width in a number": ("invoice", "number", "INV-2026-\u200b0001", "character U+200B"),
    "not NFC": ("client", "name", "Cafe\u0301", "normal form (NFC)"),
    "padded": ("client", "name", " Ayşe", "spaces at its start or end"),
    "huge name": ("client", "name", "x" * 100_000, "too long (100000 characters; at most 255"),
    "huge notes": ("client", "notes", "x" * 30_000, "at most 20000"),
    "format with a huge width": ("studio", "invoice_number_format", "{seq:999999999}", "number format"),
    "format with attributes": ("studio", "invoice_number_format", "{seq.__class__.__mro__}", "number format"),
    "nested value": ("client", "name", [[[["deep"]]]], "nested deeper than a Studio Desk export allows"),
    "unknown currency": ("client", "currency", "XAU", "is not a currency code"),
    "lower-case currency": ("client", "currency", "eur", "not written the way Studio Desk writes it"),
    "unknown status": ("invoice", "status", "paid", "must be one of: draft, issued"),
    "bad date": ("invoice", "due_date", "2026-02-30", "must be a date like"),
    "date out of range": ("invoice", "due_date", "9999-12-31", "must be a date like"),
    "deep snapshot": ("issued_document", "snapshot", "[" * 50 + "]" * 50, "nested deeper"),
    "bad sha": ("issued_document", "pdf_sha256", "abc", "64 hexadecimal digits"),
    "studio id 2": ("studio", "id", 2, "must be a whole number from 1 to 1"),
}


def write(data: dict, path: Path) -> Path:
    raw = json.dumps(data, ensure_ascii=False)
    for constant in ("NaN", "-Infinity", "Infinity", "1e308", "12.5"):
        raw = raw.replace(f'"@{constant}"', constant)
    path.write_text(raw, encoding="utf-8")
    return path


def empty(target: Path) -> bool:
    startup.open_database(target)
    try:
        return Client.select().count() == 0 and Invoice.select().count() == 0
    finally:
        db.close()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_doctored_export_is_refused_whole_with_row_column_and_reason(good_export, tmp_path, name):
    table, column, value, reason = HOSTILE[name]
    file = write(changed(good_export, table, column, value), tmp_path / "hostile.json")
    target = tmp_path / "new.sqlite3"
    startup.open_database(target)
    with pytest.raises(StudioError) as caught:
        export.import_json(file)
    message = caught.value.message
    row_id = value if column == "id" else good_export["tables"][table][0].get("id")
    assert f"row 1 of the {table} table (id {row_id}), {column}: " in message and reason in message, message
    assert "\n" not in message and len(message) < 400
    assert not any(c in message for c in BIDI + ZERO_WIDTH + C0_C1), repr(message)
    assert Client.select().count() == 0 and Invoice.select().count() == 0
    assert messages.translate(caught.value, "tr") != message  # the reason is translated with its frame
    db.close()


def test_the_cli_import_and_restore_say_the_same_without_a_traceback(good_export, tmp_path):
    live = tmp_path / "live.sqlite3"
    startup.open_database(live)
    factories.client(name="Kept Client")
    db.close()
    before = live.read_bytes()
    for name in ("bare NaN", "terminal escape", "format with attributes", "10^30", "false as text"):
        table, column, value, reason = HOSTILE[name]
        file = write(changed(good_export, table, column, value), tmp_path / f"{name}.json")
        imported = one_clean_line(cli("--db", tmp_path / f"{name}.sqlite3", "import", file), reason, column, table)
        assert empty(tmp_path / f"{name}.sqlite3")
        restored = one_clean_line(cli("--db", live, "restore", file), reason, column, table)
        assert imported.split(": ", 1)[1] == restored.split(": ", 1)[1]
        assert live.read_bytes() == before
        for command in (["check"], ["export", "csv", "invoices", "-o", tmp_path / "i.csv"], ["list", "clients"]):
            result = cli("--db", live, *command)
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_numbers_that_read_alike_are_refused(good_export, tmp_path):
    data = json.loads(json.dumps(good_export))
    invoices_ = data["tables"]["invoice"]
    issued = [row for row in invoices_ if row["number"]]
    copy = {**issued[0], "id": max(r["id"] for r in invoices_) + 1, "number": "ＩＮＶ" + issued[0]["number"][3:]}
    invoices_.append(copy)
    file = write(data, tmp_path / "twins.json")
    startup.open_database(tmp_path / "new.sqlite3")
    with pytest.raises(StudioError, match="have the same number"):
        export.import_json(file)
    assert Invoice.select().count() == 0


def test_json_nested_beyond_any_export_and_huge_files_are_refused(tmp_path, sqlite_db):
    deep = tmp_path / "deep.json"
    deep.write_text('{"format":"studio-desk-export","schema_version":3,"tables":{"client":' + "[" * 200_000
                    + "]" * 200_000 + "}}")
    with pytest.raises(StudioError, match="nested deeper than a Studio Desk export can be"):
        export.import_json(deep)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: nothing is written to the disk but the first bytes
        handle.write(b'{"format":"studio-desk-export"')
        handle.truncate(import_rules.MAX_FILE_BYTES + 1)
    with pytest.raises(StudioError, match="larger than any Studio Desk export"):
        export.import_json(huge)
    with pytest.raises(StudioError, match="larger than any Studio Desk export"):
        restore.restore(huge)
    digits = tmp_path / "digits.json"
    digits.write_text('{"format":"studio-desk-export","schema_version":3,"tables":{"client":[{"id":' + "9" * 5000
                      + "}]}}")
    with pytest.raises(StudioError, match="not JSON"):
        export.import_json(digits)
    for path in (deep, huge):
        one_clean_line(cli("--db", tmp_path / "cli.sqlite3", "import", path), str(path))


def test_every_exported_column_has_a_rule():
    rules = import_rules.rules()
    for model in export.TABLES:
        assert set(rules[model._meta.table_name]) == {f.column_name for f in model._meta.sorted_fields}, model


def test_an_untouched_export_imports_unchanged(good_export, tmp_path):
    write(good_export, tmp_path / "good-again.json")
    startup.open_database(tmp_path / "copy.sqlite3")
    export.import_json(tmp_path / "good-again.json")
    export.export_json(tmp_path / "round.json")
    assert json.loads((tmp_path / "round.json").read_text(encoding="utf-8")) == good_export


@pytest.mark.postgres
def test_restoring_a_doctored_export_into_postgres_changes_nothing(good_export, pg_db, tmp_path):
    factories.studio()
    factories.client(name="Kept Client")
    for name in ("quantity NaN", "bidi in a name", "format with a huge width"):
        table, column, value, reason = HOSTILE[name]
        file = write(changed(good_export, table, column, value), tmp_path / f"{name}.json")
        with pytest.raises(StudioError, match=f"row 1 of the {table} table .*{column}: ") as caught:
            restore.restore(file)
        assert reason in caught.value.message
        assert [c.name for c in Client.select()] == ["Kept Client"]


def test_a_database_doctored_around_the_app_is_reported_not_a_traceback(tmp_path, today):
    doctored = tmp_path / "doctored.sqlite3"
    startup.open_database(doctored)
    client = factories.client()
    factories.issued_invoice(client.id)
    db.close()
    import sqlite3
    with sqlite3.connect(doctored) as conn:  # what a script or an older version may have written
        conn.execute("UPDATE invoice_line SET quantity = 'NaN'")
        conn.execute("UPDATE invoice_line SET tax_rate = '1e308'")
        conn.execute("UPDATE client SET name = ?", ("Ay\x1b[2Jşe",))
    checked = cli("--db", doctored, "check")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr and "\x1b" not in checked.stderr
    assert "invoice_line.quantity holds “NaN”" in checked.stderr and "invoice_line.tax_rate holds “1e308”" in \
        checked.stderr and "Ay⟨U+001B⟩[2Jşe" in checked.stderr, checked.stderr
    one_clean_line(cli("--db", doctored, "export", "csv", "invoices", "-o", tmp_path / "i.csv"), "not numbers")
    live = tmp_path / "live.sqlite3"
    startup.open_database(live)
    db.close()
    one_clean_line(cli("--db", live, "restore", doctored), "did not pass the check", "NaN")


def test_an_export_from_before_migration_24_restores_with_its_agreed_price(tmp_path, today):
    """Versions 4 to 23 exported an accepted hourly project with the price 0 that migration 4 left it: the restore
    gives it its accepted quote's net total, as migration 24 does in a database, so the check passes."""
    from studio_app.store import check
    from studio_app.store.models import Project, Quote
    path = tmp_path / "source.sqlite3"
    startup.open_database(path)
    client = factories.client()
    project = factories.project(client.id, pricing="hourly", price="0", hourly_rate="60", estimated_hours="10")
    quote, _, _ = factories.accepted_quote(project.id)
    export.export_json(tmp_path / "now.json")
    db.close()
    data = json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))
    data["schema_version"] = 23
    next(row for row in data["tables"]["project"] if row["id"] == project.id)["price"] = 0
    startup.open_database(tmp_path / "restored.sqlite3")
    export.import_json(write(data, tmp_path / "v23.json"))
    assert Project.get_by_id(project.id).price == Quote.get_by_id(quote.id).total_net > 0
    assert check.run() == []
