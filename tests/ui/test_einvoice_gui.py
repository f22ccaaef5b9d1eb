"""E-invoicing in the window: the client editor's E-invoice group, the seller's fields in Settings, and the invoice
editor saying what the client's format still needs, refusing to issue until it is there."""

from __future__ import annotations

import pytest

from studio_app.demo import einvoicing
from studio_app.store.models import Client
from studio_app.work import clients, invoices, issuing, settings
from tests import factories
from tests.ui.test_workflow import click, settle

pytestmark = pytest.mark.gui
GERMAN_OFFICE = einvoicing.CLIENTS[0]
LINES = [{"description": "Poster", "quantity": "1", "unit_price": "100", "tax_rate": "0", "vat_category": "AE"}]


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII keys only
        widget.insert(text)
    settle()


def choose(box, data: str) -> None:
    box.setCurrentIndex(box.findData(data))
    settle()


def test_the_client_editor_takes_the_einvoice_fields_and_refuses_a_bad_leitweg_id(qtbot, window, output_dir):
    window.open_record("client", clients.create(name="Bezirksamt Mitte", country="DE").id)
    editor = window.sections["clients"].editor
    inputs = editor.inputs
    choose(inputs["einvoice_format"], "xrechnung-cii")
    assert inputs["einvoice_format"].currentText() == "XRechnung (CII)"
    type_into(qtbot, inputs["buyer_reference"], "991-03730-18")
    assert not editor.save_button.isEnabled()
    assert "check digits" in editor.message.text() and editor.message.isVisible()
    type_into(qtbot, inputs["buyer_reference"], "991-03730-19")
    choose(inputs["endpoint_scheme"], "0208")
    assert inputs["endpoint_scheme"].currentText() == "0208 – Belgian enterprise number"
    type_into(qtbot, inputs["endpoint_id"], "0412345615")
    assert "not a valid Belgian enterprise number" in editor.message.text()
    choose(inputs["endpoint_scheme"], "0204")
    type_into(qtbot, inputs["endpoint_id"], "991-03730-19")
    for name, text in (("street", "Karl-Marx-Allee 31"), ("postcode", "10178"), ("city", "Berlin")):
        type_into(qtbot, inputs[name], text)
    assert editor.save_button.isEnabled(), editor.message.text()
    editor.grab().save(str(output_dir / "client-editor-einvoice.png"))
    click(qtbot, editor.save_button)
    client = Client.get(Client.name == "Bezirksamt Mitte")
    assert (client.einvoice_format, client.buyer_reference, client.endpoint_scheme, client.endpoint_id,
            client.city) == ("xrechnung-cii", "991-03730-19", "0204", "991-03730-19", "Berlin")


def test_settings_save_the_sellers_einvoice_fields(qtbot, window):
    window.show_view("settings")
    view = window.settings_view
    type_into(qtbot, view.inputs["city"], "İstanbul")
    type_into(qtbot, view.inputs["contact_name"], "Deniz Arslan")
    choose(view.inputs["electronic_address_scheme"], "0088")
    type_into(qtbot, view.inputs["electronic_address"], "8691234567891")
    assert "not a valid GLN" in view.message.text() and not view.save_button.isEnabled()
    type_into(qtbot, view.inputs["electronic_address"], "8691234567890")
    assert view.save_button.isEnabled(), view.message.text()
    click(qtbot, view.save_button)
    studio = settings.get()
    assert (studio.city, studio.contact_name, studio.electronic_address_scheme, studio.electronic_address) == \
        ("İstanbul", "Deniz Arslan", "0088", "8691234567890")


def test_the_invoice_editor_lists_what_the_einvoice_lacks_and_refuses_to_issue(qtbot, window, asked, output_dir):
    factories.studio(**einvoicing.SELLER, phone="+90 216 555 01 23")
    client = clients.create(**{**GERMAN_OFFICE, "buyer_reference": ""})
    draft = invoices.create_draft(client.id, lines=LINES)
    window.open_record("invoice", draft.id)
    editor = window.sections["invoices"].editor
    assert editor.einvoice_note.isVisible()
    assert "Before this invoice can be issued as XRechnung (CII):" in editor.einvoice_note.text()
    assert "Leitweg-ID of the buyer (BT-10) is required for XRechnung" in editor.einvoice_note.text()
    editor.grab().save(str(output_dir / "invoice-editor-einvoice-not-ready.png"))
    click(qtbot, editor.issue_button)
    assert asked.last.kind == "warning" and "(BT-10)" in asked.last.text
    assert invoices.get(draft.id).status == "draft" and invoices.get(draft.id).number is None
    clients.update(client.id, buyer_reference="991-03730-19")
    window.open_record("invoice", draft.id)
    type_into(qtbot, editor.order_reference, "PO-88213")
    click(qtbot, editor.save_button)
    assert invoices.get(draft.id).order_reference == "PO-88213"
    assert "XRechnung (CII), ready to issue." in editor.einvoice_note.text()
    asked.answer("Yes")
    click(qtbot, editor.issue_button)
    assert invoices.get(draft.id).status == "issued"
    assert issuing.issued("invoice", draft.id).xml_format == "xrechnung-cii"
    assert "stored with the invoice" in editor.einvoice_note.text()
    assert b"PO-88213" in bytes(issuing.issued("invoice", draft.id).xml) 
    assert not editor.order_reference.isVisible() and editor.order_reference.parent().text() == "PO-88213"


def test_a_client_without_a_format_shows_no_einvoice_note(qtbot, window):
    factories.studio()
    draft = invoices.create_draft(factories.client().id, lines=LINES)
    window.open_record("invoice", draft.id)
    assert not window.sections["invoices"].editor.einvoice_note.isVisible()
