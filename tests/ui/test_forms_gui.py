"""Formats, pickers and forms: one date format per language, money with the currency's rules, countries and
currencies picked by name, the accent colour from a swatch, quiet forms until touched, one Settings tab bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea

from studio_app.work import projects, settings
from tests import factories
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def greek(qapp, translations_built):
    from ui import i18n
    i18n.install(qapp, "el")
    yield
    i18n.install(qapp, "en")


def test_one_date_format_in_lists_editors_and_scope_tables(qtbot, greek):
    from ui import formatting
    from ui.views.scope_actions import RowsTable
    from ui.widgets.fields import DateField
    day = dt.date(2026, 11, 30)
    assert formatting.date(day) == "30 Νοε 2026"
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(day)
    assert field.text() == "30 Νοε 2026" and field.locale().name() == "el_GR"
    table = RowsTable(("title", "due_date"), ["Ορόσημο", "Προθεσμία"])
    qtbot.addWidget(table)
    table.add_row({"title": "Σκίτσα", "due_date": day})
    assert table.item(0, 1).text() == "30 Νοε 2026"
    assert table.rows() == [{"title": "Σκίτσα", "due_date": day}]


def test_a_country_and_a_currency_are_picked_by_their_names_typed_without_accents(qtbot, qapp, translations_built):
    from ui import i18n
    from ui.widgets.pickers import country_picker, currency_picker
    i18n.install(qapp, "tr")
    try:
        country, currency = country_picker(), currency_picker()
    finally:
        i18n.install(qapp, "en")
    for box in (country, currency):
        qtbot.addWidget(box)
    names = [country.itemText(i) for i in range(country.count())]
    assert names.index("Çin") < names.index("Danimarka") and names.index("Cezayir") < names.index("Çin")
    country.filter.set_needle("almanya")
    assert [country.filter.index(r, 0).data() for r in range(country.filter.rowCount())] == ["Almanya"]
    country.filter.set_needle("turkiye")
    assert country.filter.rowCount() == 1 and country.filter.index(0, 0).data() == "Türkiye"
    country.set_value("GR")
    assert country.currentText() == "Yunanistan" and country.value() == "GR"
    currency.setEditText("try")
    currency.lineEdit().editingFinished.emit()
    assert currency.value() == "TRY" and currency.currentText() == "Türk lirası (TRY)"
    country.setEditText("Atlantis")
    assert country.value() == "Atlantis"  # kept as typed: the client service refuses it by name


def test_the_note_dialog_opens_quiet_and_save_names_what_is_missing(qtbot, sqlite_db, today):
    from ui.dialogs.interaction import InteractionDialog
    factories.studio()
    client = factories.client()
    dialog = InteractionDialog(client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not dialog.message.isVisible() and save.isEnabled()
    assert dialog.summary.property("invalid") is not True
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible() and "Summary is required" in dialog.message.text()
    assert dialog.summary.property("invalid") is True and not save.isEnabled()
    dialog.summary.setPlainText("Called about the poster sizes.")
    assert not dialog.message.isVisible() and save.isEnabled()


def test_a_lost_project_offers_no_quote_and_no_final_invoice_and_its_prices_are_formatted(window, today):
    factories.studio()
    client = factories.client()
    project = projects.create(client.id, title="Poster series", price="105000", currency="EUR")
    window.open_record("project", project.id)
    editor = window.sections["projects"].editor
    assert editor.inputs["price"].text() == "105,000.00"
    assert editor.quote_button.isVisible() and editor.final_button.isVisible()
    projects.update(project.id, status="lost")
    editor.load(project.id)
    settle()
    assert not editor.quote_button.isVisible() and not editor.final_button.isVisible()
    assert editor.ended_note.isVisible() and editor.ended_note.text().startswith("Lost:")


def test_settings_is_one_tab_bar_with_one_label_width_per_page_and_nothing_cut_off(window, asked, output_dir):
    factories.studio()
    window.show_view("settings")
    view = window.settings_view
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Studio", "Invoicing defaults", "Documents", "E-mail", "Appearance and data"]
    shots = output_dir / "screenshots" / "settings"
    shots.mkdir(parents=True, exist_ok=True)
    for name in view.TABS:
        page = view.show_tab(name)
        settle()
        window.grab().save(str(shots / f"settings-{name}.png"))
        if isinstance(page, QScrollArea):
            assert not page.horizontalScrollBar().isVisible(), name  # the page fits 1280 px
            widths = {label.width() for label in page.widget().findChildren(QLabel)
                      if isinstance(label.parentWidget().layout(), QFormLayout) and label.isVisible()
                      and _is_form_label(label)}
            assert len(widths) <= 1, (name, widths)
    assert view.save_button.isHidden() is False
    view.show_tab("documents")
    assert view.save_button.isHidden()


def _is_form_label(label: QLabel) -> bool:
    form = label.parentWidget().layout()
    at, role = form.getWidgetPosition(label)
    return at >= 0 and role == QFormLayout.ItemRole.LabelRole


def test_the_accent_colour_is_chosen_on_a_swatch_and_saved(qtbot, window, asked):
    factories.studio()
    window.show_view("settings")
    view = window.settings_view
    view.show_tab("desk")
    picker = view.inputs["accent_color"]

    def pick(dialog: QColorDialog) -> None:
        dialog.setCurrentColor("#8A2F5D")
        dialog.accept()

    asked.fill(QColorDialog, pick)
    qtbot.mouseClick(picker.swatch, Qt.MouseButton.LeftButton)
    assert picker.hex.text() == "#8A2F5D" and not picker.swatch.icon().isNull()
    assert not picker.findChildren(QColorDialog)  # gone at once, not left hidden for every restyle to polish
    assert view.save()
    assert settings.get().accent_color == "#8A2F5D"
    picker.hex.setText("blue")
    assert not view.save_button.isEnabled() and "#2F5D8A" in view.message.text()


@pytest.mark.parametrize("language, expected", [("en", "TRY\u00a0263.5k"), ("ms", "TRY\u00a0263.5K"),
                                                ("el", "263,5\u00a0χιλ.\u00a0TRY")])
def test_a_compact_amount_keeps_its_currency_code_apart_from_the_figure(language, expected):
    from ui import formatting
    formatting.set_language(language)
    try:
        assert formatting.compact_amount(26_350_000, "TRY") == expected
        assert "\u00a0" not in formatting.compact_amount(4_560_000, "GBP").replace("\u00a0χιλ.\u00a0", "")
    finally:
        formatting.set_language("en")
