"""What quote and invoice editors share: the header fields, the line table as tall as its rows, the totals under
its Amount column, the side panel (client, dates, payments, activity), one primary action per state.

An issued document shows its values as text under a locked note, never as disabled widgets.
:mod:`ui.views.quote_editor` and :mod:`ui.views.invoice_editor` hold what differs."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from studio_app import money
from studio_app.money import lines
from studio_app.text.errors import StudioError
from studio_app.work import activity, issuing, settings
from ui import formatting
from ui.models.lines_model import KEYS, LinesModel
from ui.tokens import space
from ui.views.editor import Editor
from ui.widgets import choices
from ui.widgets.action_bar import ActionBar
from ui.widgets.document_side import DocumentSide
from ui.widgets.fields import DateField, set_value
from ui.widgets.line_table import LineItems
from ui.widgets.sealed import LockedNote, Sealed
from ui.widgets.totals_block import TotalsBlock
from ui.widgets.vat_category import VatCategoryDelegate

if TYPE_CHECKING:
    from studio_app.store.models import Invoice, Quote


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    """The editor's main column scrolls as a whole (the line table never scrolls on its own)."""
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class DocumentEditor(Editor):
    """A document with priced lines. Subclasses name their ``kind`` and ``service`` (the studio_app module
    with get, line_rows, update_draft, issue and delete_draft), add their dates with :meth:`add_date` and
    their buttons through ``self.bar``, and fill in the hooks below."""

    kind = ""
    service: ModuleType

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "draft"
        self.currency = "EUR"
        self.project_id: int | None = None
        self.issued_on = None
        self.deducted = self.paid = self.credited = 0
        self.figures: money.Totals | None = None
        self.dates: dict[str, DateField] = {}
        self.sealed: list[Sealed] = []
        self.client_box, self.project_box = QComboBox(), QComboBox()
        self.project_link = QPushButton()
        self.project_link.setObjectName("link")
        self.project_link.setToolTip(self.tr("Open the project"))
        self.project_link.clicked.connect(lambda: self.project_id and self.open_record.emit("project", self.project_id))
        self.language = choices.combo("language")
        self.tax_inclusive = QCheckBox(self.tr("Prices include tax"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.lines = LinesModel(parent=self)
        self.line_items = LineItems(self.lines)
        self.table = self.line_items.table
        self.category_delegate = VatCategoryDelegate(self.table)
        self.table.setItemDelegateForColumn(KEYS.index("vat_category"), self.category_delegate)
        self.totals = TotalsBlock(self.table)
        self.locked = LockedNote()
        self.side = DocumentSide()
        self.side.open_client.connect(lambda client_id: self.open_record.emit("client", client_id))
        self._lay_out()
        self._connect()
        self.bar = ActionBar(self.actions, self)
        self.preview_button = self.bar.button(self.tr("Preview / print"), self.preview)
        self.send_button = self.bar.button(self.tr("Send…"), self.send)
        self.issue_button = self.bar.button(self.tr("Issue"), self.issue)
        self.delete_action = self.bar.menu_action(self.tr("Delete draft"), self.delete_draft, destructive=True)

    def _lay_out(self) -> None:
        self.form, self.side_form = QFormLayout(), QFormLayout()
        for form in (self.form, self.side_form):
            form.setHorizontalSpacing(space(2))
            form.setVerticalSpacing(space(1))
        self.form.addRow(self.tr("Client"), self.client_box)
        self.form.addRow(self.tr("Project"), self._pair(self.project_box, self.project_link))
        self.form.addRow(self.tr("Language"), self.seal(self.language, self.language.currentText))
        self.form.addRow("", self.seal(self.tax_inclusive, self._prices_text))
        self.side_form.addRow(self.tr("Notes"), self.seal(self.notes, self.notes.toPlainText))
        fields = QGridLayout()
        fields.setHorizontalSpacing(space(3))
        fields.addLayout(self.form, 0, 0)
        fields.addLayout(self.side_form, 0, 1)
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 1)
        main = QWidget()
        self.column = QVBoxLayout(main)
        self.column.setContentsMargins(0, 0, space(1), 0)
        self.column.setSpacing(space(1.5))
        self.column.addWidget(self.locked)
        self.column.addLayout(fields)
        self.column.addWidget(self.line_items)
        self.column.addWidget(self.totals)
        self.column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(space(2))
        row.addWidget(scrolling(main, self.tr("Document")), 1)
        row.addWidget(self.side)
        self.body.addLayout(row, 1)

    def _connect(self) -> None:
        self.lines.changed.connect(self.validation.run)
        self.lines.changed.connect(self.update_totals)
        self.tax_inclusive.toggled.connect(self.update_totals)
        self.validation.fields["lines"] = self.table
        for name, widget in (("notes", self.notes), ("language", self.language),
                             ("prices_include_tax", self.tax_inclusive)):
            self.validation.watch(name, widget)
        self.line_items.add_button.clicked.connect(self.add_line)
        self.line_items.remove_button.clicked.connect(self.remove_line)
        self.line_items.up_button.clicked.connect(lambda: self.move_line(-1))
        self.line_items.down_button.clicked.connect(lambda: self.move_line(1))
        self.table.add_requested.connect(self.add_line)
        self.table.remove_requested.connect(self.lines.remove_line)

    def seal(self, widget: QWidget, text: Callable[[], str]) -> Sealed:
        """``widget`` as an input on drafts, its ``text()`` as a read-only value once issued."""
        sealed = Sealed(widget, text)
        self.sealed.append(sealed)
        return sealed

    def _prices_text(self) -> str:
        return self.tr("Prices include tax") if self.tax_inclusive.isChecked() else self.tr("Prices before tax")

    def add_date(self, name: str, label: str) -> DateField:
        """A date of the document's header (``name`` as the service calls it), in the side panel's Dates."""
        field = DateField()
        self.side.dates_form.addRow(label, self.seal(field, lambda: formatting.date(field.value())))
        self.dates[name] = field
        self.validation.watch(name, field)
        return field

    @staticmethod
    def _pair(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        layout.addStretch(0)
        return holder

    # -- hooks --------------------------------------------------------------------------------
    def load_new(self, client_id: int | None) -> None:
        """Set the form up for a new draft (only invoices are created here; quotes come from a project)."""
        raise NotImplementedError

    def load_details(self, doc: Quote | Invoice) -> tuple[str, str, str]:
        """Fill in what only this kind has from ``doc``; returns the heading's title, the status key and the
        badge's text (empty for the status's own label)."""
        raise NotImplementedError

    def apply_actions(self) -> None:
        """Show the buttons of this kind that fit the document's state."""

    def primary_action(self) -> QPushButton | None:
        """The one action this state calls for."""
        if self.status == "draft":
            return self.issue_button if self.record_id is not None else None
        return None

    def locked_text(self) -> str:
        """The locked note of an issued document."""
        return self.tr("Issued on %1 — the figures are sealed.").replace("%1", formatting.date(self.issued_on))

    def due_rows(self, figures: money.Totals, fmt: Callable[[int], str]) -> list[tuple[str, str, str]]:
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
        self._show_row(self.client_box, new)
        self.project_box.setVisible(new)
        self.project_link.setVisible(not new)
        if new:
            self.project_id, self.issued_on = None, None
            self.side.client.show_client(None)
            self.load_new(client_id)
        else:
            self._load_record(record_id)
        self.update_totals()
        self._apply_state()
        self.validation.reset()

    def _show_row(self, field: QWidget, shown: bool) -> None:
        label = self.form.labelForField(field)
        for widget in (field, label):
            if widget is not None:
                widget.setVisible(shown)

    def _load_record(self, record_id: int) -> None:
        doc = self.service.get(record_id)
        self.status, self.currency, self.issued_on = doc.status, doc.currency, doc.issue_date
        self.project_id = doc.project_id
        self.project_link.setText(doc.project.title if doc.project_id else "—")
        self.project_link.setEnabled(bool(doc.project_id))
        self.side.client.show_client(doc.client)
        set_value(self.language, doc.language)
        self.tax_inclusive.setChecked(doc.prices_include_tax)
        self.notes.setPlainText(doc.notes)
        for name, field in self.dates.items():
            field.set_value(getattr(doc, name))
        title, status, badge = self.load_details(doc)
        self.heading.setText(title + " " + (doc.number or self.tr("(draft)")))
        self.set_badge(status, badge or None)
        self.lines.load(lines.for_editing(self.service.line_rows(record_id)), doc.currency,
                        read_only=doc.status != "draft", negative=self.negative(doc))

    def _apply_state(self) -> None:
        draft = self.status == "draft"
        saved = self.record_id is not None
        for sealed in self.sealed:
            sealed.set_sealed(not draft)
        self.line_items.set_editable(draft)
        items = self.lines.items()
        self.table.show_optional_columns({"vat_category": draft or any(row["vat_category"] for row in items),
                                          "discount_percent": draft or any(row["discount_percent"] not in ("", "0")
                                                                           for row in items)})
        self.locked.say("" if draft else self.locked_text())
        self.save_button.setVisible(draft)
        self.preview_button.setEnabled(saved)
        self.preview_button.setToolTip("" if saved else self.tr("Save the draft first"))
        self.bar.show(self.issue_button, draft and saved)
        self.delete_action.setVisible(draft and saved)
        self.bar.show(self.send_button, saved and not draft)
        self.side.activity.setVisible(saved)
        if saved:
            self.side.activity.show_events(activity.for_document(self.kind, self.record_id), self.currency)
        self.side.payments.hide()
        self.apply_actions()
        self.bar.set_primary(self.primary_action())
        self.bar.mark(self.save_button, self.bar.primary is None)  # a new draft's one action is Save

    # -- totals and checks --------------------------------------------------------------------
    def update_totals(self, *_args) -> None:
        figures = money.document_totals(self.lines.money_lines(), self.currency,
                                        prices_include_tax=self.tax_inclusive.isChecked(), deducted=self.deducted,
                                        paid=self.paid, credited=self.credited)
        self.figures = figures
        fmt = lambda minor: formatting.amount(minor, self.currency)  # noqa: E731
        rows = []
        if figures.allowances or figures.charges:
            rows.append((self.tr("Sum of lines"), fmt(figures.items), ""))
            if figures.allowances:
                rows.append((self.tr("Discounts on the whole document"), "− " + fmt(figures.allowances), ""))
            if figures.charges:
                rows.append((self.tr("Charges on the whole document"), fmt(figures.charges), ""))
        rows.append((self.tr("Net"), fmt(figures.net), ""))
        for rate in figures.rates:
            label = self.tr("VAT %1 %").replace("%1", formatting.number(rate.rate.normalize()))
            if rate.category not in ("S", "Z"):
                label += f" ({formatting.vat_category(rate.category)})"
            rows.append((label, fmt(rate.tax), ""))
        rows.append((self.tr("Total"), fmt(figures.gross), "total"))
        for label, value in ((self.tr("Deposit paid"), figures.deducted), (self.tr("Paid"), figures.paid),
                             (self.tr("Credited"), figures.credited)):
            if value:
                rows.append((label, "− " + fmt(value), ""))
        rows += self.due_rows(figures, fmt)
        self.totals.set_rows(rows)

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
        if self.status != "draft":
            return
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
