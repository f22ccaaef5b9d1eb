"""Hostile text and files: what the list shows is what is stored, numbers cannot be forged with invisible
characters, and an import or restore of a doctored export is refused whole, naming row, column and reason.
Every hostile file is built here from a real export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio_app.files import export, import_rules, restore
from studio_app.store import check, db, lists, startup
from studio_app.work import clients, invoices, settings
from studio_app.text import messages
from studio_app.money import numbering
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Invoice, Studio
from tests import factories
from tests.conftest import ROOT

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\ufeff", "\u2060", "\u00ad", "\u180e"]
C0_C1 = ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b"]


def cli(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT, capture_output=True,
                          timeout=180, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def one_clean_line(result: subprocess.CompletedProcess, *contains: str) -> str:
    err = result.stderr
    assert result.returncode == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert not any(c in err for c in BIDI + ZERO_WIDTH + C0_C1), repr(err)
    for part in contains:
        assert part in err, err
    return err


# ------------------------------------------------------------------------------------------------- cleaning

@pytest.mark.parametrize("char", BIDI + ZERO_WIDTH + C0_C1, ids=lambda c: f"U+{ord(c):04X}")
def test_hidden_characters_are_removed_from_names_and_notes(sqlite_db, char):
    client = clients.create(name=f"Ay{char}şe", company=f"Acme{char} Ltd", notes=f"one{char}\ntwo\tthree")
    assert (client.name, client.company, client.notes) == ("Ayşe", "Acme Ltd", "one\ntwo\tthree")


def test_the_list_shows_what_is_stored_not_a_reversed_number(sqlite_db, tmp_path):
    client = clients.create(name="Acme \u202e0001-6202-VNI\u202c Ltd")
    assert client.name == "Acme 0001-6202-VNI Ltd"
    assert lists.page("clients", lists.Filter())[1][0]["name"] == client.name
    db.close()
    shown = cli("--db", sqlite_db, "list", "clients")
    assert shown.returncode == 0 and "Acme 0001-6202-VNI Ltd" in shown.stdout and "\u202e" not in shown.stdout


@pytest.mark.parametrize("kept", ["می\u200cخواهم", "क्\u200dष", "👩🏽\u200d🎨", "👨\u200d👩\u200d👧"])
def test_joiners_that_shape_words_and_emoji_are_kept(sqlite_db, kept):
    assert clients.create(name=f"Studio {kept}").name == f"Studio {kept}"


@pytest.mark.parametrize("value, stored", [("\u200dAyşe", "Ayşe"), ("Ayşe \u200c", "Ayşe"), ("INV\u200d-1", "INV-1"),
                                           ("a\u200c\u200cb", "ab"), ("Cafe\u0301", "Café"), ("Ａ\u0308", "Ａ\u0308")])
def test_stray_joiners_go_and_text_is_nfc(sqlite_db, value, stored):
    assert clients.create(name=value).name == stored


# ------------------------------------------------------------------------------------------------- number formats

@pytest.mark.parametrize("pattern", ["{seq:999999999}", "{seq.__class__.__mro__}", "{seq:013}", "{seq:4}",
                                     "{seq!r}", "{year:>10}-{seq}", "{client}-{seq}", "{{seq}}", "INV-{seq", "{}",
                                     "{seq:00}", "{seq:0}", "{yy:02}-{seq}"])
def test_number_formats_outside_the_pattern_are_refused(sqlite_db, pattern):
    before = Studio.get_by_id(1).invoice_number_format
    with pytest.raises(StudioError, match="number format") as caught:
        settings.update({"invoice_number_format": pattern})
    assert "\n" not in caught.value.message and "\x1b" not in caught.value.message
    assert Studio.get_by_id(1).invoice_number_format == before


def test_allowed_number_formats(sqlite_db, today):
    for pattern, number in (("{yy}/{seq:012}", "26/000000000001"), ("Fatura №{year}.{seq}", "Fatura №2026.1"),
                            ("F {seq:01}", "F 1")):
        assert numbering.render(numbering.check_format(pattern), 2026, 1) == number
    settings.update({"invoice_number_format": "{yy}/{seq:012}"})
    client = factories.client()
    assert factories.issued_invoice(client.id).number == "26/000000000001"


def test_a_zero_width_space_cannot_make_two_series_read_alike(sqlite_db, today):
    settings.update({"credit_notes_own_series": True, "invoice_number_format": "INV-{year}-{seq:04}"})
    with pytest.raises(StudioError, match="same numbers"):
        settings.update({"credit_note_number_format": "INV-{year}-\u200b{seq:04}"})
    with pytest.raises(StudioError, match="same numbers"):
        settings.update({"credit_note_number_format": "ＩＮＶ-{year}-{seq:04}"})  # full-width letters
    settings.update({"invoice_number_format": "INV-{year}-\u200b{seq:04}"})
    assert Studio.get_by_id(1).invoice_number_format == "INV-{year}-{seq:04}"


def test_a_bad_format_left_in_an_old_database_is_refused_when_issuing_and_reported(sqlite_db, today):
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "10"}])
    Studio.update(invoice_number_format="{seq:999999999}").execute()  # as an older version may have stored it
    with pytest.raises(StudioError, match="number format"):
        invoices.issue(draft.id)
    assert Invoice.get_by_id(draft.id).status == "draft"
    assert any("invoice number format “{seq:999999999}” is not valid" in p for p in check.run())


def test_check_reports_hidden_characters_and_look_alike_numbers(sqlite_db, today):
    client = factories.client()
    first = factories.issued_invoice(client.id)
    second = factories.issued_invoice(client.id)
    assert check.run() == []
    # what an older version let through: a number format with a zero-width space, a reversed name
    Invoice.update(number=first.number[:-4] + "\u200b" + first.number[-4:]).where(Invoice.id == second.id).execute()
    Client.update(name="Acme \u202e0001-6202-VNI Ltd").where(Client.id == client.id).execute()
    problems = check.run()
    assert any("have the same number once invisible characters are set aside" in p and "⟨U+200B⟩" in p
               for p in problems), problems
    assert any(p.startswith(f"client #{client.id}: the name") and "⟨U+202E⟩" in p for p in problems), problems
    db.close()
    reported = cli("--db", sqlite_db, "check")
    assert reported.returncode == 1 and "⟨U+202E⟩" in reported.stderr and "Traceback" not in reported.stderr
    assert not any(c in reported.stderr for c in BIDI + ZERO_WIDTH), reported.stderr


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
