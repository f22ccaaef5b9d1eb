"""The e-invoice fields of clients and settings checked as typed, by field; their columns through a JSON export and
import; migration 7 from a database at version 6."""

from __future__ import annotations

import json
import re
import sqlite3

import peewee
import pytest

from studio_app.demo import einvoicing
from studio_app.files import export
from studio_app.store import check, db, migrations, startup
from studio_app.store.models import Client, Invoice, IssuedDocument, Studio
from studio_app.text.errors import StudioError
from studio_app.work import clients, identifiers, invoices, settings
from tests import factories

BAD_CLIENT = {
    # field: (value, what the message says)
    "tax_id": ("DE136695975", "check digits do not match"),
    "country": ("Atlantis", "two-letter ISO 3166 country code"),
    "einvoice_format": ("zugferd-1", "E-invoice format must be one of"),
    "buyer_reference": ("991-03730-18", "Leitweg-ID “991-03730-18” has a typo"),
    "endpoint_scheme": ("1234", "not an electronic address scheme of the EAS code list"),
    "endpoint_id": ("0412345615", "not a valid Belgian enterprise number (scheme 0208)"),
    "street": ("x" * 201, "Street is too long"),
    "postcode": ("1" * 21, "Postcode is too long"),
    "city": ("x" * 101, "City is too long"),
}


@pytest.mark.parametrize("field", list(BAD_CLIENT))
def test_bad_client_input_is_refused_naming_the_field(sqlite_db, field):
    value, says = BAD_CLIENT[field]
    data = {"name": "Bezirksamt", "einvoice_format": "xrechnung-cii", "endpoint_scheme": "0208",
            "endpoint_id": "0412345614", field: value}
    with pytest.raises(StudioError, match=re.escape(says)) as refused:
        clients.validate(data)
    assert refused.value.field == field
    assert Client.select().count() == 0


def test_identifiers_are_stored_compact_and_checked_by_their_scheme(sqlite_db):
    assert identifiers.vat_id("el 094 259 216") == "EL094259216"
    assert identifiers.vat_id("TR1234567890") == "TR1234567890"  # not an EU VAT id: kept as typed
    with pytest.raises(StudioError, match="Greek VAT ids start with EL"):
        identifiers.vat_id("GR094259216")
    with pytest.raises(StudioError, match="form of a VAT id of FR"):
        identifiers.vat_id("FR123")
    assert identifiers.leitweg_id("04011000-1234512345-06") == "04011000-1234512345-06"
    assert identifiers.endpoint("9930", "290873118") == ("9930", "DE290873118")
    assert identifiers.endpoint("0009", "412 837 460 00010") == ("0009", "41283746000010")
    assert identifiers.endpoint("0088", "8691234567890") == ("0088", "8691234567890")
    assert identifiers.endpoint("em", "billing@example.com") == ("EM", "billing@example.com")
    assert identifiers.endpoint("", "") == ("", "")
    for scheme, value, says in (("0088", "8691234567891", "not a valid GLN"), ("EM", "billing", "email address"),
                                ("", "0412345614", "Choose the scheme"), ("0208", "", "Endpoint id is required"),
                                ("0204", "991-03730-18", "not a valid Leitweg-ID")):
        with pytest.raises(StudioError, match=says):
            identifiers.endpoint(scheme, value)
    # a buyer reference that is not a Leitweg-ID (a company's own reference) is kept as typed
    client = clients.create(name="Shop", einvoice_format="xrechnung-ubl", buyer_reference="Einkauf K. Weber")
    assert client.buyer_reference == "Einkauf K. Weber"


BAD_SETTINGS = {
    "tax_id": ("DE136695975", "check digits"),
    "country": ("Narnia", "two-letter ISO 3166"),
    "electronic_address_scheme": ("99", "EAS code list"),
    "electronic_address": ("8691234567891", "not a valid GLN"),
    "contact_name": ("x" * 300, "Contact name is too long"),
}


