"""Settings → Documents: edit a clause in place, see it on the sample document, save, reset; unknown placeholders
refused; what was issued keeps its words. Screenshots of the page (and of the assistant) in every language."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from studio_app.work import contracts, issuing, studio_texts
from tests import factories
from ui import i18n
from ui.dialogs.first_run import FirstRunAssistant
from ui.views.documents_settings import DocumentsSettings

from .conftest import settle


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def page(window):
    window.show_view("settings")
    documents = window.settings_view.show_tab("documents")
    assert window.settings_tabs.currentWidget().widget() is documents and documents.isVisible()
    return documents


def test_edit_a_clause_in_place_with_a_live_preview_then_save(page, qtbot):
    page.language.setCurrentIndex(page.language.findData("en"))
    page.select("clause.portfolio")
    assert "{client}" in page.placeholders.text() and "{deposit_percent}" in page.placeholders.text()
    page.editor.setPlainText("We may show the work for {client} in our portfolio.")
    qtbot.waitUntil(lambda: bool(page.preview_pdf) and "for Şişli Kahve Evi in our portfolio" in
                    pdf_text(page.preview_pdf), timeout=10_000)
    assert page.pages.count() >= 2  # every page of the sample contract
    assert studio_texts.text("en", "clause.portfolio") != page.editor.toPlainText()  # not saved while typing
    page.save_button.click()
    assert studio_texts.text("en", "clause.portfolio") == "We may show the work for {client} in our portfolio."
    assert page.keys.currentItem().text().endswith("✎") and page.state.text() == "Your own wording"


def test_unknown_placeholder_is_named_and_cannot_be_saved(page):
    page.select("pay_by")
    page.editor.setPlainText("Please pay {amount} by {date}, thanks to {studio_owner}.")
    assert "{studio_owner}" in page.message.text() and "{amount}" in page.message.text()
    assert not page.save_button.isEnabled()
    assert not page.save() and studio_texts.edited("en") == {}


def test_reset_to_the_shipped_text_asks_first(page, asked):
    page.language.setCurrentIndex(page.language.findData("tr"))
    page.select("clause.general")
    page.editor.setPlainText("Kendi metnimiz.")
    page.save_button.click()
    asked.answer("Yes")
    page.reset_button.click()
    assert "Put back the text Studio Desk ships" in asked.last.text
    assert page.editor.toPlainText() == studio_texts.shipped("tr", "clause.general")
    assert studio_texts.edited("tr") == {} and page.state.text() == "The shipped text"


def test_a_saved_clause_is_frozen_into_the_issued_contract(page):
    factories.studio()
    page.language.setCurrentIndex(page.language.findData("en"))
    page.select("clause.general")
    page.editor.setPlainText("Our own general terms, agreed with {client}.")
    page.save_button.click()
    client = factories.client(language="en")
    _quote, drafted, _deposit = factories.accepted_quote(factories.project(client.id).id)
    issued = contracts.issue(drafted.id)
    page.editor.setPlainText("Changed after issuing.")
    page.save_button.click()
    text = pdf_text(issuing.pdf_bytes("contract", issued.id))
    assert "Our own general terms, agreed with Şişli Kahve Evi." in text and "Changed after issuing" not in text


def test_screenshots_in_every_language(window, qtbot, qapp, output_dir, translations_built):
    shots = output_dir / "documents_settings"
    shots.mkdir(exist_ok=True)
    assistant_shots = output_dir / "first_run"
    assistant_shots.mkdir(exist_ok=True)
    try:
        for language in ("en", "tr", "el", "ms"):
            i18n.install(qapp, language)
            page = DocumentsSettings()
            qtbot.addWidget(page)
            page.resize(1400, 820)
            page.show()
            page.language.setCurrentIndex(page.language.findData(language))
            page.load()
            page.select("clause.late_interest")
            page.render_preview()
            settle()
            page.preview.ensureWidgetVisible(page.pages.itemAt(page.pages.count() - 1).widget())  # the clause
            settle()
            page.grab().save(str(shots / f"{language}.png"))
            assistant = FirstRunAssistant(window)
            qtbot.addWidget(assistant)
            assistant.show()
            assistant.grab().save(str(assistant_shots / f"{language}-studio.png"))
            assistant.fields["name"].setText("Atelier Ege")
            for _ in range(4):
                assistant.next()
            settle()
            assistant.grab().save(str(assistant_shots / f"{language}-preview.png"))
            assistant.close()
    finally:
        i18n.install(qapp, "en")
