"""A quote: valid until a date; once issued, marked accepted (which drafts the contract and the deposit
invoice) or declined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from studio_app.text.errors import StudioError
from studio_app.today import workload
from studio_app.work import acceptance, quotes
from ui import formatting
from ui.i18n import error_text
from ui.views.document_editor import DocumentEditor

if TYPE_CHECKING:
    from studio_app.store.models import Quote


class QuoteEditor(DocumentEditor):
    kind = "quote"
    service = quotes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.valid_until = self.add_date("valid_until", self.tr("Valid until"))
        self.accept_button = self.bar.button(self.tr("Mark accepted"), self.accept_quote)
        self.decline_action = self.bar.menu_action(self.tr("Mark declined"), self.decline_quote, destructive=True)

    def load_details(self, doc: Quote) -> tuple[str, str, str]:
        return self.tr("Quote"), doc.status, ""

    def apply_actions(self) -> None:
        issued = self.status == "issued"
        self.bar.show(self.accept_button, issued)
        self.decline_action.setVisible(issued)
        self.issue_button.setEnabled(True)
        self.issue_button.setToolTip("")
        if self.status == "draft" and self.record_id is not None:
            try:  # a quote states when the work is delivered: say so before the click, not after
                quotes.require_deadline(quotes.get(self.record_id).project)
            except StudioError as exc:
                self.issue_button.setEnabled(False)
                self.issue_button.setToolTip(error_text(exc))

    def primary_action(self):
        """Draft: Issue; issued: the client's answer (accepted); accepted or declined: nothing left to do here."""
        if self.status == "issued":
            return self.accept_button
        return super().primary_action()

    def locked_text(self) -> str:
        day = formatting.date(self.issued_on)
        if self.status == "accepted":
            return self.tr("Issued on %1 and accepted — the figures are sealed.").replace("%1", day)
        if self.status == "declined":
            return self.tr("Issued on %1 and declined — the figures are sealed.").replace("%1", day)
        return self.tr("Issued on %1 — the figures are sealed. To change them, make a new quote from the "
                       "project.").replace("%1", day)

    def issue_question(self) -> str:
        return self.tr("Issue this quote? It gets its number and can no longer be changed.")

    # -- workflow actions ---------------------------------------------------------------------
    def accept_quote(self) -> None:
        warning = self.capacity_warning()
        question = self.tr("Mark this quote accepted? A contract and the deposit invoice will be drafted.")
        if not self.confirm(f"{warning}\n\n{question}" if warning else question):
            return
        result = self.run_action(acceptance.accept, self.record_id)
        if result is not None:
            self._after(result)
            _, contract, _deposit = result
            self.open_record.emit("contract", contract.id)

    def capacity_warning(self) -> str:
        """Weeks the accepted project would push over capacity."""
        quote = quotes.get(self.record_id)
        weeks = workload.would_overload(quote.project_id)
        if not weeks:
            return ""
        listed = ", ".join(self.tr("%1 (%2 of %3 h)").replace("%1", w.week).replace("%2", f"{w.hours:g}")
                           .replace("%3", str(w.capacity)) for w in weeks)
        return self.tr("Careful: taking this on puts these weeks over the studio's capacity: %1.").replace("%1", listed)

    def decline_quote(self) -> None:
        if self.confirm(self.tr("Mark this quote declined?")):
            self._after(self.run_action(quotes.decline, self.record_id))
