"""The e-mail settings: validated like every setting, the password in the keyring and never in the database;
the outbox and the edited templates go through a JSON export and back unchanged."""

from __future__ import annotations

import keyring
import pytest

from studio_app.files import export
from studio_app.mail import compose, outbox, settings as mail_settings, templates
from studio_app.store import startup
from studio_app.store.models import MailTemplate, OutboxMessage
from studio_app.text.errors import StudioError
from studio_app.work import settings
from tests import factories
from tests.file_keyring import FileKeyring


@pytest.mark.parametrize("key, value, message", [
    ("smtp_port", "0", "SMTP port cannot be less than 1"), ("smtp_security", "TLS1.3", "Security must be one of"),
    ("sender_email", "Deniz <deniz@>", "is not an e-mail address"), ("smtp_host", "mail server", "not a server name"),
    ("reminder_days", "7,21,45,60", "one to three numbers"), ("late_interest_rate", "-1", "cannot be less than 0"),
    ("mail_mode", "outlook", "Sending must be one of: smtp, eml")])
def test_a_bad_setting_is_refused_naming_the_field_and_nothing_changes(sqlite_db, key, value, message):
    with pytest.raises(StudioError, match=message) as refused:
        settings.update({key: value, "smtp_user": "changed"})
    assert refused.value.field == key and settings.get().smtp_user == ""


def test_good_settings_are_kept_cleaned(sqlite_db):
    studio = settings.update({"sender_email": "Deniz Tasarım <deniz@deniz.design>", "reminder_days": "10; 20 40",
                              "late_interest_rate": "10,15", "smtp_security": "SSL", "smtp_port": "465"})
    assert (studio.sender_email, studio.reminder_days, str(studio.late_interest_rate), studio.smtp_security,
            studio.smtp_port) == ("Deniz Tasarım <deniz@deniz.design>", "10,20,40", "10.15", "ssl", 465)


def test_the_password_is_kept_in_the_keyring_not_the_database(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_TEST_KEYRING", str(tmp_path / "keys.json"))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keys.json"))
    try:
        studio = settings.update({"smtp_host": "smtp.example.com", "smtp_user": "deniz", "smtp_port": "587"})
        mail_settings._session.clear()
        assert mail_settings.save_password(studio, "Gizli-şifre") is True
        mail_settings._session.clear()
        assert mail_settings.password(studio) == "Gizli-şifre"
        assert b"Gizli" not in sqlite_db.read_bytes()
        other = settings.update({"smtp_user": "someone-else"})
        assert mail_settings.password(other) is None  # kept per user and server
        mail_settings.forget_password(studio)
        assert mail_settings.password(studio) is None
    finally:
        keyring.set_keyring(before)


def test_the_outbox_and_edited_templates_survive_an_export_and_import(studio, tmp_path):
    client = factories.client()
    outbox.queue(compose.draft_for_document("invoice", factories.issued_invoice(client.id).id))
    templates.set("invoice", "el", "Τιμολόγιο {number}", "Αγαπητέ/ή {client},\n\nΣυνημμένο.\n\n{signature}")
    settings.update({"late_interest_enabled": True, "late_interest_rate": "10.15", "signature": "Deniz\nStüdyo"})
    first = tmp_path / "first.json"
    export.export_json(first)
    startup.open_database(tmp_path / "empty.sqlite3")
    export.import_json(first)
    assert OutboxMessage.select().count() == 1 and MailTemplate.select().count() == 1
    assert bytes(OutboxMessage.get().raw).startswith(b"From: ")
    again = tmp_path / "again.json"
    export.export_json(again)
    assert again.read_bytes() == first.read_bytes()
