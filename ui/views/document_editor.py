"""Quote and invoice editors: header fields, line items, live totals; issued documents are read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from studio_app.work import invoices, issuing, payments, projects, quotes, settings
from studio_app.money import lines
from studio_app.store import lists
from studio_app import money
from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.models.lines_model import KEYS, LinesModel
from ui.views.editor import Editor
from ui.widgets import choices
from ui.widgets.fields import DateField, set_value
from ui.widgets.vat_category import VatCategoryDelegate


class DocumentEditor(Editor):
    """``kind`` is "quote" or "invoice"."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.status = "draft"
        self.currency = "EUR"
        self.deducted = self.paid = self.credited = 0
        self.client_box, self.project_box = QComboBox(), QComboBox()
        self.client_label, self.project_label = QLabel(), QLabel()
        self.issue_date, self.supply_date, self.due_date, self.valid_until = (DateField(), DateField(), DateField(),
                                                                               DateField())
        self.language = choices.combo("language")
        self.tax_inclusive = QCheckBox(self.tr("Prices include tax"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.lines = LinesModel(parent=self)
        self.table = QTableView()
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
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Client"), self._pair(self.client_box, self.client_label))
        left.addRow(self.tr("Project"), self._pair(self.project_box, self.project_label))
        left.addRow(self.tr("Language"), self.language)
        left.addRow("", self.tax_inclusive)
        if kind == "invoice":
            right.addRow(self.tr("Issue date"), self.issue_date)
            right.addRow(self.tr("Supply date"), self.supply_date)
            right.addRow(self.tr("Due date"), self.due_date)
        else:
            right.addRow(self.tr("Valid until"), self.valid_until)
        right.addRow(self.tr("Notes"), self.notes)
        form.addLayout(left, 0, 0)
        form.addLayout(right, 0, 1)
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
        for name, widget in (("issue_date", self.issue_date), ("supply_date", self.supply_date),
                             ("due_date", self.due_date), ("valid_until", self.valid_until),
                             ("notes", self.notes), ("language", self.language), ("client", self.client_box),
                             ("prices_include_tax", self.tax_inclusive)):
            self.validation.watch(name, widget)
        self.client_box.currentIndexChanged.connect(self._fill_projects)

        self.preview_button = self.add_action(self.tr("Preview / print"), self.preview)
        self.issue_button = self.add_action(self.tr("Issue"), self.issue)
        self.delete_button = self.add_action(self.tr("Delete draft"), self.delete_draft)
        self.accept_button = self.add_action(self.tr("Mark accepted"), self.accept_quote)
        self.decline_button = self.add_action(self.tr("Mark declined"), self.decline_quote)
        self.payment_button = self.add_action(self.tr("Record payment"), self.record_payment)
        self.refund_button = self.add_action(self.tr("Record refund"), self.record_refund)
        self.undo_payment_button = self.add_action(self.tr("Undo last payment"), self.undo_payment)
        self.credit_button = self.add_action(self.tr("Create credit note"), self.credit_note)

    @staticmethod
    def _pair(box: QComboBox, label: QLabel) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addWidget(label, 1)
        return holder

    # -- loading ------------------------------------------------------------------------------
    def load(self, record_id: int | None, client_id: int | None = None) -> None:
        self.record_id = record_id
        new = record_id is None
        self.client_box.setVisible(new)
        self.project_box.setVisible(new)
        self.client_label.setVisible(not new)
        self.project_label.setVisible(not new)
        if new:  # only invoices are created here; quotes come from a project
            self.client_box.blockSignals(True)
            self.client_box.clear()
            for cid, name in lists.names("clients"):
                self.client_box.addItem(name, cid)
            if client_id is not None:
                self.client_box.setCurrentIndex(max(self.client_box.findData(client_id), 0))
            self.client_box.blockSignals(False)
            self._fill_projects()
            studio = settings.get()
            self.status, self.currency = "draft", studio.currency
            self.deducted = self.paid = self.credited = 0
            set_value(self.language, studio.language)
            self.tax_inclusive.setChecked(False)
            self.notes.clear()
            for field in (self.issue_date, self.supply_date, self.due_date):
                field.set_value(None)
            self.lines.load([], self.currency)
            self.lines.add_line(studio.tax_rate)
            self.heading.setText(self.tr("New invoice"))
            self.set_badge(self.tr("Draft"))
        else:
            self._load_record(record_id)
        self.update_totals()
        self._apply_state()
        self.validation.run()

    def _load_record(self, record_id: int) -> None:
        service = quotes if self.kind == "quote" else invoices
        doc = service.get(record_id)
        self.status, self.currency = doc.status, doc.currency
        self.client_label.setText(doc.client.name)
        self.project_label.setText(doc.project.title if doc.project_id else "—")
        set_value(self.language, doc.language)
        self.tax_inclusive.setChecked(doc.prices_include_tax)
        self.notes.setPlainText(doc.notes)
        if self.kind == "invoice":
            self.issue_date.set_value(doc.issue_date)
            self.supply_date.set_value(doc.supply_date)
            self.due_date.set_value(doc.due_date)
            self.deducted, self.paid, self.credited = doc.deducted, doc.paid, doc.credited
            names = {"deposit": self.tr("Deposit invoice"), "final": self.tr("Final invoice"),
                     "credit_note": self.tr("Credit note"), "standard": self.tr("Invoice")}
            title = names[doc.kind]
            badge = formatting.status_label(invoices.display_status(doc))
        else:
            self.valid_until.set_value(doc.valid_until)
            title = self.tr("Quote")
            badge = formatting.status_label(doc.status)
        self.heading.setText(title + " " + (doc.number or self.tr("(draft)")))
        self.set_badge(badge)
        self.lines.load(lines.for_editing(service.line_rows(record_id)), doc.currency, read_only=doc.status != "draft",
                        negative=getattr(doc, "kind", "") == "credit_note")
        self.invoice_kind = getattr(doc, "kind", "")

    def _fill_projects(self) -> None:
        self.project_box.clear()
        self.project_box.addItem(self.tr("(no project)"), None)
        if self.client_box.currentData() is not None:
            for pid, title in lists.names("projects", client_id=self.client_box.currentData()):
                self.project_box.addItem(title, pid)

    def _apply_state(self) -> None:
        draft = self.status == "draft"
        for widget in (self.issue_date, self.supply_date, self.due_date, self.valid_until, self.language,
                       self.tax_inclusive, self.notes):
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
        quote = self.kind == "quote"
        self.accept_button.setVisible(quote and self.status == "issued")
        self.decline_button.setVisible(quote and self.status == "issued")
        invoice_issued = self.kind == "invoice" and self.status == "issued"
        is_credit = getattr(self, "invoice_kind", "") == "credit_note"
        owed_back = invoice_issued and not is_credit and self.credited > 0 and \
            getattr(self, "figures", None) is not None and self.figures.refund_owed > 0
        self.payment_button.setVisible(invoice_issued and not is_credit and not owed_back)
        self.refund_button.setVisible(bool(owed_back))
        self.undo_payment_button.setVisible(invoice_issued and not is_credit and bool(self.record_id)
                                            and bool(payments.for_invoice(self.record_id)))
        self.credit_button.setVisible(invoice_issued and not is_credit)

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
        if self.kind == "invoice" and figures.refund_owed:
            rows.append(("<b>" + self.tr("Refund owed to the client") + "</b>", f"<b>{fmt(figures.refund_owed)}</b>"))
        elif self.kind == "invoice" and (figures.deducted or figures.paid or figures.credited or self.status != "draft"):
            rows.append(("<b>" + self.tr("Amount due") + "</b>", f"<b>{fmt(figures.due)}</b>"))
        html = "".join(f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>" for label, value in rows)
        self.totals.setText(f"<table align='right'>{html}</table>")

    def header_values(self) -> dict[str, object]:
        values: dict[str, object] = {"notes": self.notes.toPlainText(), "language": self.language.currentData(),
                                     "prices_include_tax": self.tax_inclusive.isChecked()}
        if self.kind == "invoice":
            values.update(issue_date=self.issue_date.value(), supply_date=self.supply_date.value(),
                          due_date=self.due_date.value())
        else:
            values["valid_until"] = self.valid_until.value()
        return values

    def check(self) -> None:
        if self.status != "draft":
            return
        if self.record_id is None and self.client_box.currentData() is None:
            raise StudioError(self.tr("Add a client first: an invoice is addressed to a client."), field="client")
        error = self.lines.error()
        if error is not None:
            raise error
        if self.kind == "invoice":
            invoices.check_dates(self.header_values())

    def write(self) -> int:
        values = self.header_values()
        if self.kind == "quote":
            doc = quotes.update_draft(self.record_id, lines=self.lines.items(), **values)
        elif self.record_id is None:
            doc = invoices.create_draft(self.client_box.currentData(), project_id=self.project_box.currentData(),
                                        lines=self.lines.items(), **values)
        else:
            doc = invoices.update_draft(self.record_id, lines=self.lines.items(), **values)
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
    def _after(self, doc) -> None:
        if doc is not None:
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def issue(self) -> None:
        if self.save_button.isEnabled() and not self.save():
            return
        question = (self.tr("Issue this quote? It gets its number and can no longer be changed.")
                    if self.kind == "quote" else
                    self.tr("Issue this invoice? It gets its number and can no longer be changed."))
        if not self.confirm(question):
            return
        service = quotes if self.kind == "quote" else invoices
        self._after(self.run_action(service.issue, self.record_id))

    def delete_draft(self) -> None:
        if self.confirm(self.tr("Delete this draft?")):
            service = quotes if self.kind == "quote" else invoices
            if self.run_action(service.delete_draft, self.record_id) is None and self._exists(service):
                return
            self.saved.emit(self.record_id)
            self.closed.emit()

    def _exists(self, service) -> bool:
        try:
            service.get(self.record_id)
        except StudioError:
            return False
        return True

    def accept_quote(self) -> None:
        warning = self.capacity_warning()
        question = self.tr("Mark this quote accepted? A contract and the deposit invoice will be drafted.")
        if not self.confirm(f"{warning}\n\n{question}" if warning else question):
            return
        result = self.run_action(quotes.accept, self.record_id)
        if result is not None:
            self._after(result)
            _, contract, _deposit = result
            self.open_record.emit("contract", contract.id)

    def capacity_warning(self) -> str:
        """Weeks the accepted project would push over capacity (the dashboard issue fills this in)."""
        try:
            from studio_app.today import reminders
        except ImportError:
            return ""
        quote = quotes.get(self.record_id)
        weeks = reminders.would_overload(quote.project_id)
        if not weeks:
            return ""
        listed = ", ".join(self.tr("%1 (%2 of %3 h)").replace("%1", w.week).replace("%2", f"{w.hours:g}")
                           .replace("%3", str(w.capacity)) for w in weeks)
        return self.tr("Careful: taking this on puts these weeks over the studio's capacity: %1.").replace("%1", listed)

    def decline_quote(self) -> None:
        if self.confirm(self.tr("Mark this quote declined?")):
            self._after(self.run_action(quotes.decline, self.record_id))

    def record_payment(self) -> None:
        from ui.dialogs.payment import PaymentDialog
        if ask.run(PaymentDialog(self.record_id, self)):
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def record_refund(self) -> None:
        from ui.dialogs.payment import PaymentDialog
        if ask.run(PaymentDialog(self.record_id, self, refund=True)):
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def undo_payment(self) -> None:
        """A payment recorded by mistake: the latest one goes (the invoice itself never changes)."""
        recorded = payments.for_invoice(self.record_id)
        if not recorded:
            return
        last = recorded[-1]
        amount = formatting.amount(abs(last.amount), self.currency)
        question = (self.tr("Undo the refund of %1 recorded on %2?") if last.amount < 0
                    else self.tr("Undo the payment of %1 received on %2?"))
        if self.confirm(question.replace("%1", amount).replace("%2", formatting.date(last.date))):
            self.run_action(payments.delete, last.id)
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def credit_note(self) -> None:
        if self.confirm(self.tr("Create a credit note that reverses this invoice? You can edit it before issuing.")):
            note = self.run_action(invoices.create_credit_note, self.record_id)
            if note is not None:
                self.saved.emit(self.record_id)
                self.open_record.emit("invoice", note.id)

    def preview(self) -> None:
        if self.record_id is None:
            return
        from ui.dialogs.pdf_preview import PdfPreview
        pdf = self.run_action(issuing.pdf_bytes, self.kind, self.record_id)
        if pdf is not None:
            name = self.heading.text().replace("/", "-")
            self.preview_dialog = PdfPreview(pdf, name, self)
            self.preview_dialog.open()