@pytest.mark.parametrize("field", list(BAD_SETTINGS))
def test_bad_seller_input_is_refused_naming_the_field_and_nothing_is_saved(sqlite_db, field):
    value, says = BAD_SETTINGS[field]
    data = {"street": "Moda Caddesi 1", "electronic_address_scheme": "0088", "electronic_address": "8691234567890",
            field: value}
    with pytest.raises(StudioError, match=re.escape(says)) as refused:
        settings.update(data)
    assert refused.value.field == field
    assert Studio.get_by_id(1).street == ""


def test_seller_fields_are_saved(sqlite_db):
    studio = settings.update({**einvoicing.SELLER, "country": "tr"})
    assert (studio.country, studio.city, studio.electronic_address_scheme, studio.electronic_address) == \
        ("TR", "İstanbul", "0088", "8691234567890")


def test_the_new_columns_go_through_a_json_export_and_back(tmp_path, today):
    startup.open_database(tmp_path / "a.sqlite3")
    factories.studio(**einvoicing.SELLER, phone="+90 216 555 01 23")
    client = clients.create(**einvoicing.CLIENTS[2])
    draft = invoices.create_draft(client.id, order_reference="PO-2026-0415", lines=[
        {"description": "Poster", "quantity": "1", "unit_price": "100", "tax_rate": "0", "vat_category": "AE"}])
    invoices.issue(draft.id)
    export.export_json(tmp_path / "a.json")
    db.close()
    startup.open_database(tmp_path / "b.sqlite3")
    export.import_json(tmp_path / "a.json")
    assert check.run() == []
    copied = Client.get_by_id(client.id)
    assert (copied.einvoice_format, copied.endpoint_scheme, copied.endpoint_id, copied.city) == \
        ("peppol", "0208", "0412345614", "Antwerpen")
    assert Invoice.get_by_id(draft.id).order_reference == "PO-2026-0415"
    record = IssuedDocument.get()
    assert record.xml_format == "peppol" and b"PO-2026-0415" in bytes(record.xml)
    assert Studio.get_by_id(1).electronic_address == "8691234567890"
    export.export_json(tmp_path / "b.json")
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()


def test_an_import_with_a_bad_new_column_is_refused(tmp_path, today):
    startup.open_database(tmp_path / "a.sqlite3")
    clients.create(name="Shop")
    export.export_json(tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    data["tables"]["client"][0]["einvoice_format"] = "zugferd"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    db.close()
    startup.open_database(tmp_path / "b.sqlite3")
    with pytest.raises(StudioError, match="einvoice_format: einvoice_format must be one of"):
        export.import_json(tmp_path / "bad.json")


def test_migration_7_from_a_database_at_version_6(tmp_path, monkeypatch):
    path = tmp_path / "v6.sqlite3"
    old_db = peewee.SqliteDatabase(str(path))
    first_six = [step for step in migrations.steps() if step[0] <= 6]
    monkeypatch.setattr(migrations, "steps", lambda: first_six)
    migrations.migrate(old_db)  # the schema as Studio Desk left it at version 6, with a client of then
    monkeypatch.undo()
    old_db.execute_sql('INSERT INTO "client" ("name", "company", "email", "phone", "address", "country", "tax_id", '
                       '"language", "currency", "preferred_channel", "notes", "archived", "created_at", "search_key") '
                       'VALUES (\'Old client\', \'\', \'\', \'\', \'\', \'DE\', \'\', \'en\', \'EUR\', '
                       '\'email\', \'\', 0, \'2026-01-01 10:00:00\', \'old client\')')
    old_db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 6
    conn.close()
    startup.open_database(path)
    assert migrations.current_version(db.current()) == migrations.LATEST
    old = Client.get(Client.name == "Old client")
    assert (old.einvoice_format, old.buyer_reference, old.street) == ("none", "", "")
    assert check.run() == []


def test_a_country_typed_by_its_name_in_any_of_the_four_languages_is_kept_as_its_code(sqlite_db):
    from studio_app.work import identifiers
    assert [identifiers.country(name) for name in ("Germany", "Almanya", "Γερμανία", "Jerman", "türkiye", "DE", "")] \
        == ["DE", "DE", "DE", "DE", "TR", "DE", ""]
