"""The first-run assistant: a few pages for the studio's details and defaults, ending with a sample quote.

Skippable (Skip) and reopenable (Settings, Help menu). Every page checks its fields with the same service as
Settings (``settings.validate``) before moving on, naming the field; "Start with my studio" saves them all
at once (``settings.update``), "Explore with sample data" saves nothing and opens the separate sample database.
An SVG logo is drawn to a PNG here (QtSvg) and kept as PNG: documents embed PNG or JPEG.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QStackedWidget, QVBoxLayout,
                               QWidget)

from studio_app.text.errors import StudioError
from studio_app.work import clock, countries, first_day, settings
from ui import ask, formatting
from ui.dialogs.base import Dialog
from ui.i18n import error_text
from ui.widgets import choices
from ui.widgets.fields import SpinBox
from ui.widgets.pickers import CodePicker, country_picker, currency_picker

LOGO_PIXELS = 600
_MONEY_FIELDS = ("country", "currency", "tax_rate", "paper_size")
_WORK_FIELDS = ("interface_language", "language", "weekly_capacity_hours", "deposit_percent", "included_rounds",
                "extra_round_fee")  # an SVG logo is drawn this wide (or high) into the PNG that is kept


class FirstRunAssistant(Dialog):
    """A paged dialog (QWizard pages crashed Qt 6.12 on a later style change once deleted).

    ``choice`` after it closes: "studio" (details saved), "sample" (open the sample database) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.NoButton)
        self.setWindowTitle(self.tr("Welcome to Studio Desk"))
        self.message.hide()
        self.stack = QStackedWidget()
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.content.addWidget(self.heading)
        self.content.addWidget(self.subtitle)
        self.content.addWidget(self.stack, 1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.finish_button = QPushButton(self.tr("Start with my studio"))
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            row.addWidget(button)
        self.layout().addLayout(row)
        self.choice: str | None = None
        self.logo: bytes = b""
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        studio = settings.get()
        self.studio_page = self._page(self.tr("Your studio"), self.tr("Who sends the documents."), [
            ("name", self.tr("Studio name"), QLineEdit(studio.name)),
            ("address", self.tr("Address"), _multiline(studio.address)),
            ("email", self.tr("Email"), QLineEdit(studio.email)), ("phone", self.tr("Phone"), QLineEdit(studio.phone)),
            ("website", self.tr("Website"), QLineEdit(studio.website)),
            ("tax_id", self.tr("VAT id"), QLineEdit(studio.tax_id))])
        self._logo_row(self.studio_page)
        # The later pages get their fields when first shown or read (``_fields_of``): the country and currency
        # lists (Babel's names of every country and currency, sorted in the interface language) and the fee's
        # number format (Babel's locale data) cost 100–150 ms of CPU the first page does not need.
        self._later: dict[QWidget, Callable[[], None]] = {}
        self.money_page = self._page(self.tr("Country and money"), self.tr(
            "Your country suggests the currency, the VAT rate and the paper size; change any of them."), [],
            names=list(_MONEY_FIELDS))
        self._later[self.money_page] = self._money_fields
        self.paid_page = self._page(self.tr("Getting paid"), self.tr("Printed on quotes and invoices."), [
            ("account_holder", self.tr("Account holder"), QLineEdit(studio.account_holder)),
            ("bank_name", self.tr("Bank"), QLineEdit(studio.bank_name)), ("iban", "IBAN", QLineEdit(studio.iban)),
            ("bic", "BIC", QLineEdit(studio.bic)),
            ("payment_methods", self.tr("Other payment methods (one per line)"), _multiline(studio.payment_methods))])
        self.work_page = self._page(self.tr("Languages and your way of working"), self.tr(
            "Defaults for new projects; each project can differ."), [], names=list(_WORK_FIELDS))
        self._later[self.work_page] = self._work_fields
        self.preview_page = _PreviewPage(self)
        self.addPage(self.preview_page)
        self.resize(760, 680)
        self._show_page(0)

    def addPage(self, page: QWidget) -> None:  # noqa: N802 (the pages' order)
        self.stack.addWidget(page)

    def currentPage(self) -> QWidget:  # noqa: N802
        return self.stack.currentWidget()

    def next(self) -> None:
        """The next page, once this one's fields pass their check."""
        page = self.currentPage()
        if page is self.preview_page or (isinstance(page, _FormPage) and not page.validatePage()):
            return
        self._show_page(self.stack.currentIndex() + 1)

    def back(self) -> None:
        self._show_page(self.stack.currentIndex() - 1)

    @property
    def country(self) -> CodePicker:
        self._fields_of(self.money_page)
        return self.fields["country"]

    @property
    def interface_language(self) -> QComboBox:
        self._fields_of(self.work_page)
        return self.fields["interface_language"]

    def _fields_of(self, page: QWidget) -> None:
        """A later page's fields, made once: as the page is first shown, or its values read."""
        make = self._later.pop(page, None)
        if make is None:
            return
        make()
        pages = [self.stack.widget(at) for at in range(self.stack.count())]
        order = [name for page in pages if isinstance(page, _FormPage) for name in page.names]
        ordered = {name: self.fields[name] for name in order if name in self.fields}
        self.fields.clear()  # the same dict, in the pages' order (as the checks name them)
        self.fields.update(ordered)

    def _money_fields(self) -> None:
        studio = settings.get()
        country = country_picker(empty="")
        country.lineEdit().setPlaceholderText(self.tr("Choose your country"))
        country.set_value(studio.country)  # reopened: the country chosen before, its suggestions not re-applied
        country.currentIndexChanged.connect(self._country_chosen)
        labels = [self.tr("Country"), self.tr("Currency"), self.tr("VAT rate %"), self.tr("Paper size")]
        widgets = [country, _picked(currency_picker(), studio.currency),
                   QLineEdit(format(studio.tax_rate, "f")), choices.combo("paper")]
        self._rows(self.money_page, list(zip(_MONEY_FIELDS, labels, widgets)))
        _choose(self.fields["paper_size"], studio.paper_size)

    def _work_fields(self) -> None:
        studio = settings.get()
        interface_language = choices.combo("language")
        interface_language.setCurrentIndex(max(interface_language.findData(self._language()), 0))
        labels = [self.tr("Interface language"), self.tr("Default document language"),
                  self.tr("Working hours per week"), self.tr("Deposit %"), self.tr("Revision rounds included"),
                  self.tr("Fee per extra round")]
        widgets = [interface_language, choices.combo("language"), _spin(studio.weekly_capacity_hours, 168),
                   QLineEdit(format(studio.deposit_percent.normalize(), "f")), _spin(studio.included_rounds, 50),
                   QLineEdit(formatting.plain_amount(studio.extra_round_fee, studio.currency))]
        self._rows(self.work_page, list(zip(_WORK_FIELDS, labels, widgets)))
        _choose(self.fields["language"], studio.language)

    def _show_page(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self._fields_of(self.stack.widget(index))
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget()
        self.heading.setText(page.title)
        self.subtitle.setText(page.subtitle)
        if page is self.preview_page:
            page.initializePage()
        last = index == self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        (self.finish_button if last else self.next_button).setDefault(True)

    # -- pages ------------------------------------------------------------------------------------
    def _page(self, title: str, subtitle: str, rows: list[tuple[str, str, QWidget]],
              names: list[str] | None = None) -> "_FormPage":
        page = _FormPage(self, names if names is not None else [name for name, _label, _widget in rows])
        page.setTitle(title)
        page.setSubTitle(subtitle)
        self._rows(page, rows)
        self.addPage(page)
        return page

    def _rows(self, page: "_FormPage", rows: list[tuple[str, str, QWidget]]) -> None:
        for name, label, widget in rows:
            self.fields[name] = widget
            self.labels[name] = label
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label)
            page.form.addRow(caption, widget)

    def _logo_row(self, page: "_FormPage") -> None:
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedHeight(56)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        choose = QPushButton(self.tr("Choose a logo…"))
        choose.clicked.connect(self.pick_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview, 1)
        row.addWidget(choose)
        caption = QLabel(self.tr("Logo (PNG, JPEG or SVG)"))
        caption.setBuddy(choose)
        page.form.addRow(caption, row)
        self.labels["logo"] = self.tr("Logo")
        if settings.get().logo:
            self.set_logo(bytes(settings.get().logo))

    def pick_logo(self) -> None:
        path = ask.open_file(self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Read ``path`` as the logo (an SVG drawn to PNG); a file that is not one is refused on the page."""
        try:
            data = svg_to_png(path) if path.suffix.lower() == ".svg" else settings.read_logo(path)
            settings.check_logo(data)
        except StudioError as exc:
            self.studio_page.refuse("logo", error_text(exc))
            return False
        self.set_logo(data)
        self.studio_page.refuse("", "")
        return True

    def set_logo(self, data: bytes) -> None:
        self.logo = data
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_preview.setPixmap(pixmap.scaledToHeight(52, Qt.TransformationMode.SmoothTransformation))

    def _country_chosen(self) -> None:
        code = self.country.value()
        if not code:
            return
        suggested = countries.defaults(code, clock.today())
        self._fields_of(self.work_page)  # the document language it suggests
        self.fields["currency"].set_value(suggested.currency)
        if suggested.tax_rate is not None:
            self.fields["tax_rate"].setText(format(suggested.tax_rate, "f"))
        _choose(self.fields["paper_size"], suggested.paper_size)
        _choose(self.fields["language"], suggested.language)

    @staticmethod
    def _language() -> str:
        from ui import formatting
        return formatting.language()

    # -- values -----------------------------------------------------------------------------------
    def values(self, names: list[str] | None = None) -> dict[str, object]:
        """What the pages hold, as ``settings.update`` takes it (only ``names`` when given)."""
        wanted = None if names is None else {*names, *(("currency",) if "extra_round_fee" in names else ())}
        for page in list(self._later):
            if wanted is None or wanted & set(page.names):
                self._fields_of(page)
        out: dict[str, object] = {}
        for name, widget in self.fields.items():
            if name == "interface_language" or (names is not None and name not in names):
                continue
            if isinstance(widget, CodePicker):
                out[name] = widget.value()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QSpinBox):
                out[name] = widget.value()
            else:
                out[name] = widget.text()
        if names is not None and "extra_round_fee" in names and "currency" not in names:
            out["currency"] = self.fields["currency"].value()  # the fee is read in the chosen currency
        return out

    def checked(self) -> dict[str, object]:
        """Every value cleaned by the settings service (raises its :class:`StudioError`)."""
        return settings.validate(self.given())

    def given(self) -> dict[str, object]:
        """The values as typed, with the logo, as ``settings.update`` takes them."""
        return {**self.values(), **({"logo": self.logo} if self.logo else {})}

    def start_with_my_studio(self) -> None:
        settings.update(self.given())
        prefs = QSettings()
        prefs.setValue("language", self.interface_language.currentData())
        prefs.setValue("first_run/done", True)
        self.choice = "studio"

    def explore_sample(self) -> None:
        QSettings().setValue("first_run/done", True)
        self.choice = "sample"
        QDialog.accept(self)

    def accept(self) -> None:  # Finish: "Start with my studio"
        try:
            self.start_with_my_studio()
        except StudioError as exc:
            self.preview_page.message.setText(self._named(exc))
            return
        QDialog.accept(self)

    def reject(self) -> None:  # Skip: not offered again on this desk; Settings and Help open it again
        QSettings().setValue("first_run/done", True)
        super().reject()

    def _named(self, exc: StudioError) -> str:
        label = self.labels.get(exc.field or "", "")
        return f"{label}: {error_text(exc)}" if label else error_text(exc)


class _Page(QWidget):
    title = subtitle = ""

    def setTitle(self, text: str) -> None:  # noqa: N802 (as a wizard page)
        self.title = text

    def setSubTitle(self, text: str) -> None:  # noqa: N802
        self.subtitle = text


class _FormPage(_Page):
    """A page of fields; Next is refused, with the message naming the field, until they pass the check."""

    def __init__(self, wizard: FirstRunAssistant, names: list[str]) -> None:
        super().__init__()
        self.assistant = wizard
        self.names = names
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refuse(self, field: str, text: str) -> None:
        label = self.assistant.labels.get(field, "")
        self.message.setText(f"{label}: {text}" if label and text else text)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        try:
            settings.validate(self.assistant.values(self.names))
        except StudioError as exc:
            self.message.setText(self.assistant._named(exc))
            widget = self.assistant.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return False
        self.message.setText("")
        return True


class _PreviewPage(_Page):
    """The sample quote with the details given, and the two ways to go on."""

    def __init__(self, wizard: FirstRunAssistant) -> None:
        super().__init__()
        self.assistant = wizard
        self.setTitle(self.tr("Your first quote will look like this"))
        self.setSubTitle(self.tr("A sample quote with your details. Start with your studio, or explore the app "
                                 "with sample data first (a separate database; your studio stays empty)."))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(self.tr("Sample quote preview"))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Sample quote preview"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.sample_button = QPushButton(self.tr("Explore with sample data"))
        self.sample_button.clicked.connect(wizard.explore_sample)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.sample_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pdf = b""

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        try:
            values = {**self.assistant.values(), **self.assistant.checked()}
        except StudioError as exc:
            self.message.setText(self.assistant._named(exc))
            return
        self.pdf = first_day.render_sample_quote(values, self.assistant.logo or None, clock.today())
        self.image.setPixmap(QPixmap.fromImage(first_page(self.pdf, 560)))


def first_page(pdf: bytes, width: int) -> QImage:
    """The PDF's first page drawn ``width`` pixels wide (QtPdf, no external tool)."""
    from PySide6.QtPdf import QPdfDocument  # loaded for the last page, not when the assistant opens
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    image = document.render(0, QSize(width, round(width * points.height() / max(points.width(), 1))))
    document.close()
    return image


def svg_to_png(path: Path) -> bytes:
    """An SVG logo drawn to PNG bytes (at most :data:`LOGO_PIXELS` on its longer side, transparent)."""
    from PySide6.QtSvg import QSvgRenderer  # loaded when an SVG is chosen, not when the assistant opens
    raw = first_day.read_svg(path)
    renderer = QSvgRenderer(QByteArray(raw))
    if not renderer.isValid():
        raise first_day.unreadable_logo(path)
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(LOGO_PIXELS, LOGO_PIXELS)
    size = size.scaled(LOGO_PIXELS, LOGO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _multiline(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setFixedHeight(64)
    box.setTabChangesFocus(True)
    return box


def _spin(value: int, maximum: int) -> QSpinBox:
    box = SpinBox()
    box.setRange(0, maximum)
    box.setValue(value)
    return box


def _picked(picker: CodePicker, code: str) -> CodePicker:
    picker.set_value(code)
    return picker


def _choose(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)
