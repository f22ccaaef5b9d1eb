"""The small dialogs: what they show when they refuse, and how they are laid out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from studio_app.work import revisions
from tests import factories
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def shows_whole(label) -> bool:
    """Every word of the label is on screen: it fits one line, or it wraps within its width and height."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_a_long_refusal_wraps_inside_the_time_and_revision_dialogs(qtbot, sqlite_db, today):
    from ui.dialogs.revision import RevisionDialog
    from ui.dialogs.time_entry import TimeDialog
    factories.studio()
    project = factories.project(factories.client().id)
    time_dialog = TimeDialog(project.id)
    time_dialog.duration.setText("an hour or so")
    revision_dialog = RevisionDialog(project.id)
    revision_dialog.hours.setText("ABOUT TWELVE AND A HALF HOURS, GIVE OR TAKE A FEW")  # wide capitals: longer than the line in any font
    for dialog in (time_dialog, revision_dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.accept()
        settle()
        assert dialog.isVisible() and dialog.message.text()
        assert dialog.message.fontMetrics().horizontalAdvance(dialog.message.text()) > dialog.message.width()
        assert shows_whole(dialog.message), dialog.message.text()
    assert revisions.rounds(project.id) == []


# --- the one dialog base (ui/dialogs/base.py) --------------------------------------------------------------

def test_save_refused_stays_open_with_the_reason_and_save_accepted_closes(qtbot):
    from studio_app.text.errors import StudioError
    from ui.dialogs.base import Dialog

    class Rename(Dialog):
        def __init__(self) -> None:
            super().__init__()
            self.name = QLineEdit()
            self.content.addWidget(self.name)
            self.saved_as = None

        def save(self) -> None:
            if not self.name.text():
                raise StudioError("Name is required.", field="name")
            self.saved_as = self.name.text()

    dialog = Rename()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.name  # the first field, not Save, though the buttons were made first
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.message.text() == "Name is required." and dialog.message.objectName() == "formError"
    dialog.name.setText("Logo")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_as == "Logo"


@pytest.fixture
def turkish(qapp, translations_built):
    from ui import i18n
    i18n.install(qapp, "tr")
    yield
    i18n.install(qapp, "en")


def test_a_refused_payment_is_explained_in_the_designers_language(qtbot, sqlite_db, today, turkish):
    from ui.dialogs.payment import PaymentDialog
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)
    dialog = PaymentDialog(invoice.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("99999999")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert f"{invoice.number} numaralı faturanın kalan borcundan" in dialog.message.text()
    assert {b.text().replace("&", "") for b in dialog.buttons.buttons()} == {"Kaydet", "İptal"}


def test_backups_say_results_plainly_and_refusals_in_the_error_colour(qtbot, tmp_path, today, monkeypatch):
    from studio_app.files import backup
    from studio_app.store import startup
    from studio_app.text.errors import StudioError
    from ui.dialogs.backups import BackupsDialog
    startup.open_database(tmp_path / "studio.sqlite3")
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    dialog.back_up()
    assert dialog.message.text().startswith("Saved") and dialog.message.objectName() == ""

    def full_disk():
        raise StudioError("The disk is full.")

    monkeypatch.setattr(backup, "manual_backup", full_disk)
    dialog.back_up()
    assert dialog.message.text() == "The disk is full." and dialog.message.objectName() == "formError"
