"""Sending from the window, through a real SMTP server on loopback: the invoice editor's Send, the dashboard's
draft buttons, the outbox's Retry after the server was down, the settings' test message, and bad input refused."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from studio_app.mail import outbox, templates
from studio_app.work import interactions, invoices, projects, settings
from tests import factories
from tests.smtp_server import SmtpServer, point_studio_at, smtp_server  # noqa: F401 (the fixture)
from tests.ui.conftest import settle
from ui.dialogs.compose import ComposeDialog

pytestmark = pytest.mark.gui


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def send(qtbot):
    """A filler for the compose dialog: press Send as it was drafted."""
    return lambda dialog: click(qtbot, dialog.send_button)


def attachments(message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


@pytest.fixture
def studio(today):
    factories.studio()


def test_send_in_the_invoice_editor_delivers_the_pdf_and_logs_it(qtbot, window, studio, smtp_server, asked):
    point_studio_at(smtp_server)
    client = factories.client(name="Çağla Yılmaz", email="cagla@example.com, muhasebe@example.com")
    invoice = factories.issued_invoice(client.id)
    window.open_record("invoice", invoice.id)
    editor = window.sections["invoices"].editor
    shown = []
    asked.fill(ComposeDialog, lambda d: (shown.append((d.to.text(), d.cc.text(), d.subject.text(),
                                                       [d.attachments.item(i).text()
                                                        for i in range(d.attachments.count())])),
                                         click(qtbot, d.send_button)))
    click(qtbot, editor.send_button)
    (to, cc, subject, names), = shown
    assert to == "cagla@example.com" and cc == "muhasebe@example.com" and invoice.number in subject
    assert names == [f"{invoice.number}.pdf"]
    (message,) = smtp_server.messages
    assert message["Subject"] == subject and message["Cc"] == "muhasebe@example.com"
    pdf = attachments(message)[f"{invoice.number}.pdf"]
    assert invoice.number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert not outbox.pending()
    assert invoice.number in interactions.for_client(client.id)[0].summary
    assert window.statusBar().currentMessage() == "Sent."


def test_a_draft_document_cannot_be_sent_and_an_issued_one_from_the_list(qtbot, window, studio, smtp_server, asked):
    point_studio_at(smtp_server)
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "Logo", "quantity": "1", "unit_price": "500",
                                                     "tax_rate": "20"}])
    issued = factories.issued_invoice(client.id)
    window.show_view("invoices")
    listing = window.sections["invoices"].list
    listing.refresh()
    listing.select_id(draft.id)
    assert not listing.send_button.isEnabled()
    assert [a.isEnabled() for a in listing.context_actions() if a in (listing.send_action, listing.reminder_action)] \
        == [False, False]
    listing.select_id(issued.id)
    assert listing.send_button.isEnabled()
    asked.fill(ComposeDialog, send(qtbot))
    click(qtbot, listing.send_button)
    (message,) = smtp_server.messages
    assert issued.number in message["Subject"]


def test_an_invalid_address_is_refused_in_the_dialog_and_nothing_is_sent(qtbot, window, studio, smtp_server, asked):
    point_studio_at(smtp_server)
    invoice = factories.issued_invoice(factories.client().id)
    window.open_record("invoice", invoice.id)
    editor = window.sections["invoices"].editor
    seen = []

    def fill(dialog):
        dialog.to.setText("ayse@example.com, not an address")
        click(qtbot, dialog.send_button)
        seen.append((dialog.message.text(), dialog.isVisible()))
    asked.fill(ComposeDialog, fill)
    click(qtbot, editor.send_button)
    assert seen == [("“not an address” is not an e-mail address.", True)]  # the dialog stays open, all kept
    assert smtp_server.messages == [] and outbox.pending() == []


def test_the_dashboards_update_button_drafts_sends_and_the_line_leaves(qtbot, window, studio, smtp_server, asked):
    point_studio_at(smtp_server)
    settings.update({"update_interval_days": 7})
    client = factories.client(name="Eleni Papadopoulou", email="eleni@example.gr", language="el")
    project = factories.project(client.id, start_date="2026-10-01")
    projects.update(project.id, status="active")
    window.show_view("dashboard")
    settle()
    dashboard = window.dashboard
    (line,) = [dashboard.updates.item(i) for i in range(dashboard.updates.count())]
    assert not dashboard.update_button.isEnabled()
    qtbot.mouseClick(dashboard.updates.viewport(), Qt.MouseButton.LeftButton,
                     pos=dashboard.updates.visualItemRect(line).center())
    settle()
    assert window.current_page() == "dashboard"  # a click selects; the draft is one more click away
    drafted = []
    asked.fill(ComposeDialog, lambda d: (drafted.append(d.body.toPlainText()), click(qtbot, d.send_button)))
    click(qtbot, dashboard.update_button)
    assert "First concepts" in drafted[0]  # the next milestone, in the client's Greek message
    (message,) = smtp_server.messages
    assert message["To"] == "eleni@example.gr"
    assert not any("Brand identity" in dashboard.updates.item(i).text() for i in range(dashboard.updates.count()))
    assert interactions.for_project(project.id)[0].kind == "update"
    window.open_record("project", project.id)  # the project's conversation shows the message sent
    log = window.sections["projects"].editor.log
    assert any(message["Subject"] in log.item(i).text() for i in range(log.count()))


def test_the_delay_notice_is_prefilled_and_sent_from_the_dashboard(qtbot, window, studio, smtp_server, asked):
    from ui.dialogs.delay import DelayDialog
    point_studio_at(smtp_server)
    client = factories.client(email="ayse@example.com", language="en")
    project = factories.project(client.id, deadline="2026-11-30")
    projects.update(project.id, status="active")
    window.show_view("dashboard")
    settle()
    dashboard = window.dashboard
    dashboard.at_risk.setCurrentRow(0)
    texts = []

    def fill(dialog):
        import datetime as dt
        dialog.new_date.set_value(dt.date(2026, 12, 14))
        texts.append(dialog.summary.toPlainText())
        asked.fill(ComposeDialog, send(qtbot))
        click(qtbot, dialog.send_button)
    asked.fill(DelayDialog, fill)
    click(qtbot, dashboard.delay_button)
    assert "14 December 2026" in texts[0]  # the message follows the new date
    (message,) = smtp_server.messages
    assert "14 December 2026" in message.get_content()
    assert str(projects.get(project.id).deadline) == "2026-12-14"
    panel = dashboard.panel_of[dashboard.at_risk]
    assert dashboard.at_risk.count() == 0 and panel.body.currentWidget() is panel.empty  # off the list


def test_an_overdue_invoice_gets_its_reminder_from_the_dashboard_and_shows_it(qtbot, window, studio, smtp_server,
                                                                            asked):
    import datetime as dt
    from studio_app.work import clock
    point_studio_at(smtp_server)
    with clock.frozen(dt.datetime(2026, 10, 1, 9, 0)):
        invoice = factories.issued_invoice(factories.client(language="en").id)
    window.show_view("dashboard")
    settle()
    dashboard = window.dashboard
    dashboard.overdue.setCurrentRow(0)
    assert [text for text, _ in dashboard.context_actions(dashboard.overdue, dashboard.overdue.item(0))] == [
        "Open", "Draft the reminder…"]
    names = []
    asked.fill(ComposeDialog, lambda d: (names.append([d.attachments.item(i).text()
                                                       for i in range(d.attachments.count())]),
                                         click(qtbot, d.send_button)))
    click(qtbot, dashboard.overdue_button)
    assert names[0][-1] == f"{invoice.number}.pdf" and len(names[0]) == 2  # the reminder letter, then the invoice
    (message,) = smtp_server.messages
    assert invoice.number in message["Subject"] and len(attachments(message)) == 2
    window.open_record("invoice", invoice.id)
    editor = window.sections["invoices"].editor
    assert editor.reminder_button.isVisible()
    assert "23 Nov 2026 Reminder 1 sent to " in editor.side.activity.text()


def test_outbox_retry_sends_once_the_server_is_up(qtbot, window, studio, asked):
    server = SmtpServer()  # the port is known, nothing listens yet
    point_studio_at(server)
    invoice = factories.issued_invoice(factories.client().id)
    window.open_record("invoice", invoice.id)
    said = []

    def fill(dialog):
        click(qtbot, dialog.send_button)
        said.append(dialog.message.text())
    asked.fill(ComposeDialog, fill)
    click(qtbot, window.sections["invoices"].editor.send_button)
    assert said[0].startswith("Not sent: ") and "refused the connection" in said[0]
    assert window.outbox_button.isVisible() and "1 message" in window.outbox_button.text()
    click(qtbot, window.outbox_button)
    view = window.outbox_view
    assert window.current_page() == "outbox" and view.table.rowCount() == 1
    assert "refused the connection" in view.table.item(0, 4).text() and view.table.item(0, 3).text() == "1"
    server.start()
    try:
        view.table.selectRow(0)
        click(qtbot, view.retry_button)
        assert view.message.text() == "Sent." and view.table.rowCount() == 0
        assert len(server.messages) == 1 and not window.outbox_button.isVisible()
    finally:
        server.stop()


def test_retry_on_start_says_what_happened_in_the_status_bar(qtbot, window, studio, smtp_server):
    from studio_app.mail import compose
    point_studio_at(smtp_server)
    invoice = factories.issued_invoice(factories.client().id)
    outbox.queue(compose.draft_for_document("invoice", invoice.id))
    window.retry_outbox()
    assert len(smtp_server.messages) == 1
    assert window.statusBar().currentMessage() == "1 message from the outbox sent."


def test_settings_test_message_and_a_template_with_an_unknown_placeholder(qtbot, window, studio, smtp_server):
    window.show_view("settings")
    view = window.settings_view
    view.show_tab("email")
    mail = view.mail
    mail.inputs["sender_email"].setText("deniz@studio.example")
    mail.inputs["smtp_host"].setText("127.0.0.1")
    mail.inputs["smtp_port"].setValue(smtp_server.port)
    mail.inputs["smtp_security"].setCurrentIndex(mail.inputs["smtp_security"].findData("none"))
    click(qtbot, mail.test_button)
    assert view.message.text() == "Test message sent to deniz@studio.example. Check that it arrived."
    (message,) = smtp_server.messages
    assert message["To"] == "deniz@studio.example" and settings.get().smtp_port == smtp_server.port  # saved first
    mail.inputs["smtp_port"].setValue(SmtpServer().port)  # nothing listens there
    click(qtbot, mail.test_button)
    assert view.message.text().startswith("The test message was not sent: ") and "refused" in view.message.text()
    mail.template_language.setCurrentIndex(mail.template_language.findData("tr"))
    mail.template_name.setCurrentIndex(mail.template_name.findData("invoice"))
    assert mail.template_subject.text() == templates.get("invoice", "tr")[0]
    mail.template_body.setPlainText("Merhaba {client}, {iban} hesabımıza.")
    click(qtbot, mail.save_template_button)
    assert "{iban}" in view.message.text() and view.message.objectName() == "formError"
    assert templates.get("invoice", "tr")[1] != "Merhaba {client}, {iban} hesabımıza."
    mail.template_body.setPlainText("Merhaba {client}, fatura {number} ektedir.")
    click(qtbot, mail.save_template_button)
    assert templates.get("invoice", "tr")[1] == "Merhaba {client}, fatura {number} ektedir."


def test_settings_keep_the_password_in_the_keyring_never_on_screen(qtbot, window, studio, tmp_path):
    import keyring
    from tests.file_keyring import FileKeyring
    from studio_app.mail import settings as mail_settings
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    try:
        window.show_view("settings")
        view = window.settings_view
        mail = view.mail
        mail.inputs["smtp_host"].setText("smtp.example.com")
        mail.inputs["smtp_user"].setText("deniz")
        mail.password.setText("Şifre-42")
        assert view.save()
        assert mail_settings.password(settings.get()) == "Şifre-42"
        assert mail.password.text() == "" and "password store" in mail.password.placeholderText()
        assert "Şifre-42" not in str(settings.get().__data__)
    finally:
        keyring.set_keyring(previous)
        mail_settings._session.clear()


def test_hand_off_mode_opens_the_eml_in_the_mail_program(qtbot, window, studio, asked):
    settings.update({"mail_mode": "eml", "sender_email": "deniz@studio.example"})
    invoice = factories.issued_invoice(factories.client().id)
    window.open_record("invoice", invoice.id)
    opened = []

    def fill(dialog):
        assert not dialog.send_button.isVisible()
        dialog.opener = lambda url: opened.append(url) or True
        click(qtbot, dialog.hand_button)
    asked.fill(ComposeDialog, fill)
    click(qtbot, window.sections["invoices"].editor.send_button)
    (url,) = opened
    assert url.isLocalFile() and url.toLocalFile().endswith(".eml")
    with open(url.toLocalFile(), "rb") as file:
        raw = file.read()
    assert b"X-Unsent: 1" in raw and f"{invoice.number}.pdf".encode() in raw
    assert outbox.pending() == []  # the mail program sends it, not us


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_compose_dialog_and_the_email_settings(qtbot, qapp, window, studio, output_dir, theme):
    from studio_app.mail import compose
    from ui import theme as themes
    themes.apply(qapp, theme)
    settings.update({"sender_name": "Deniz Design Studio", "sender_email": "deniz@deniz.design",
                     "smtp_host": "smtp.deniz.design", "smtp_port": 587, "smtp_user": "deniz"})
    client = factories.client(name="Çağla Yılmaz", email="cagla@example.com, muhasebe@example.com")
    invoice = factories.issued_invoice(client.id)
    dialog = ComposeDialog(compose.draft_for_document("invoice", invoice.id), window)
    qtbot.addWidget(dialog)
    dialog.resize(720, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    assert dialog.grab().save(str(output_dir / f"mail-compose-{theme}.png"))
    dialog.reject()
    window.show_view("settings")
    window.settings_view.show_tab("email")
    settle()
    assert window.grab().save(str(output_dir / f"mail-settings-{theme}.png"))


def test_without_attachments_the_mail_program_gets_a_mailto_and_eml_is_saved(qtbot, sqlite_db, studio, asked,
                                                                            tmp_path):
    from studio_app.mail import compose
    settings.update({"sender_email": "deniz@studio.example"})
    draft = compose.Draft(["ayse@example.com"], [], "Teslim tarihi", "Merhaba Ayşe,\nyeni tarih 14 Aralık.",
                          [compose.Attachment("brief.pdf", "application/pdf", b"%PDF-1.7 brief", "")])
    opened = []
    dialog = ComposeDialog(draft, opener=lambda url: opened.append(url) or True, hand_off=True)
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "message.eml"
    asked.answer(str(path))
    click(qtbot, dialog.eml_button)
    assert path.read_bytes().count(b"brief.pdf") >= 1 and dialog.message.text() == "Saved as message.eml."
    dialog.attachments.setCurrentRow(0)
    click(qtbot, dialog.remove_button)
    assert dialog.attachments.isHidden() and dialog.draft.attachments == []
    click(qtbot, dialog.hand_button)
    (url,) = opened
    assert url.scheme() == "mailto" and url.path() == "ayse@example.com"
    assert "subject=Teslim%20tarihi" in url.toString(url.ComponentFormattingOption.FullyEncoded)
    assert dialog.status == "handed" and outbox.pending() == []
