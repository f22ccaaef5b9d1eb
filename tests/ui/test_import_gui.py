"""The import window as a designer uses it: a file chosen, columns mapped, the preview, Import; screenshots."""

from __future__ import annotations

import pytest

from studio_app.store.models import Client
from ui import i18n
from ui.dialogs.import_csv import ImportDialog

from tests.studio_app.importing import samples

TEXT = ("Müşteri Adı;E-posta;Vergi No;Kişi Notu;Dil\n"
        "Ayşe Yılmaz;ayse@kahve.com.tr;9876543210;VIP;Türkçe\n"
        "Γιώργος Παπαδόπουλος;giorgos@athina.gr;EL094019245;;el\n"
        "Bad Mail;not-an-email;;;\n"
        "Aisyah Rahman;aisyah@rahman.my;W10-1808-32000123;;ms\n")


@pytest.fixture
def csv_file(tmp_path):
    return samples.excel(tmp_path, "müşteriler.csv", TEXT)


def test_preview_mapping_and_import(qtbot, sqlite_db, csv_file):
    dialog = ImportDialog(None, "clients", csv_file)
    qtbot.addWidget(dialog)
    assert dialog.read_as.text().startswith("Read as UTF-8 with BOM, separated by semicolons; 4 rows")
    assert dialog.summary.text() == "3 to create, 0 skipped as duplicates, 1 refused."
    refused = [dialog.preview.item(r, 2).text() for r in range(dialog.preview.rowCount())
               if dialog.preview.item(r, 1).text() == "refused"]
    assert refused == ["E-posta: “not-an-email” does not look like an email address."]
    assert not dialog.import_button.isEnabled()  # a refused row: Import waits until it is skipped by choice
    combo = dialog.mapping.cellWidget(3, 1)  # "Kişi Notu" was not recognised: map it to the notes by hand
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("notes"))
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert Client.select().count() == 3 and Client.get(Client.email == "ayse@kahve.com.tr").notes == "VIP"
    assert dialog.message.text().startswith("Imported 3;")


def test_a_pdf_renamed_to_csv_is_refused_in_place(qtbot, sqlite_db, tmp_path):
    path = tmp_path / "clients.csv"
    path.write_bytes(b"%PDF-1.7\n")
    dialog = ImportDialog(None, "clients", path)
    qtbot.addWidget(dialog)
    assert "is a PDF, not a CSV file" in dialog.message.text() and not dialog.import_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "tr", "el", "ms"])
def test_screenshot_of_the_preview(qtbot, qapp, sqlite_db, csv_file, output_dir, language):
    i18n.install(qapp, language)
    try:
        dialog = ImportDialog(None, "clients", csv_file)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        folder = output_dir / "import"
        folder.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(folder / f"import-preview-{language}.png"))
        if language != "en":
            assert dialog.windowTitle() != "Import from a CSV file"
    finally:
        i18n.install(qapp, "en")


def test_continue_numbering_in_settings(qtbot, sqlite_db, today):
    from studio_app.work import invoices
    from tests import factories
    from ui.views.settings_view import SettingsView
    factories.studio()
    view = SettingsView()
    qtbot.addWidget(view)
    control = view.continue_numbering
    control.year.setValue(2026)
    control.after.setValue(41)
    control.button.click()
    assert control.result.text() == "Done: the next number of this series is number 42."
    client = factories.client()
    assert factories.issued_invoice(client.id).number == "INV-2026-0042"
    control.after.setValue(5)
    control.button.click()
    assert "INV-2026-0042 is already issued or imported" in control.result.text()
    assert invoices.by_number("INV-2026-0042")


def test_an_imported_invoice_says_where_it_came_from(qtbot, window, asked, tmp_path, today):
    from studio_app.importing import plan
    from studio_app.store.models import Invoice
    from tests import factories
    from tests.ui.test_workflow import click
    factories.studio()
    factories.client(name="Kaya Tasarım", email="deniz@kaya.com.tr")
    path = samples.write(tmp_path, "old-tool.csv", "Number,Client,Date,Total,Paid\nOLD-7,Kaya Tasarım,2026-01-15,"
                                                   "1000.00,400.00\n")
    plan.import_csv("invoices", path)
    window.open_record("invoice", Invoice.get(Invoice.number == "OLD-7").id)
    editor = window.sections["invoices"].editor
    assert editor.badge.text() == "Partly paid · imported from old-tool.csv, no PDF"
    assert editor.payment_button.isVisible()  # the rest can still be paid
    click(qtbot, editor.preview_button)  # no PDF we drew: the designer is told where the invoice came from
    assert asked.last.kind == "warning" and "OLD-7 was imported from old-tool.csv" in asked.last.text


def test_file_import_opens_the_window_and_the_list_shows_what_came_in(qtbot, window, asked, tmp_path):
    path = samples.write(tmp_path, "ninja.csv", samples.INVOICE_NINJA_CLIENTS)

    def fill(dialog):
        assert dialog.current_kind() == "clients"
        dialog.load(path)
        dialog.import_button.click()

    asked.fill(ImportDialog, fill)
    window.show_view("clients")
    window.import_action.trigger()
    assert asked.last.kind == "dialog" and asked.last.title == "Import from a CSV file"
    assert window.sections["clients"].list.model.rowCount() == 2
