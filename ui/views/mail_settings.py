"""Settings → E-mail: the sender, the way messages leave (an SMTP server, or the studio's own mail program), the
reminder ladder and late-payment terms, and the studio's own wording of each message per language."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from studio_app.mail import outbox, templates
from studio_app.mail import settings as mail_settings
from studio_app.text.errors import StudioError
from studio_app.work import settings
from ui.i18n import error_text
from ui.widgets import choices
from ui.widgets.fields import SpinBox, align_labels, changed_signal, form_layout, set_value, value_of

Report = Callable[[str, bool], None]  # (text, is_error): the settings view's message line
Save = Callable[[], bool]  # the settings view's Save: True when everything was saved

TEXT = ("sender_name", "sender_email", "smtp_host", "smtp_user", "late_interest_rate")
# Each message kind by the name a designer knows it by (marked for lupdate, translated when shown).
TEMPLATE_LABELS = {
    "quote": QT_TRANSLATE_NOOP("MailSettings", "Quote"),
    "contract": QT_TRANSLATE_NOOP("MailSettings", "Contract"),
    "invoice": QT_TRANSLATE_NOOP("MailSettings", "Invoice"),
    "deposit_request": QT_TRANSLATE_NOOP("MailSettings", "Deposit request"),
    "reminder_1": QT_TRANSLATE_NOOP("MailSettings", "Payment reminder 1 (friendly)"),
    "reminder_2": QT_TRANSLATE_NOOP("MailSettings", "Payment reminder 2 (firm)"),
    "reminder_3": QT_TRANSLATE_NOOP("MailSettings", "Payment reminder 3 (final)"),
    "thank_you": QT_TRANSLATE_NOOP("MailSettings", "Thank you for the payment"),
    "progress_update": QT_TRANSLATE_NOOP("MailSettings", "Progress update"),
    "delay_notice": QT_TRANSLATE_NOOP("MailSettings", "Delay notice"),
    "follow_up": QT_TRANSLATE_NOOP("MailSettings", "Follow-up after delivery"),
    "greeting": QT_TRANSLATE_NOOP("MailSettings", "Birthday or anniversary greeting"),
}


class MailSettings(QWidget):
    """The e-mail page. Its settings are saved with the rest by the settings view's Save (``values``); the
    password goes to the system's password store, and a template is saved with its own button."""

    def __init__(self, report: Report, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report, self.save_settings = report, save
        self._shown_once = False
        self.inputs: dict[str, QWidget] = {name: QLineEdit() for name in TEXT}
        self.inputs["mail_mode"] = self._combo({"smtp": self.tr("Send through an SMTP server"),
                                                "eml": self.tr("Hand each message to my mail program")})
        self.inputs["smtp_security"] = self._combo({"starttls": "STARTTLS", "ssl": "SSL/TLS",
                                                    "none": self.tr("None (not encrypted)")})
        port = SpinBox()
        port.setRange(1, 65535)
        self.inputs["smtp_port"] = port
        self.inputs["signature"] = QPlainTextEdit()
        self.inputs["signature"].setFixedHeight(72)
        self.inputs["late_interest_enabled"] = QCheckBox(self.tr("On the final reminder, at"))
        self.inputs["late_fee_enabled"] = QCheckBox(self.tr("€40 from business clients in the EU"))
        self.inputs["late_fee_enabled"].setToolTip(self.tr("Directive 2011/7/EU on late payment in commercial "
                                                           "transactions: a fixed sum for the cost of recovery"))
        self.steps = [SpinBox() for _ in range(3)]
        for box in self.steps:
            box.setRange(1, 365)
            box.setSuffix(self.tr(" days"))
            box.setMaximumWidth(110)  # three in a row beside a label: the page fits 1280 px
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Send test message"))
        self.test_button.clicked.connect(self.send_test)
        self.inputs["late_interest_rate"].setPlaceholderText(self.tr("e.g. 12.15"))
        self.inputs["late_interest_rate"].setMaximumWidth(72)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._group(self.tr("Sender"), [
            (self.tr("Name"), self.inputs["sender_name"]), (self.tr("Address"), self.inputs["sender_email"]),
            (self.tr("Signature"), self.inputs["signature"])]))
        self.server_box = self._group(self.tr("Sending"), [
            (self.tr("Messages are"), self.inputs["mail_mode"]), (self.tr("SMTP server"), self.inputs["smtp_host"]),
            (self.tr("Port"), port), (self.tr("Security"), self.inputs["smtp_security"]),
            (self.tr("User"), self.inputs["smtp_user"]), (self.tr("Password"), self.password),
            ("", self.test_button)])
        left.addWidget(self.server_box)
        ladder = QWidget()
        row = QHBoxLayout(ladder)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.steps:
            row.addWidget(box)
        row.addStretch(1)
        interest = QWidget()
        row = QHBoxLayout(interest)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inputs["late_interest_enabled"])
        row.addWidget(self.inputs["late_interest_rate"])
        row.addWidget(QLabel(self.tr("% a year")))
        row.addStretch(1)
        left.addWidget(self._group(self.tr("Payment reminders"), [
            (self.tr("Reminders 1, 2 and 3, days after the due date"), ladder),
            (self.tr("Late-payment interest"), interest),
            (self.tr("Compensation"), self.inputs["late_fee_enabled"])]))
        left.addStretch(1)
        right.addWidget(self._templates_group())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        columns.setSpacing(24)
        self.setLayout(columns)
        align_labels(*(box.layout() for box in self.findChildren(QGroupBox) if isinstance(box.layout(), QFormLayout)),
                     self.subject_form, most=180)
        self.inputs["mail_mode"].currentIndexChanged.connect(self._mode_changed)
        self.inputs["late_interest_enabled"].toggled.connect(self.inputs["late_interest_rate"].setEnabled)

    @staticmethod
    def _combo(items: dict[str, str]) -> QComboBox:
        box = QComboBox()
        for key, label in items.items():
            box.addItem(label, key)
        return box

    @staticmethod
    def _group(title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = form_layout(box)
        for label, widget in rows:
            form.addRow(label, widget)  # the test button sits in the field column
        return box

    def _templates_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Message texts"))
        layout = QVBoxLayout(box)
        self.template_language = choices.combo("language")
        self.template_name = QComboBox()
        for name in templates.NAMES:
            self.template_name.addItem(QCoreApplication.translate("MailSettings", TEMPLATE_LABELS.get(name, name)),
                                       name)
        pick = QHBoxLayout()
        pick.addWidget(self.template_language)
        pick.addWidget(self.template_name, 1)
        self.template_subject = QLineEdit()
        self.template_body = QPlainTextEdit()
        self.template_body.setMinimumHeight(160)
        self.placeholders = QLabel()
        self.placeholders.setObjectName("hint")
        self.placeholders.setWordWrap(True)
        self.placeholders.setText(self.tr("Placeholders: %1").replace(
            "%1", ", ".join("{" + name + "}" for name in templates.PLACEHOLDERS)))
        self.save_template_button = QPushButton(self.tr("Save this text"))
        self.save_template_button.clicked.connect(self.save_template)
        self.reset_template_button = QPushButton(self.tr("Back to the shipped text"))
        self.reset_template_button.clicked.connect(self.reset_template)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_template_button)
        buttons.addWidget(self.save_template_button)
        form = self.subject_form = form_layout()
        form.addRow(self.tr("Subject"), self.template_subject)
        layout.addLayout(pick)
        layout.addLayout(form)
        layout.addWidget(self.template_body, 1)
        layout.addWidget(self.placeholders)
        layout.addLayout(buttons)
        self.template_language.currentIndexChanged.connect(self.show_template)
        self.template_name.currentIndexChanged.connect(self.show_template)
        return box

    def watch(self, run: Callable[..., object], *, steps_only: bool = False) -> None:
        """Re-check the settings form as any field here changes (the settings view's validation; it watches
        ``inputs`` itself when ``steps_only``)."""
        for widget in (*(() if steps_only else self.inputs.values()), *self.steps):
            changed_signal(widget).connect(run)

    # -- settings -----------------------------------------------------------------------------
    def load(self) -> None:
        studio = settings.get()
        for name, widget in self.inputs.items():
            value = getattr(studio, name)
            set_value(widget, format(value.normalize(), "f") if isinstance(value, Decimal) else value)
        days = [int(d) for d in str(studio.reminder_days or "7,21,45").split(",") if d.strip().isdigit()]
        for box, value in zip(self.steps, days + [7, 21, 45][len(days):]):
            box.setValue(value)
        self.password.clear()
        kept = studio.smtp_user and mail_settings.password(studio) is not None
        self.password.setPlaceholderText(self.tr("Kept in the system's password store") if kept else "")
        self.inputs["late_interest_rate"].setEnabled(bool(studio.late_interest_enabled))
        self._mode_changed()
        if not self._shown_once:  # the texts open in the studio's own document language
            self._shown_once = True
            set_value(self.template_language, studio.language)
        self.show_template()

    def values(self) -> dict[str, object]:
        data = {name: value_of(widget) for name, widget in self.inputs.items()}
        data["reminder_days"] = ",".join(str(box.value()) for box in self.steps)
        return data

    def write_password(self) -> None:
        """A password typed here goes to the system's password store, never to the database or back on screen."""
        if self.password.text():
            mail_settings.save_password(settings.get(), self.password.text())
            self.password.clear()
            self.password.setPlaceholderText(self.tr("Kept in the system's password store"))

    def _mode_changed(self, *_args) -> None:
        by_server = self.inputs["mail_mode"].currentData() == "smtp"
        for name in ("smtp_host", "smtp_port", "smtp_security", "smtp_user"):
            self.inputs[name].setEnabled(by_server)
        self.password.setEnabled(by_server)
        self.test_button.setEnabled(by_server)

    def send_test(self) -> None:
        """A test message to the sender's own address: the settings are saved first, so it tries what is shown."""
        if not self.save_settings():
            return  # the refusal is on the message line
        try:
            address = outbox.send_test()
        except StudioError as exc:
            self.report(self.tr("The test message was not sent: %1").replace("%1", error_text(exc)), True)
            return
        self.report(self.tr("Test message sent to %1. Check that it arrived.").replace("%1", address), False)

    # -- the studio's own wording -------------------------------------------------------------
    def show_template(self, *_args) -> None:
        subject, body = templates.get(self.template_name.currentData(), self.template_language.currentData())
        self.template_subject.setText(subject)
        self.template_body.setPlainText(body)

    def save_template(self) -> None:
        try:
            templates.set(self.template_name.currentData(), self.template_language.currentData(),
                          self.template_subject.text(), self.template_body.toPlainText())
        except StudioError as exc:
            self.report(error_text(exc), True)
            return
        self.report(self.tr("The text of “%1” in %2 is saved.").replace("%1", self.template_name.currentText())
                    .replace("%2", self.template_language.currentText()), False)

    def reset_template(self) -> None:
        templates.reset(self.template_name.currentData(), self.template_language.currentData())
        self.show_template()
        self.report(self.tr("The shipped text is back."), False)
