"""The first-run assistant: filled and finished, the studio is set up; bad input named; the sample database."""

from __future__ import annotations

import io

from PySide6.QtCore import QSettings
from pypdf import PdfReader

from studio_app.store import db
from studio_app.work import first_day, settings
from ui import first_day as window_first_day
from ui.dialogs.first_run import FirstRunAssistant

from .conftest import settle

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" '
       b'fill="#2F5D8A"/><circle cx="20" cy="20" r="12" fill="#ffffff"/></svg>')


def fill_studio(wizard: FirstRunAssistant, tmp_path) -> None:
    f = wizard.fields
    f["name"].setText("Atelier Ege")
    f["address"].setPlainText("Kordon 3\n35220 İzmir")
    f["email"].setText("merhaba@atelier-ege.com.tr")
    (tmp_path / "logo.svg").write_bytes(SVG)
    assert wizard.load_logo(tmp_path / "logo.svg") and wizard.logo.startswith(b"\x89PNG")
    wizard.next()
    wizard.country.setCurrentIndex(wizard.country.findData("TR"))
    assert f["currency"].value() == "TRY" and f["currency"].currentText() == "Turkish Lira (TRY)"
    assert f["tax_rate"].text() == "20"
    assert f["paper_size"].currentData() == "A4" and f["language"].currentData() == "tr"
    wizard.next()
    f["iban"].setText("TR33 0006 1005 1978 6457 8413 26")
    f["payment_methods"].setPlainText("Havale / EFT\nPayPal")
    wizard.next()
    f["weekly_capacity_hours"].setValue(30)
    f["deposit_percent"].setText("40")
    f["included_rounds"].setValue(3)
    f["extra_round_fee"].setText("1500")
    wizard.next()


def test_assistant_filled_and_finished_sets_up_the_studio(window, asked, qtbot, tmp_path, output_dir):
    assert window_first_day.should_offer() is False or first_day.is_new_studio()
    seen = {}

    def fill(wizard: FirstRunAssistant) -> None:
        fill_studio(wizard, tmp_path)
        assert wizard.currentPage() is wizard.preview_page
        text = " ".join(PdfReader(io.BytesIO(wizard.preview_page.pdf)).pages[0].extract_text().split())
        seen["text"] = text
        assert not wizard.preview_page.image.pixmap().isNull()
        shots = output_dir / "first_run"
        shots.mkdir(exist_ok=True)
        wizard.grab().save(str(shots / "preview.png"))
        wizard.finish_button.click()

    asked.fill(FirstRunAssistant, fill)
    window.first_run()
    assert "Atelier Ege" in seen["text"] and "Teklif" in seen["text"]  # the sample quote, in Turkish
    studio = settings.get()
    assert (studio.name, studio.currency, str(studio.tax_rate), studio.language) == ("Atelier Ege", "TRY", "20", "tr")
    assert (studio.weekly_capacity_hours, str(studio.deposit_percent), studio.included_rounds,
            studio.extra_round_fee) == (30, "40", 3, 150000)
    assert studio.iban == "TR330006100519786457841326" and bytes(studio.logo).startswith(b"\x89PNG")
    assert QSettings().value("first_run/done", type=bool)
    assert not first_day.is_new_studio()


def test_invalid_iban_and_unreadable_logo_are_refused_naming_the_field(window, asked, tmp_path):
    def fill(wizard: FirstRunAssistant) -> None:
        assert not wizard.load_logo(tmp_path / "missing.png")
        assert wizard.studio_page.message.text().startswith("Logo:") and "missing.png" in \
            wizard.studio_page.message.text()
        (tmp_path / "broken.svg").write_bytes(b"<svg nonsense")
        assert not wizard.load_logo(tmp_path / "broken.svg") and "broken.svg" in wizard.studio_page.message.text()
        wizard.fields["name"].setText("Atelier Ege")
        wizard.next()
        wizard.next()
        wizard.fields["iban"].setText("DE89 3704 0044 0532 0130 01")
        wizard.next()
        assert wizard.currentPage() is wizard.paid_page
        assert wizard.paid_page.message.text().startswith("IBAN:") and "check digits" in \
            wizard.paid_page.message.text()
        wizard.skip_button.click()  # Skip

    asked.fill(FirstRunAssistant, fill)
    window.first_run()
    assert settings.get().name == first_day.DEFAULT_NAME and settings.get().iban == ""


