"""The actions of a list: the context menu (open the row; on quotes, contracts and invoices, delete a draft, asked
first), and a new quote or contract, made for a project chosen in a searchable list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from studio_app.store import pickers
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.work import contracts, invoices, projects, quotes
from ui import ask, formatting
from ui.dialogs.base import Dialog
from ui.i18n import error_text

DRAFT_SERVICES = {"quotes": quotes, "contracts": contracts, "invoices": invoices}
FOR_PROJECT = {"quotes": "quote", "contracts": "contract"}  # lists whose new record is made for a project


def install(view) -> None:
    """Add the entries to ``view``'s table (a :class:`ui.views.list_view.ListView`)."""
    table = view.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    opening = QAction(QCoreApplication.translate("ListActions", "Open"), table)
    opening.triggered.connect(lambda: view.selected_id() is not None and view.open_requested.emit(view.selected_id()))
    table.addAction(opening)
    if view.kind in DRAFT_SERVICES:
        view.delete_action = QAction(QCoreApplication.translate("ListActions", "Delete draft…"), table)
        view.delete_action.triggered.connect(lambda: delete_selected_draft(view))
        table.addAction(view.delete_action)


def delete_selected_draft(view) -> bool:
    """Delete the selected draft after asking; an issued document is refused with the service's reason."""
    record_id = view.selected_id()
    question = QCoreApplication.translate("ListActions", "Delete this draft? This cannot be undone.")
    if record_id is None or not ask.question(view, question):
        return False
    try:
        DRAFT_SERVICES[view.kind].delete_draft(record_id)
    except StudioError as exc:
        ask.warning(view, error_text(exc))
        return False
    view.refresh()
    return True


class ProjectChooser(Dialog):
    """Which project the new quote or contract is for: a list of projects (title — client), narrowed as one types;
    accepting makes the draft through the service the project editor uses."""

    def __init__(self, purpose: str, parent=None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.purpose = purpose
        self.created_id: int | None = None
        quote = purpose == "quote"
        self.setWindowTitle(QCoreApplication.translate("ListActions", "New quote") if quote
                            else QCoreApplication.translate("ListActions", "New contract"))
        question = QLabel(QCoreApplication.translate("ListActions", "Which project is the quote for?") if quote else
                          QCoreApplication.translate("ListActions", "Which project is the contract for? Contracts "
                                                                    "follow an accepted quote."))
        question.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("ListActions", "Search by project or client"))
        self.search.setAccessibleName(QCoreApplication.translate("ListActions", "Search by project or client"))
        self.search.setClearButtonEnabled(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(QCoreApplication.translate("ListActions", "Projects"))
        for project_id, title, client in pickers.project_choices(purpose, formatting.language()):
            item = QListWidgetItem(f"{title} — {client}")
            item.setData(Qt.ItemDataRole.UserRole, project_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, cleaning.fold(title, client))
            self.choices.addItem(item)
        self.empty = QLabel(QCoreApplication.translate("ListActions", "No project can have one yet: a quote needs an "
                                                                      "open project, a contract an accepted quote."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.choices.count() == 0)
        for widget in (question, self.search, self.choices, self.empty):
            self.content.addWidget(widget)
        self.search.textChanged.connect(self.narrow)
        self.search.returnPressed.connect(self.accept)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        self.choices.currentItemChanged.connect(lambda *_: self._enable())
        self.choices.setCurrentRow(0)
        self._enable()
        self.resize(480, 420)

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def narrow(self, text: str) -> None:
        words = cleaning.fold(text).split()
        first = None
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            key = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(word in key for word in words))
            if first is None and not item.isHidden():
                first = item
        self.choices.setCurrentItem(first)

    def chosen(self) -> int | None:
        item = self.choices.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def save(self) -> None:
        project_id = self.chosen()
        if project_id is None:  # OK is disabled then; Enter in the search box still comes here
            return
        if self.purpose == "quote":
            self.created_id = quotes.create_from_project(project_id).id
        else:  # a quote's contract is drawn up when it is accepted: that one opens, or a new draft if it was deleted
            existing = pickers.contract_of_agreement(project_id)
            self.created_id = existing or contracts.create_for_quote(
                quotes.get(projects.get(project_id).accepted_quote_id)).id


def new_for_project(view) -> int | None:
    """Ask which project, make the draft quote or contract for it; its id, or None when the designer cancels."""
    chooser = ProjectChooser(FOR_PROJECT[view.kind], view)
    return chooser.created_id if ask.run(chooser) else None
