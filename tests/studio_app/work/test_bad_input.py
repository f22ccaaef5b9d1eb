"""Whatever a person types or a script passes: a StudioError with a clear one-line message, or the value
stored safely. A refused change never alters what was already saved."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_app.work import clients, invoices, payments, projects, quotes
from studio_app.money import lines
from studio_app import money
from studio_app.store import startup
from studio_app.text import cleaning
from studio_app.work import settings as studio_settings
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Invoice, InvoiceLine, Project, Studio
from tests import factories
from tests.processes import studio

NASTY = {
    "emoji": "Café 😀🎨 Studio 👩🏽‍🎨",
    "rtl": "مرحبا بالعالم — שלום",
    "markup": "<b>Bold</b> & <script>alert('x')</script> <para>",
    "formula": "=HYPERLINK(\"http://evil\",\"click\")",
    "turkish": "ŞİŞLİ ığüşöç İĞÜŞÖÇ",
    "greek": "Καφέ Αθηνά ΙΚΕ",
    "joiners in words": "می\u200cخواهم क्\u200dष 👩🏽\u200d🎨",  # ZWNJ (Persian), ZWJ (Devanagari, emoji): kept
}
CONTROL = {"nul": "Ay\x00şe", "bell and escape": "Ay\x07şe\x1b", "surrogate": "Ay\ud800şe", "del": "Ay\x7fşe"}
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def row(model, row_id: int) -> dict:
    return model.select().where(model.id == row_id).dicts().get()


@pytest.fixture
def base(sqlite_db, today):
    factories.studio()
    client = factories.client()
    project = factories.project(client.id)
    draft = invoices.create_draft(client.id, project_id=project.id, lines=[
        {"description": "Logo", "quantity": "1", "unit_price": "800", "tax_rate": "20"}])
    issued = factories.issued_invoice(client.id)
    return {"client": client.id, "project": project.id, "draft": draft.id, "issued": issued.id}


def refused_unchanged(model, row_id: int, call, *args, match: str | None = None, **kwargs) -> StudioError:
    before = row(model, row_id)
    with pytest.raises(StudioError, match=match) as caught:
        call(*args, **kwargs)
    assert row(model, row_id) == before
    message = caught.value.message
    assert message and "\n" not in message and "Traceback" not in message and len(message) < 400
    return caught.value


# ------------------------------------------------------------------------------------------------- text

@pytest.mark.parametrize("name", sorted(NASTY))
def test_unicode_markup_and_formulas_are_stored_exactly(base, name):
    value = NASTY[name]
    client = clients.create(name=value, company=value, notes=value, address=value)
    stored = row(Client, client.id)
    assert stored["name"] == stored["company"] == stored["notes"] == stored["address"] == value
    draft = invoices.create_draft(client.id, lines=[{"description": value, "unit_price": "10"}], notes=value)
    assert InvoiceLine.get(InvoiceLine.invoice == draft.id).description == value
    invoices.issue(draft.id)  # and it renders into a PDF


@pytest.mark.parametrize("name", sorted(CONTROL))
def test_control_characters_and_broken_unicode_are_dropped(base, name):
    client = clients.create(name=CONTROL[name], notes="line one\r\nline two\x00")
    assert client.name == "Ayşe" and client.notes == "line one\nline two"


def test_empty_and_whitespace_only_required_text_is_refused(base):
    for value in ("", "   ", "\t\n", "\x00\x01", None):
        refused_unchanged(Client, base["client"], clients.update, base["client"], name=value, match="Name is required")
        refused_unchanged(Project, base["project"], projects.update, base["project"], title=value,
                          match="Project title is required")
        refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                          lines=[{"description": value, "unit_price": "1"}], match="description is required")


def test_a_hundred_thousand_characters_are_refused_with_the_limit(base):
    huge = "x" * 100_000
    error = refused_unchanged(Client, base["client"], clients.update, base["client"], name=huge,
                              match=r"too long \(100000 characters; at most 255 allowed\)")
    assert error.field == "name"
    for field in ("notes", "address", "email", "tax_id"):
        refused_unchanged(Client, base["client"], clients.update, base["client"], **{field: huge})
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"], notes=huge, match="too long")
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                      lines=[{"description": huge, "unit_price": "1"}], match="too long")
    refused_unchanged(Studio, 1, studio_settings.update, {"name": "Fine", "address": huge}, match="too long")


@FUZZ
@given(value=st.text(max_size=300))
def test_any_text_is_either_refused_clearly_or_stored_cleaned(base, value):
    try:
        client = clients.update(base["client"], name=value, company=value, notes=value)
    except StudioError as exc:
        assert exc.field in ("name", "company", "notes") and "\n" not in exc.message
        return
    stored = row(Client, client.id)
    assert stored["name"] == cleaning.clean(value, "Name")
    assert stored["notes"] == cleaning.clean(value, "Notes", multiline=True, max_len=cleaning.MAX_LONG)
    assert not any(ord(c) < 32 and c not in "\t\n" for c in stored["notes"])


# ------------------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("amount, message", [
    ("-5", "cannot be negative"), ("-0.01", "cannot be negative"), ("1000000001", "too large"),
    ("9" * 400, "too large"), ("12.3456789", "at most 6 decimal places"), ("abc", "must be an amount"),
    ("1e5", "must be an amount"), ("NaN", "must be an amount"), ("", "required"), ("€", "required"),
    ("١٢٣", "must be an amount"), ("--1", "must be an amount"), ("1.2.3,4,5", "must be an amount"),
    ("1,2,3", "must be an amount"), ("12.34.5", "must be an amount"), ("1.2345,00", "must be an amount"),
])
def test_bad_unit_prices_are_refused(base, amount, message):
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                      lines=[{"description": "Logo", "unit_price": amount}], match=message)


@pytest.mark.parametrize("quantity, message", [
    ("1.23456", "at most 4 decimal places"), ("0", "cannot be zero"), ("-2000000", "cannot be less than -1000000"),
    ("1000001", "cannot be more than"), ("NaN", "must be a number"), ("Infinity", "must be a number"),
    ("sNaN", "must be a number"), ("1e-9", "at most 4 decimal places"), ("two", "must be a number"), ("", "number"),
])
def test_bad_quantities_are_refused(base, quantity, message):
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                      lines=[{"description": "Logo", "quantity": quantity, "unit_price": "10"}], match=message)


def test_rates_discounts_and_line_counts_have_limits(base):
    for item, message in (({"tax_rate": "150"}, "tax rate cannot be more than 100"),
                          ({"tax_rate": "-1"}, "tax rate cannot be less than 0"),
                          ({"tax_rate": "20.005"}, "at most 2 decimal places"),
                          ({"discount_percent": "101"}, "discount cannot be more than 100")):
        refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                          lines=[{"description": "Logo", "unit_price": "10", **item}], match=message)
    many = [{"description": f"Line {n}", "unit_price": "1"} for n in range(lines.MAX_LINES + 1)]
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"], lines=many,
                      match="at most 5000 lines")
    absurd = [{"description": "Huge", "quantity": "1000000", "unit_price": "999999999"}]
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"], lines=absurd,
                      match="total is too large")


def test_amounts_given_in_minor_units_have_the_same_limits(base):
    for value, message in ((-100, "cannot be negative"), (10 ** 30, "too large")):
        refused_unchanged(Project, base["project"], projects.update, base["project"], price=value, match=message)
        refused_unchanged(Invoice, base["issued"], payments.record, base["issued"], value,
                          match="more than zero" if value < 0 else "too large")
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"],
                      lines=[{"description": "x", "unit_price": -5}], match="between 0 and one billion")


@FUZZ
@given(typed=st.text(alphabet="0123456789.,-+ e€$'\u00a0", max_size=25))
def test_any_typed_amount_is_parsed_exactly_or_refused(base, typed):
    try:
        minor = money.parse_amount(typed, "EUR")
    except StudioError as exc:
        assert "\n" not in exc.message
        return
    assert isinstance(minor, int) and 0 <= minor <= 100_000_000_000
    draft = invoices.update_draft(base["draft"], lines=[{"description": "Logo", "unit_price": typed}])
    assert InvoiceLine.get(InvoiceLine.invoice == draft.id).unit_price == minor


@pytest.mark.parametrize("amount, message", [
    ("0", "more than zero"), ("-5", "cannot be negative"), ("abc", "must be an amount"),
    ("100000", "more than the"), ("0.001", "at most 2 decimal places"),
])
def test_bad_payments_are_refused_and_nothing_is_recorded(base, amount, message):
    refused_unchanged(Invoice, base["issued"], payments.record, base["issued"], amount, match=message)
    assert payments.for_invoice(base["issued"]) == []


@pytest.mark.parametrize("code", ["XYZ", "EURO", "€", "", "E1R", "XAU", "XXX", "XTS", "12", "eur\x00"])
def test_unknown_currency_codes_are_refused(base, code):
    refused_unchanged(Client, base["client"], clients.update, base["client"], currency=code,
                      match="is not a currency code")
    if code:  # an empty currency on a new invoice means "the client's"
        with pytest.raises(StudioError, match="is not a currency code"):
            invoices.create_draft(base["client"], currency=code)


def test_lower_case_currency_codes_are_accepted():
    assert money.check_currency(" eur ") == "EUR" and money.check_currency("xof") == "XOF"


# ------------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "31.12.2026", "tomorrow", "9999-12-31", "0001-01-01",
                                   "2026-1-1x"])
def test_impossible_dates_are_refused(base, value):
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"], due_date=value,
                      match="must be a date like 2026-03-31")


def test_dates_out_of_order_are_refused(base, today):
    refused_unchanged(Invoice, base["draft"], invoices.update_draft, base["draft"], issue_date="2026-12-01",
                      due_date="2026-11-01", match="due date cannot be before the issue date")
    with pytest.raises(StudioError, match="due date cannot be before the issue date"):
        invoices.create_draft(base["client"], issue_date="2026-12-01", due_date="2026-11-30")
    invoices.update_draft(base["draft"], due_date="2026-11-01")  # before today, and no issue date yet
    refused_unchanged(Invoice, base["draft"], invoices.issue, base["draft"],
                      match="due date cannot be before the issue date")
    refused_unchanged(Project, base["project"], projects.update, base["project"], start_date="2027-02-01",
                      deadline="2027-01-01", match="deadline cannot be before the start date")
    quote = quotes.create_from_project(base["project"])
    with pytest.raises(StudioError, match="already in the past"):
        quotes.update_draft(quote.id, valid_until=today - dt.timedelta(days=1))
    refused_unchanged(Invoice, base["issued"], payments.record, base["issued"], "10",
                      date=today + dt.timedelta(days=1), match="cannot be dated in the future")


def test_settings_are_all_or_nothing(base):
    before = row(Studio, 1)
    with pytest.raises(StudioError, match="not a valid IBAN"):
        studio_settings.update({"name": "New name", "tax_rate": "19", "iban": "DE00 nonsense"})
    assert row(Studio, 1) == before
    for data, message in (({"payment_terms_days": "-1"}, "cannot be less than 0"),
                          ({"payment_terms_days": "1000"}, "cannot be more than 365"),
                          ({"invoice_number_format": "{client}"}, "number format"),
                          ({"accent_color": "red"}, "accent colour"), ({"currency": "XAU"}, "currency code"),
                          ({"logo": b"GIF89a"}, "PNG or JPEG")):
        refused_unchanged(Studio, 1, studio_settings.update, data, match=message)


# ------------------------------------------------------------------------------------------------- the CLI

def run_cli(*args: object):
    return studio(*args, text=False)


def one_line_error(result, contains: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode != 0 and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("studio-desk: ") and contains in err, err


@pytest.fixture
def cli_db(tmp_path, today):
    path = tmp_path / "cli.sqlite3"
    startup.open_database(path)
    client = factories.client()
    factories.issued_invoice(client.id)
    from studio_app.store import db
    db.close()
    return path


def test_cli_bad_arguments_give_one_line(cli_db, tmp_path):
    one_line_error(run_cli("--db", cli_db, "pdf", "invoice", b"INV-\xff\xfe", "-o", tmp_path / "x.pdf"),
                   "There is no invoice numbered INV-\ufffd\ufffd")
    assert run_cli("--db", cli_db, "list", "invoices", "--search", b"\xff caf\xc3\xa9").returncode == 0
    one_line_error(run_cli("--db", cli_db, "list", "invoices", "--status", "nonsense"),
                   "“nonsense” is not a status of this list")
    one_line_error(run_cli("--db", cli_db, "pdf", "invoice", "A" * 100_000, "-o", tmp_path / "x.pdf"),
                   "There is no invoice numbered")
    one_line_error(run_cli("--db", tmp_path, "list", "clients"), "is a folder")
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    one_line_error(run_cli("--db", cli_db, "export", "csv", "invoices", "-o", not_a_folder / "x.csv"),
                   "Could not write")
    one_line_error(run_cli("--db", cli_db, "export", "json", "-o", not_a_folder / "x.json"), "Could not write")
    assert not_a_folder.read_text() == "a file, not a folder"
    result = run_cli("--db", cli_db, "list", "clients", "--limit", "lots")
    assert result.returncode == 2 and b"invalid int value" in result.stderr and b"Traceback" not in result.stderr


def _broken_exports(good: dict) -> dict[str, object]:
    def changed(table, index, column, value):
        data = json.loads(json.dumps(good))
        data["tables"][table][index][column] = value
        return data

    duplicate = json.loads(json.dumps(good))
    duplicate["tables"]["client"].append(duplicate["tables"]["client"][0])
    return {
        "version is text": {**good, "schema_version": "abc"},
        "newer version": {**good, "schema_version": 999},
        "bad date": changed("invoice", 0, "issue_date", "garbage"),
        "bad decimal": changed("invoice_line", 0, "quantity", "two"),
        "bad base64": changed("issued_document", 0, "pdf", "!!!"),
        "text for a number": changed("invoice", 0, "total_gross", "lots"),
        "list for text": changed("client", 0, "name", ["a"]),
        "missing client": changed("invoice", 0, "client_id", 999),
        "duplicate id": duplicate,
        "table not a list": {**good, "tables": {**good["tables"], "client": {"x": 1}}},
        "not an object": [1, 2, 3],
    }


def test_cli_import_refuses_broken_exports_and_leaves_the_database_empty(cli_db, tmp_path):
    assert run_cli("--db", cli_db, "export", "json", "-o", tmp_path / "good.json").returncode == 0
    good = json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))
    for name, data in _broken_exports(good).items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        target = tmp_path / f"{name}.sqlite3"
        result = run_cli("--db", target, "import", path)
        one_line_error(result, str(path))
        startup.open_database(target)
        assert Client.select().count() == 0 and Invoice.select().count() == 0, name
        from studio_app.store import db
        db.close()


def test_decimal_values_never_come_back_as_floats(base):
    project = projects.update(base["project"], tax_rate="7.5", estimated_hours="12,25")
    stored = row(Project, project.id)
    assert stored["tax_rate"] == Decimal("7.5") and stored["estimated_hours"] == Decimal("12.25")
