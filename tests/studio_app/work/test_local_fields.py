"""The local party details, checked as typed: VKN and TCKN check digits, the Greek ΑΦΜ and its EL prefix,
MERSİS, ΓΕΜΗ, SSM and SST formats; saved on the studio and the client, and carried by snapshots."""

from __future__ import annotations

import pytest

from studio_app.text.errors import StudioError
from studio_app.work import clients, invoices, local_fields, settings, snapshots
from tests import factories


@pytest.mark.parametrize("value, country, expected", [
    ("1234567890", "TR", "1234567890"), ("123 456 7890", "TR", "1234567890"), ("10000000146", "TR", "10000000146"),
    ("EL094014201", "GR", "094014201"), ("094014201", "GR", "094014201"), ("C2584563202", "MY", "C2584563202"),
    ("anything", "DE", "anything"), ("", "TR", ""),
])
def test_national_tax_numbers_are_checked_for_their_country(value, country, expected):
    assert local_fields.check_national_tax_id(value, country) == expected


@pytest.mark.parametrize("value, country, words", [
    ("1234567891", "TR", "check digits"), ("10000000147", "TR", "check digits"), ("12345", "TR", "VKN of 10"),
    ("EL094014202", "GR", "ΑΦΜ"), ("12345", "MY", "TIN"),
])
def test_a_typo_in_a_tax_number_is_named(value, country, words):
    with pytest.raises(StudioError) as error:
        local_fields.check_national_tax_id(value, country)
    assert words in str(error.value) and error.value.field == "national_tax_id"


def test_registers_and_sst_numbers():
    assert local_fields.check_mersis("0123 4567 8900 0015") == "0123456789000015"
    assert local_fields.check_trade_register("201901000005", "MY") == "201901000005"
    assert local_fields.check_trade_register("1234567-X", "MY") == "1234567-X"
    assert local_fields.check_trade_register("İstanbul 123456", "TR") == "İstanbul 123456"
    assert local_fields.check_sst("w10-1808-31000001") == "W10-1808-31000001"
    for check in (lambda: local_fields.check_mersis("123"), lambda: local_fields.check_sst("123"),
                  lambda: local_fields.check_trade_register("201999000005", "MY"),
                  lambda: local_fields.check_trade_register("ABC", "GR")):
        with pytest.raises(StudioError):
            check()


def test_a_greek_vat_id_is_written_with_el(sqlite_db):
    client = factories.client(country="GR", tax_id="GR 094014201", language="el")
    assert client.tax_id == "EL094014201"
    with pytest.raises(StudioError) as error:
        clients.validate({"name": "X", "country": "GR", "tax_id": "EL123456789"})
    assert error.value.field == "tax_id"


def test_studio_and_client_details_are_saved_and_snapshotted(sqlite_db, today):
    factories.studio(country="TR", tax_office="Kadıköy", national_tax_id="1234567890",
                     mersis_no="0123456789000015")
    with pytest.raises(StudioError) as error:
        settings.validate({"country": "TR", "national_tax_id": "1234567891"})
    assert error.value.field == "national_tax_id"
    client = factories.client(country="TR", tax_office="Şişli", national_tax_id="10000000146")
    invoice = factories.issued_invoice(client.id)
    snapshot = snapshots.build("invoice", invoice.id)
    seller, buyer = snapshot["parties"]["seller"], snapshot["parties"]["buyer"]
    assert (seller["tax_office"], seller["national_tax_id"], seller["mersis_no"]) == \
        ("Kadıköy", "1234567890", "0123456789000015")
    assert (buyer["tax_office"], buyer["national_tax_id"]) == ("Şişli", "10000000146")


def test_the_mydata_mark_is_recorded_on_a_draft_and_checked(sqlite_db, today):
    factories.studio(country="GR", tax_id="EL094014201")
    client = factories.client(country="GR", tax_id="EL094014201")
    draft = invoices.create_draft(client.id, lines=[{"description": "Αφίσα", "quantity": "1", "unit_price": "100",
                                                     "tax_rate": "24"}])
    with pytest.raises(StudioError):
        invoices.update_draft(draft.id, mydata_mark="ABC")
    with pytest.raises(StudioError):
        invoices.update_draft(draft.id, mydata_url="http://example.com")
    invoices.update_draft(draft.id, mydata_mark="400001234567890", mydata_url="https://www1.aade.gr/x")
    issued = invoices.issue(draft.id)
    assert snapshots.build("invoice", issued.id)["mydata"]["mark"] == "400001234567890"
