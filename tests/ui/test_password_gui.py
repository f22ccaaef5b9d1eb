"""The window and PostgreSQL passwords: never in the settings file (which is 0600), asked for in a small
dialog when the server wants one that is not kept, saved in the keyring only when there is one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studio_app.store import db, secrets
from studio_app.text.errors import StudioError
from tests.conftest import LOCKED_PASSWORD
from tests.studio_app.store.test_secrets import (
    ENCODED, NO_PGPASS, file_keyring, no_keyring, shows_no_password,
)  # noqa: F401
from ui.app import open_asking_password, private_settings_file
from ui.dialogs.password import PasswordDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_kept_passwords(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", NO_PGPASS)
    secrets._session.clear()
    yield
    secrets._session.clear()


def settings_file() -> Path:
    QSettings().sync()
    return Path(QSettings().fileName())


@pytest.mark.parametrize("typed", [f"postgresql://deniz:{ENCODED}@office-server/studio",
                                   f"postgresql://deniz@office-server/studio?password={ENCODED}"])
def test_settings_keep_the_password_in_the_keyring_not_in_the_settings_file(qtbot, window, file_keyring, typed):
    window.show_view("settings")
    view = window.settings_view
    view.location.setText(typed)
    assert view.save(), view.message.text()
    assert str(QSettings().value("database")) == "postgresql://deniz@office-server/studio" == view.location.text()
    assert file_keyring.saved == {("Studio Desk", "postgresql://deniz@office-server/studio"): LOCKED_PASSWORD}
    path = settings_file()
    shows_no_password(path.read_text(encoding="utf-8"))
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_without_a_keyring_settings_say_the_password_will_be_asked_for(qtbot, window, no_keyring):  # noqa: F811
    window.show_view("settings")
    view = window.settings_view
    view.location.setText(f"postgresql://deniz:{ENCODED}@office-server/studio")
    assert view.save()
    assert "no password store" in view.message.text()
    shows_no_password(settings_file().read_text(encoding="utf-8"))


def test_address_mistakes_show_in_place_without_the_password(qtbot, window):
    window.show_view("settings")
    view = window.settings_view
    view.location.setText("postgresql://deniz:Zq8@wörd@office-server/studio")
    view.validation.run()
    assert not view.save_button.isEnabled()
    with pytest.raises(StudioError) as caught:
        view.check()
    shows_no_password(caught.value.message)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_settings_file_is_created_private(qapp):
    path = private_settings_file()
    previous = os.umask(0o022)
    try:
        QSettings().setValue("window/view", "clients")
        QSettings().sync()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def answer(asked, passwords: list[str], seen: list[str]) -> None:
    """Type the next password into each password dialog (it is modal), or cancel when none is left."""
    def fill(dialog) -> None:
        seen.append(dialog.findChildren(type(dialog.password))[0].echoMode().name)
        if passwords:
            dialog.password.setText(passwords.pop(0))
            dialog.accept()
        else:
            dialog.reject()
    asked.fill(PasswordDialog, fill)


@pytest.mark.postgres
def test_the_window_asks_for_a_password_until_the_server_takes_it(qtbot, locked_url, no_keyring,  # noqa: F811
                                                                  asked):
    seen: list[str] = []
    answer(asked, ["wrong", LOCKED_PASSWORD], seen)
    open_asking_password(locked_url, daily_backup=False)
    assert seen == ["Password", "Password"]  # asked twice (a wrong one first), typed without echo
    assert db.describe(locked_url) in secrets._session and not db.current().is_closed()
    db.close()
    shows_no_password(settings_file().read_text(encoding="utf-8"))


@pytest.mark.postgres
def test_cancelling_the_password_dialog_gives_the_servers_refusal(qtbot, locked_url, no_keyring,  # noqa: F811
                                                                  asked):
    answer(asked, [], [])
    with pytest.raises(StudioError, match="password") as caught:
        open_asking_password(locked_url, daily_backup=False)
    assert secrets.is_password_refusal(caught.value)


@pytest.mark.postgres
def test_a_password_typed_with_remember_goes_to_the_keyring(qtbot, locked_url, file_keyring,  # noqa: F811
                                                            asked):
    def fill(dialog) -> None:
        assert dialog.remember.isEnabled()
        dialog.password.setText(LOCKED_PASSWORD)
        dialog.remember.setChecked(True)
        dialog.accept()
    asked.fill(PasswordDialog, fill)
    open_asking_password(locked_url, daily_backup=False)
    db.close()
    assert file_keyring.saved == {("Studio Desk", db.describe(locked_url)): LOCKED_PASSWORD}
