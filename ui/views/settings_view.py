"""Settings: the studio's profile and bank details, defaults for new work, numbering, documents, this desk."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from studio_app.work import settings
from studio_app.store import secrets, startup
from studio_app.text.errors import StudioError
from ui import ask, formatting, theme
from ui.views.editor import Editor
from ui.views.mail_settings import MailSettings
from ui.widgets import choices
from ui.widgets.continue_numbering import ContinueNumbering
from ui.widgets.local_details import LocalDetails
from ui.widgets.fields import SpinBox, align_labels, form_layout, set_value, value_of
from ui.widgets.pickers import ColourPicker, country_picker, currency_picker

TEXT = ("name", "address", "country", "email", "phone", "website", "tax_id", "account_holder", "bank_name", "iban",
        "bic", "payment_methods", "currency", "tax_rate", "deposit_percent", "hourly_rate", "extra_round_fee",
        "quote_number_format", "contract_number_format", "invoice_number_format", "credit_note_number_format",
        "deposit_number_format", "accent_color", "street", "postcode", "city", "tax_number", "contact_name",
        "electronic_address")
NUMBERS = {"payment_terms_days": 365, "included_rounds": 50, "weekly_capacity_hours": 168, "quote_valid_days": 365,
           "warning_window_days": 90, "update_interval_days": 90, "follow_up_months": 36, "backup_keep_daily": 365,
           "backup_keep_migration": 50}
MONEY = ("hourly_rate", "extra_round_fee")


class SettingsView(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button.hide()
        self.heading.setText(self.tr("Settings"))
        self.inputs: dict[str, QWidget] = {name: QLineEdit() for name in TEXT}
        for name in ("address", "payment_methods"):
            self.inputs[name] = QPlainTextEdit()
            self.inputs[name].setFixedHeight(64)
        for name, maximum in NUMBERS.items():
            box = SpinBox()
            box.setRange(0, maximum)
            self.inputs[name] = box
        self.inputs["credit_notes_own_series"] = QCheckBox(self.tr("Credit notes have their own number series"))
        self.inputs["deposits_own_series"] = QCheckBox(self.tr("Deposit invoices have their own number series"))
        self.inputs["electronic_address_scheme"] = choices.endpoint_schemes()
        self.inputs["paper_size"] = choices.combo("paper")
        self.inputs["language"] = choices.combo("language")
        self.inputs["country"] = country_picker()
        self.inputs["currency"] = currency_picker()
        self.inputs["accent_color"] = ColourPicker(self.tr("Accent colour"))
        self.logo = b""
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(48)
        self.interface_language = choices.combo("language")
        self.theme = choices.combo("theme")
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("An SQLite file, or postgresql://user@server/database"))
        self.continue_numbering = ContinueNumbering()
        self._documents = None  # Settings → Documents, built when first shown

        self.backups_button = QPushButton(self.tr("Backups…"))
        self.backups_button.clicked.connect(self.show_backups)
        self.first_run_button = QPushButton(self.tr("First-run assistant…"))
        self.first_run_button.clicked.connect(lambda: hasattr(self.window(), "first_run") and self.window().first_run())
        self.local = LocalDetails(studio=True)
        self.inputs.update(self.local.inputs)
        self.inputs["country"].value_changed.connect(lambda: self.local.show_for(self.inputs["country"].value()))
        self.hint = QLabel(self.tr("Number formats use {seq} for the running number and {year} for the year, "
                                   "e.g. INV-{year}-{seq:04}."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.mail = MailSettings(self.report, self.save)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._page(self._studio_groups()), self.tr("Studio"))
        self.tabs.addTab(self._page(self._invoicing_groups(), below=self.carry_on), self.tr("Invoicing defaults"))
        self.tabs.addTab(QWidget(), self.tr("Documents"))  # built when first shown (QtPdf, reportlab)
        self.tabs.addTab(self._scrolled(self.mail), self.tr("E-mail"))
        self.tabs.addTab(self._page(self._desk_groups()), self.tr("Appearance and data"))
        for index in range(self.tabs.count()):  # a screen reader names each page by its tab
            self.tabs.widget(index).setAccessibleName(self.tabs.tabText(index))
        self.body.addWidget(self.tabs)
        for name, widget in self.inputs.items():
            self.validation.watch(name, widget)
        for name, widget in self.mail.inputs.items():
            self.validation.watch(name, widget)
        self.mail.watch(lambda *_args: self.validation.touch("reminder_days"), steps_only=True)
        self.tabs.currentChanged.connect(self._tab_shown)

    TABS = ("studio", "invoicing", "documents", "email", "desk")

    def show_tab(self, name: str) -> QWidget:
        """Bring the page ``name`` (one of ``TABS``) forward; returns it."""
        self.tabs.setCurrentIndex(self.TABS.index(name))
        return self.documents_settings if name == "documents" else self.tabs.currentWidget()

    def _studio_groups(self) -> list[list[QWidget]]:
        studio = self._group(self.tr("Studio"), [
            ("name", self.tr("Studio name")), ("address", self.tr("Address")), ("country", self.tr("Country")),
            ("email", self.tr("Email")), ("phone", self.tr("Phone")), ("website", self.tr("Website")),
            ("tax_id", self.tr("VAT id"))], extra=[(self.tr("Logo"), self._logo_row())])
        paid = self._group(self.tr("Getting paid"), [
            ("account_holder", self.tr("Account holder")), ("bank_name", self.tr("Bank")), ("iban", "IBAN"),
            ("bic", "BIC"), ("payment_methods", self.tr("Payment methods (one per line)"))])
        seller = QLabel(self.tr("E-invoicing (the seller on XRechnung, Factur-X and Peppol invoices)"))
        seller.setObjectName("hint")
        seller.setWordWrap(True)
        einvoice = self._group(self.tr("E-invoicing"), [
            ("street", self.tr("Street")), ("postcode", self.tr("Postcode")), ("city", self.tr("City")),
            ("tax_number", self.tr("Tax number")), ("contact_name", self.tr("Contact person")),
            ("electronic_address_scheme", self.tr("Electronic address scheme")),
            ("electronic_address", self.tr("Electronic address"))])
        einvoice.layout().insertRow(0, seller)
        return [[studio, paid], [self.local, einvoice]]

    def _invoicing_groups(self) -> list[list[QWidget]]:
        defaults = self._group(self.tr("Defaults for new work"), [
            ("currency", self.tr("Currency")), ("tax_rate", self.tr("Tax rate %")),
            ("payment_terms_days", self.tr("Payment terms (days)")), ("deposit_percent", self.tr("Deposit %")),
            ("included_rounds", self.tr("Revision rounds included")), ("extra_round_fee", self.tr("Fee per extra round")),
            ("hourly_rate", self.tr("Hourly rate")), ("weekly_capacity_hours", self.tr("Weekly capacity (hours)")),
            ("quote_valid_days", self.tr("Quotes valid for (days)"))])
        reminders = self._group(self.tr("Deadlines and follow-ups"), [
            ("warning_window_days", self.tr("Warn about deadlines (days ahead)")),
            ("update_interval_days", self.tr("Progress update every (days)")),
            ("follow_up_months", self.tr("Follow up after delivery (months)"))])
        numbering = self._group(self.tr("Documents and numbering"), [
            ("quote_number_format", self.tr("Quote numbers")), ("contract_number_format", self.tr("Contract numbers")),
            ("invoice_number_format", self.tr("Invoice numbers")),
            ("credit_note_number_format", self.tr("Credit note numbers")),
            ("deposit_number_format", self.tr("Deposit invoice numbers")),
            ("credit_notes_own_series", ""), ("deposits_own_series", ""), ("paper_size", self.tr("Paper size")),
            ("language", self.tr("Default document language"))])
        numbering.layout().insertRow(0, self.hint)  # the whole width: it explains the formats below it
        self.carry_on = self._group(self.tr("Continue numbering"), [])  # under both columns: its row is wide
        self.carry_on.layout().addRow(self.continue_numbering)
        return [[defaults, reminders], [numbering]]

    def _desk_groups(self) -> list[list[QWidget]]:
        looks = self._group(self.tr("Appearance"), [("accent_color", self.tr("Accent colour"))], extra=[
            (self.tr("Interface language"), self.interface_language), (self.tr("Theme"), self.theme)])
        data = self._group(self.tr("Database and backups"), [
            ("backup_keep_daily", self.tr("Daily backups kept")),
            ("backup_keep_migration", self.tr("Pre-upgrade backups kept"))], extra=[
            (self.tr("Database"), self.location), ("", self.backups_button), ("", self.first_run_button)])
        return [[looks], [data]]

    def _page(self, columns: list[list[QWidget]], below: QWidget | None = None) -> QScrollArea:
        """Groups in columns (and one group below them), every form of the page with one label width."""
        row = QHBoxLayout()
        row.setSpacing(24)
        for groups in columns:
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            row.addLayout(column, 1)
        page = QVBoxLayout()
        page.addLayout(row)
        if below is not None:
            page.addWidget(below)
        page.addStretch(1)
        holder = QWidget()
        holder.setLayout(page)
        align_labels(*(group.layout() for groups in columns for group in groups
                       if isinstance(group.layout(), QFormLayout)))
        return self._scrolled(holder)

    @property
    def documents_settings(self):
        """Settings → Documents, built the first time it is shown (in a scroll area: its preview is wide)."""
        if self._documents is None:
            from ui.views.documents_settings import DocumentsSettings  # QtPdf and reportlab: not needed at start
            at = self.TABS.index("documents")
            self._documents = DocumentsSettings()
            self._documents.saved.connect(lambda _key: self.window().statusBar().showMessage(self.tr("Saved."), 4000)
                                          if hasattr(self.window(), "statusBar") else None)
            self.tabs.blockSignals(True)
            current = self.tabs.currentIndex()
            self.tabs.removeTab(at)
            self.tabs.insertTab(at, self._scrolled(self._documents), self.tr("Documents"))
            self.tabs.widget(at).setAccessibleName(self.tr("Documents"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._documents.load()
        return self._documents

    def _tab_shown(self, index: int) -> None:
        """The Documents page saves each text with its own button: the form's Save and message step aside."""
        documents = index == self.TABS.index("documents")
        if documents:
            self.documents_settings  # noqa: B018 (built when first shown)
        self.save_button.setVisible(not documents)
        if documents:
            self.message.hide()

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def report(self, text: str, error: bool) -> None:
        """A result or refusal on the message line (the e-mail page's test message and templates)."""
        self.message.setObjectName("formError" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    def _group(self, title: str, rows: list[tuple[str, str]], extra: list[tuple[str, QWidget]] = ()) -> QGroupBox:
        box = QGroupBox(title)
        form = form_layout(box)
        for label, widget in [(label, self.inputs[name]) for name, label in rows] + list(extra):
            if not label and isinstance(widget, QCheckBox):
                form.addRow(widget)  # a checkbox carries its own (long) text: the whole width
            else:
                form.addRow(label, widget)  # a button without a label sits in the field column
        return box

    def _logo_row(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        choose, clear = QPushButton(self.tr("Choose…")), QPushButton(self.tr("Remove"))
        choose.clicked.connect(self.choose_logo)
        clear.clicked.connect(lambda: self.set_logo(b""))
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(clear)
        row.addStretch(1)
        return holder

    def load(self, _record_id: int | None = None) -> None:
        studio = settings.get()
        for name, widget in self.inputs.items():
            value = getattr(studio, name)
            if name in MONEY:  # with the currency's decimals and the interface's separators
                value = formatting.plain_amount(value, studio.currency)
            elif isinstance(value, Decimal):
                value = format(value.normalize(), "f")
            set_value(widget, value)
        self.set_logo(bytes(studio.logo or b""))
        prefs = QSettings()
        set_value(self.interface_language, formatting.language())
        set_value(self.theme, str(prefs.value("theme", "system")))
        self.location.setText(str(prefs.value("database", "") or startup.default_target()))
        self.mail.load()
        self.validation.reset()

    def set_logo(self, data: bytes) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(none)"))
        self.validation.run()

    def choose_logo(self) -> None:
        path = ask.open_file(self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.set_logo(settings.read_logo(path))
        except StudioError as exc:
            self.validation.show(exc)

    def values(self) -> dict[str, object]:
        data = {name: value_of(widget) for name, widget in self.inputs.items()}
        data["logo"] = self.logo or None
        data.update(self.mail.values())
        return data

    def check(self) -> None:
        settings.validate(self.values())
        location = self.location.text().strip()
        if location and not location.startswith(("postgresql://", "postgres://")) and Path(location).is_dir():
            raise StudioError(self.tr("The database must be a file, not a folder."), field="location")
        if location.startswith(("postgresql://", "postgres://")):
            secrets.split(location)  # a bad port or an unencoded "@" is shown as you type, without the password

    def write(self) -> int:
        location = self.location.text().strip()
        no_store = ""
        if location.startswith(("postgresql://", "postgres://")):
            typed_password = secrets.split(location)[1] is not None
            location = secrets.store_password(location)  # to the keyring (or memory), never to the settings file
            self.location.setText(location)
            if typed_password and not secrets.has_keyring():
                no_store = self.tr("This computer has no password store, so Studio Desk will ask for the "
                                   "database password when it connects.")
        settings.update(self.values())
        theme.reapply(accent=settings.get().accent_color)  # the window takes the studio's new accent colour
        self.mail.write_password()
        prefs = QSettings()
        restart = []
        if self.interface_language.currentData() != (prefs.value("language") or ""):
            prefs.setValue("language", self.interface_language.currentData())
            restart.append("language")
        if self.theme.currentData() != prefs.value("theme", "system"):
            prefs.setValue("theme", self.theme.currentData())
            theme.apply(QApplication.instance(), self.theme.currentData())
        if location and location != (prefs.value("database") or startup.default_target()):
            prefs.setValue("database", location)
            restart.append("database")
        if restart:
            self.message.setText(
                self.tr("Saved. Restart Studio Desk to use the new interface language and database location.")
                if len(restart) == 2 else
                self.tr("Saved. Restart Studio Desk to use the new interface language.") if restart == ["language"]
                else self.tr("Saved. Restart Studio Desk to use the new database location."))
            self.message.show()
        if no_store:
            self.message.setText(" ".join(filter(None, (self.message.text() if restart else "", no_store))))
            self.message.show()
        self.load()
        return 1

    def show_backups(self) -> None:
        from ui.dialogs.backups import BackupsDialog  # loaded when first opened, not at start
        dialog = BackupsDialog(self)
        ask.run(dialog)
        if dialog.restored:
            self.load()
            self.saved.emit(0)  # every view re-reads its data
