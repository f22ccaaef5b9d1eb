"""The "Local details" group: shown for a studio or client in Türkiye, Greece or Malaysia, checked as typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from studio_app.work import clients, settings
from tests import factories


def test_settings_show_the_local_details_of_the_studios_country_and_check_them(qtbot, window):
    window.show_view("settings")
    view = window.settings_view
    view.inputs["country"].set_value("DE")
    assert view.local.isHidden()
    view.inputs["country"].set_value("TR")
    assert not view.local.isHidden()
    assert not view.inputs["tax_office"].isHidden() and view.inputs["sst_number"].isHidden()
    view.inputs["national_tax_id"].setText("1234567891")
    assert not view.save_button.isEnabled()
    assert "check digits" in view.message.text() and view.inputs["national_tax_id"].property("invalid")
    view.inputs["national_tax_id"].setText("1234567890")
    view.inputs["tax_office"].setText("Kadıköy")
    assert view.save_button.isEnabled()
    view.save()
    assert (settings.get().national_tax_id, settings.get().tax_office) == ("1234567890", "Kadıköy")
    view.inputs["country"].set_value("MY")
    assert not view.inputs["sst_number"].isHidden() and not view.inputs["duitnow_id"].isHidden()
    assert view.inputs["tax_office"].isHidden()
    out = Path(__file__).resolve().parents[1] / "output" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    QApplication.processEvents()
    window.grab().save(str(out / "settings-local-details-MY.png"))


def test_the_client_card_shows_greek_details_for_a_greek_client(qtbot, window):
    client = factories.client(country="GR", tax_id="EL094014201", language="el")
    window.open_record("client", client.id)
    editor = window.sections["clients"].editor
    assert not editor.local.isHidden() and not editor.inputs["profession"].isHidden()
    assert editor.inputs["mersis_no"].isHidden()
    editor.inputs["profession"].setText("Καφετέρια")
    editor.inputs["tax_office"].setText("ΦΑΕ Αθηνών")
    assert editor.save()
    assert clients.get(client.id).profession == "Καφετέρια"