def test_explore_with_sample_data_opens_the_demo_database_marked_in_the_title(window, asked, qtbot):
    asked.fill(FirstRunAssistant, lambda wizard: wizard.preview_page.sample_button.click())
    replacement = window_first_day.run_assistant(window)
    qtbot.addWidget(replacement)
    settle()
    assert replacement is not window and "Sample data" in replacement.windowTitle()
    assert replacement.sample_badge.isVisible() and "Sample data" in replacement.sample_badge.text()
    assert db.sqlite_path().name == first_day.SAMPLE_FILE and not first_day.is_new_studio()
    assert settings.get().name != first_day.DEFAULT_NAME  # the demo studio, not the designer's
    replacement.show_view("clients")
    assert replacement.sections["clients"].list.model.rowCount() > 0
    assert not replacement.first_run_action.isEnabled()
    own = window_first_day.open_own(replacement)
    qtbot.addWidget(own)
    assert "Sample data" not in own.windowTitle() and db.sqlite_path().name != first_day.SAMPLE_FILE
    assert first_day.is_new_studio()  # the studio's own database, untouched by the sample


def test_assistant_is_offered_on_a_new_studio_only_once(window, monkeypatch):
    monkeypatch.delenv(window_first_day.NO_ASSISTANT, raising=False)
    assert window_first_day.should_offer()
    QSettings().setValue("first_run/done", True)
    assert not window_first_day.should_offer()


def test_assistant_screenshot_of_its_first_page(window, qtbot, output_dir):
    wizard = FirstRunAssistant(window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    shots = output_dir / "first_run"
    shots.mkdir(exist_ok=True)
    wizard.grab().save(str(shots / "studio.png"))
    wizard.next()
    wizard.grab().save(str(shots / "country.png"))
    assert wizard.windowTitle() == "Welcome to Studio Desk"
    wizard.close()


def test_on_a_new_studio_the_work_after_the_first_paint_waits_for_the_assistants_paint(window, asked, qtbot,
                                                                                       monkeypatch):
    """The assistant is modal: the fonts, the collector, the backup and the outbox start once it has painted."""
    monkeypatch.delenv(window_first_day.NO_ASSISTANT, raising=False)
    started: list[str] = []

    def fill(wizard: FirstRunAssistant) -> None:
        assert started == []  # built and shown, not yet painted
        qtbot.waitExposed(wizard)
        wizard.repaint()
        qtbot.waitUntil(lambda: started == ["after the paint"])
        wizard.skip_button.click()

    asked.fill(FirstRunAssistant, fill)
    window_first_day.offer(window, painted=lambda: started.append("after the paint"))
    assert started == ["after the paint"]
    QSettings().setValue("first_run/done", True)
    window_first_day.offer(window, painted=lambda: started.append("at once"))  # no assistant: straight away
    assert started == ["after the paint", "at once"]


def test_the_later_pages_get_their_fields_when_first_needed(window, qtbot):
    """Babel's named and sorted country and currency lists and its number formats wait until their page is shown
    (not before the first paint); the fields then stand in the pages' order, as the checks name them."""
    wizard = FirstRunAssistant(window)
    qtbot.addWidget(wizard)
    assert wizard.money_page.form.rowCount() == wizard.work_page.form.rowCount() == 0
    assert "country" not in wizard.fields and "extra_round_fee" not in wizard.fields
    wizard.fields["name"].setText("Atelier Ege")
    wizard.next()
    assert wizard.currentPage() is wizard.money_page and wizard.money_page.form.rowCount() == 4
    assert wizard.work_page.form.rowCount() == 0
    assert wizard.country.value() == "" and wizard.fields["currency"].value() == settings.get().currency
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.work_page and wizard.work_page.form.rowCount() == 6
    assert list(wizard.fields) == ["name", "address", "email", "phone", "website", "tax_id", "country", "currency",
                                   "tax_rate", "paper_size", "account_holder", "bank_name", "iban", "bic",
                                   "payment_methods", "interface_language", "language", "weekly_capacity_hours",
                                   "deposit_percent", "included_rounds", "extra_round_fee"]
    assert wizard.interface_language.currentData() == "en" and wizard.fields["extra_round_fee"].text()
