"""What quote and invoice editors share: header fields, line items, live totals, Issue and Delete draft;
issued documents are read-only. :mod:`ui.views.quote_editor` and :mod:`ui.views.invoice_editor` hold what
differs."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from studio_app import money
from studio_app.money import lines
from studio_app.text.errors import StudioError
from studio_app.work import issuing, settings
from ui import formatting
from ui.models.lines_model import KEYS, LinesModel
from ui.views.editor import Editor
from ui.widgets import choices
from ui.widgets.fields import DateField, set_value
from ui.widgets.vat_category import VatCategoryDelegate

if TYPE_CHECKING:
    from studio_app.store.models import Invoice, Quote


class DocumentEditor(Editor):
    """A document with priced lines. Subclasses name their ``kind`` and ``service`` (the studio_app module
    with get, line_rows, update_draft, issue and delete_draft), add their dates with :meth:`add_date` and
    their buttons with :meth:`add_action`, and fill in the hooks below."""

    kind = ""
    service: ModuleType

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "draft"
        self.currency = "EUR"
        self.deducted = self.paid = self.credited = 0
        self.figures: money.Totals | None = None
        self.dates: dict[str, DateField] = {}
        self.client_box, self.project_box = QComboBox(), QComboBox()
        self.client_label, self.project_label = QLabel(), QLabel()
        self.language = choices.combo("language")
        self.tax_inclusive = QCheckBox(self.tr("Prices include tax"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.lines = LinesModel(parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Line items"))
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.category_delegate = VatCategoryDelegate(self.table)
        self.table.setItemDelegateForColumn(KEYS.index("vat_category"), self.category_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        form = QGridLayout()
        left, self.dates_form = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Client"), self._pair(self.client_box, self.client_label))
        left.addRow(self.tr("Project"), self._pair(self.project_box, self.project_label))
        left.addRow(self.tr("Language"), self.language)
        left.addRow("", self.tax_inclusive)
        self.dates_form.addRow(self.tr("Notes"), self.notes)  # the dates go above it (add_date)
        form.addLayout(left, 0, 0)
        form.addLayout(self.dates_form, 0, 1)
        self.body.addLayout(form)

        self.line_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add line"), self.add_line), (self.tr("Remove line"), self.remove_line),
                           (self.tr("Move up"), lambda: self.move_line(-1)),
                           (self.tr("Move down"), lambda: self.move_line(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.line_buttons.addWidget(button)
        self.line_buttons.addStretch(1)
        items = QGroupBox(self.tr("Line items"))
        items_layout = QVBoxLayout(items)
        items_layout.addWidget(self.table, 1)
        items_layout.addLayout(self.line_buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(items, 3)
        bottom.addWidget(self.totals, 1)
        self.body.addLayout(bottom, 1)

        self.lines.changed.connect(self.validation.run)
        self.lines.changed.connect(self.update_totals)
        self.tax_inclusive.toggled.connect(self.update_totals)
        self.validation.fields["lines"] = self.table
        for name, widget in (("notes", self.notes), ("language", self.language),
                             ("prices_include_tax", self.tax_inclusive)):
            self.validation.watch(name, widget)

        self.preview_button = self.add_action(self.tr("Preview / print"), self.preview)
        self.issue_button = self.add_action(self.tr("Issue"), self.issue)
        self.delete_button = self.add_action(self.tr("Delete draft"), self.delete_draft)
        self.send_button = self.add_action(self.tr("Send…"), self.send)

    def add_date(self, name: str, label: str) -> DateField:
        """A date of the document's header (``name`` as the service calls it), above the notes."""
        field = DateField()
        self.dates_form.insertRow(len(self.dates), label, field)
        self.dates[name] = field
        self.validation.watch(name, field)
        return field

    @staticmethod
    def _pair(box: QComboBox, label: QLabel) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addWidget(label, 1)
        return holder

    # -- hooks --------------------------------------------------------------------------------
    def load_new(self, client_id: int | None) -> None:
        """Set the form up for a new draft (only invoices are created here; quotes come from a project)."""
        raise NotImplementedError

    def load_details(self, doc: Quote | Invoice) -> tuple[str, str]:
        """Fill in what only this kind has from ``doc``; returns the heading's title and the badge."""
        raise NotImplementedError

    def apply_actions(self) -> None:
        """Show the buttons of this kind that fit the document's state."""

    def due_rows(self, figures: money.Totals, fmt: Callable[[int], str]) -> list[tuple[str, str]]:
        """Totals rows after the payments (what is still due)."""
        return []

    def issue_question(self) -> str:
        raise NotImplementedError

    def negative(self, doc: Quote | Invoice) -> bool:
        """Whether the document's lines are shown as amounts taken back (a credit note)."""
        return False

    def write_draft(self, values: dict[str, object]) -> Quote | Invoice:
        """Save the draft through the service; returns the document."""
        return self.service.update_draft(self.record_id, lines=self.lines.items(), **values)

    # -- loading ------------------------------------------------------------------------------
    def load(self, record_id: int | None, client_id: int | None = None) -> None:
        self.record_id = record_id
        new = record_id is None
        self.client_box.setVisible(new)
        self.project_box.setVisible(new)
        self.client_label.setVisible(not new)
        self.project_label.setVisible(not new)
        if new:
            self.load_new(client_id)
        else:
            self._load_record(record_id)
        self.update_totals()
        self._apply_state()
        self.validation.run()

    def _load_record(self, record_id: int) -> None:
        doc = self.service.get(record_id)
        self.status, self.currency = doc.status, doc.currency
        self.client_label.setText(doc.client.name)
        self.project_label.setText(doc.project.title if doc.project_id else "—")
        set_value(self.language, doc.language)
        self.tax_inclusive.setChecked(doc.prices_include_tax)
        self.notes.setPlainText(doc.notes)
        for name, field in self.dates.items():
            field.set_value(getattr(doc, name))
        title, badge = self.load_details(doc)
        self.heading.setText(title + " " + (doc.number or self.tr("(draft)")))
        self.set_badge(badge)
        self.lines.load(lines.for_editing(self.service.line_rows(record_id)), doc.currency,
                        read_only=doc.status != "draft", negative=self.negative(doc))

    def _apply_state(self) -> None:
        draft = self.status == "draft"
        for widget in (*self.dates.values(), self.language, self.tax_inclusive, self.notes):
            widget.setEnabled(draft)
        for i in range(self.line_buttons.count()):
            item = self.line_buttons.itemAt(i).widget()
            if item is not None:
                item.setVisible(draft)
        self.save_button.setVisible(draft)
        saved = self.record_id is not None
        self.preview_button.setEnabled(saved)
        self.issue_button.setVisible(draft and saved)
        self.delete_button.setVisible(draft and saved)
        self.send_button.setVisible(saved and not draft)
        self.apply_actions()

    # -- totals and checks --------------------------------------------------------------------
    def update_totals(self, *_args) -> None:
        figures = money.document_totals(self.lines.money_lines(), self.currency,
                                        prices_include_tax=self.tax_inclusive.isChecked(), deducted=self.deducted,
                                        paid=self.paid, credited=self.credited)
        self.figures = figures
        fmt = lambda minor: formatting.amount(minor, self.currency)  # noqa: E731
        rows = []
        if figures.allowances or figures.charges:
            rows.append((self.tr("Sum of lines"), fmt(figures.items)))
            if figures.allowances:
                rows.append((self.tr("Discounts on the whole document"), "− " + fmt(figures.allowances)))
            if figures.charges:
                rows.append((self.tr("Charges on the whole document"), fmt(figures.charges)))
        rows.append((self.tr("Net"), fmt(figures.net)))
        for rate in figures.rates:
            label = self.tr("VAT %1 %").replace("%1", format(rate.rate.normalize(), "f"))
            if rate.category not in ("S", "Z"):
                label += f" ({formatting.vat_category(rate.category)})"
            rows.append((label, fmt(rate.tax)))
        rows.append(("<b>" + self.tr("Total") + "</b>", f"<b>{fmt(figures.gross)}</b>"))
        for label, value in ((self.tr("Deposit paid"), figures.deducted), (self.tr("Paid"), figures.paid),
                             (self.tr("Credited"), figures.credited)):
            if value:
                rows.append((label, "− " + fmt(value)))
        rows += self.due_rows(figures, fmt)
        html = "".join(f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>" for label, value in rows)
        self.totals.setText(f"<table align='right'>{html}</table>")

    def header_values(self) -> dict[str, object]:
        values: dict[str, object] = {"notes": self.notes.toPlainText(), "language": self.language.currentData(),
                                     "prices_include_tax": self.tax_inclusive.isChecked()}
        values.update({name: field.value() for name, field in self.dates.items()})
        return values

    def check(self) -> None:
        if self.status != "draft":
            return
        error = self.lines.error()
        if error is not None:
            raise error

    def write(self) -> int:
        doc = self.write_draft(self.header_values())
        self.load(doc.id)
        return doc.id

    # -- line buttons -------------------------------------------------------------------------
    def add_line(self) -> None:
        rate = self.lines.items()[-1]["tax_rate"] if self.lines.rowCount() else settings.get().tax_rate
        row = self.lines.add_line(rate)
        self.table.setCurrentIndex(self.lines.index(row, 0))
        self.table.edit(self.lines.index(row, 0))

    def remove_line(self) -> None:
        self.lines.remove_line(self.table.currentIndex().row())

    def move_line(self, step: int) -> None:
        row = self.lines.move_line(self.table.currentIndex().row(), step)
        self.table.setCurrentIndex(self.lines.index(row, 0))

    # -- workflow actions ---------------------------------------------------------------------
    def _after(self, doc: object) -> None:
        if doc is not None:
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def issue(self) -> None:
        if self.save_button.isEnabled() and not self.save():
            return
        if not self.confirm(self.issue_question()):
            return
        self._after(self.run_action(self.service.issue, self.record_id))

    def delete_draft(self) -> None:
        if self.confirm(self.tr("Delete this draft?")):
            if self.run_action(self.service.delete_draft, self.record_id) is None and self._exists():
                return
            self.saved.emit(self.record_id)
            self.closed.emit()

    def _exists(self) -> bool:
        try:
            self.service.get(self.record_id)
        except StudioError:
            return False
        return True

    def send(self) -> None:
        """The issued document by e-mail: drafted in the client's language with its PDF, edited, then sent."""
        if self.record_id is not None:
            self.send_message(lambda: self.mail_draft())

    def mail_draft(self):
        from studio_app.mail import compose  # loaded when first sending, not at start
        return compose.draft_for_document(self.kind, self.record_id)

    def send_message(self, make_draft) -> str:
        """Open the compose dialog on what ``make_draft`` drafts; a sent message is logged, so the record's
        conversation and the outbox change (``saved``)."""
        from ui.dialogs import compose  # loaded when first sending, not at start
        status = compose.run_draft(self, make_draft)
        if status:
            self.load(self.record_id)
            self.saved.emit(self.record_id)
            self.mail_sent.emit(self.record_id)
            if status == "sent" and hasattr(self.window(), "statusBar"):
                self.window().statusBar().showMessage(self.tr("Sent."), 4000)
        return status

    def preview(self) -> None:
        if self.record_id is None:
            return
        from ui.dialogs.pdf_preview import PdfPreview  # loaded when first opened: QtPdf is not needed at start
        pdf = self.run_action(issuing.pdf_bytes, self.kind, self.record_id)
        if pdf is not None:
            name = self.heading.text().replace("/", "-")
            self.preview_dialog = PdfPreview(pdf, name, self)
            self.preview_dialog.open()
