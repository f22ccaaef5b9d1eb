"""The main window: a sidebar of views, the global search, menus with the standard shortcuts, a status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QMainWindow, QPushButton, QSizePolicy, QStackedWidget,
                               QToolBar, QVBoxLayout, QWidget)

from studio_app.text.errors import StudioError
from ui import ask, exports, first_day
from ui.i18n import error_text
from ui.indicators import own_viewport
from ui.views.dashboard_view import DashboardView
from ui.widgets.search_box import SearchBox
from ui.widgets.timer import TimerWidget

if TYPE_CHECKING:
    from ui.views.list_view import ListView
    from ui.views.settings_view import SettingsView

PAGES = ("dashboard", "clients", "projects", "quotes", "contracts", "invoices", "outbox", "settings")
LISTS = ("clients", "projects", "quotes", "contracts", "invoices")
KIND_OF = {"client": "clients", "project": "projects", "quote": "quotes", "contract": "contracts",
           "invoice": "invoices"}


def new_editor(kind: str) -> QWidget:
    """The editor of a list's records, its module imported when a record is first opened: start-up shows a view,
    never an editor."""
    if kind == "clients":
        from ui.views.client_editor import ClientEditor
        return ClientEditor()
    if kind == "projects":
        from ui.views.project_editor import ProjectEditor
        return ProjectEditor()
    if kind == "quotes":
        from ui.views.quote_editor import QuoteEditor
        return QuoteEditor()
    if kind == "contracts":
        from ui.views.contract_editor import ContractEditor
        return ContractEditor()
    from ui.views.invoice_editor import InvoiceEditor
    return InvoiceEditor()


class Section(QStackedWidget):
    """A list and the editor its rows open in; Back returns to the list where it was.

    The list is built the first time the section is shown and the editor the first time a record is opened,
    so start-up builds only the view it shows.
    """

    def __init__(self, kind: str, on_editor=None, on_list=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._list: ListView | None = None
        self._on_list = on_list
        self._editor = None
        self._on_editor = on_editor
        self._stale = False

    @property
    def list(self) -> ListView:
        if self._list is None:
            from ui.views.list_view import ListView  # loaded with the first list shown: start-up shows Today
            self._list = ListView(self.kind)
            self.insertWidget(0, self._list)
            self._list.open_requested.connect(self.open)
            self._list.new_requested.connect(self.new)
            self._list.mail_sent.connect(lambda _id: self.stale())
            if self._on_list is not None:
                self._on_list(self._list)
        return self._list

    @property
    def editor(self):
        if self._editor is None:
            self._editor = new_editor(self.kind)
            self.addWidget(self._editor)
            self._editor.closed.connect(self.back)
            self._editor.saved.connect(lambda _id: self.stale())
            if self._on_editor is not None:
                self._on_editor(self._editor)
        return self._editor

    def open(self, record_id: int, **extra) -> None:
        self.editor.load(record_id, **extra) if extra else self.editor.load(record_id)
        self.setCurrentWidget(self.editor)

    def new(self, **extra) -> None:
        if self.kind in ("quotes", "contracts"):
            return
        self.open(None, **extra)  # type: ignore[arg-type]

    def back(self) -> None:
        record_id = self._editor.record_id if self._editor is not None else None
        self.setCurrentWidget(self.list)
        if self._stale or not self.list._loaded:
            self._stale = False
            self.list.refresh()
        if record_id is not None:
            self.list.select_id(record_id)
        self.list.table.setFocus()

    def stale(self) -> None:
        self._stale = True

    def editing(self) -> bool:
        return self._editor is not None and self.currentWidget() is self._editor


class MainWindow(QMainWindow):
    def __init__(self, location: str) -> None:
        super().__init__()
        self.location = location
        self.setWindowTitle(self.tr("Studio Desk — %1").replace("%1", location))
        self.sidebar = own_viewport(QListWidget())  # no PySide6 type search at the first paint
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.dashboard = DashboardView()
        self.sections = {kind: Section(kind, self._connect_editor, self._connect_list) for kind in LISTS}
        self._settings_view: SettingsView | None = None
        self.settings_page = QWidget()  # filled with the settings form when first shown
        QVBoxLayout(self.settings_page).setContentsMargins(0, 0, 0, 0)
        self._outbox_view = None
        self.outbox_page = QWidget()  # filled with the outbox when first shown
        QVBoxLayout(self.outbox_page).setContentsMargins(0, 0, 0, 0)
        self.pages: dict[str, QWidget] = {"dashboard": self.dashboard, **self.sections, "outbox": self.outbox_page,
                                          "settings": self.settings_page}
        titles = {"dashboard": self.tr("Today"), "clients": self.tr("Clients"), "projects": self.tr("Projects"),
                  "quotes": self.tr("Quotes"), "contracts": self.tr("Contracts"), "invoices": self.tr("Invoices"),
                  "outbox": self.tr("Outbox"), "settings": self.tr("Settings")}
        for name in PAGES:
            self.sidebar.addItem(titles[name])
            self.stack.addWidget(self.pages[name])
        self.sidebar.currentRowChanged.connect(self._page_changed)
        self.dashboard.open_record.connect(self.open_record)
        self.dashboard.open_list.connect(self.open_list)
        self.dashboard.mail_sent.connect(self.outbox_changed)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.search_box = SearchBox()
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.open_hit.connect(self.open_record)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("searchBar")
        toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.timer = TimerWidget(self.current_project)
        self.timer.recorded.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.timer.recorded.connect(lambda _t: self.sections["projects"].editing()
                                    and self.sections["projects"].editor.refresh_progress())
        self.timer.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        toolbar.addWidget(self.search_box)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.timer)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._build_menus()
        self.outbox_button = QPushButton()
        self.outbox_button.setFlat(True)
        self.outbox_button.setObjectName("outboxButton")
        self.outbox_button.clicked.connect(lambda: self.show_view("outbox"))
        self.outbox_button.hide()
        self.statusBar().addPermanentWidget(self.outbox_button)
        self.statusBar().showMessage(location)
        first_day.mark_if_sample(self, location)
        self._restore()

    def _connect_list(self, view: ListView) -> None:
        view.go_requested.connect(self.show_view)
        view.mail_sent.connect(self.outbox_changed)

    def _connect_editor(self, editor) -> None:
        editor.open_record.connect(self.open_record)
        editor.saved.connect(self._saved)
        editor.mail_sent.connect(self.outbox_changed)

    @property
    def outbox_view(self):
        if self._outbox_view is None:
            from ui.views.outbox_view import OutboxView  # loaded when first shown, not at start
            self._outbox_view = OutboxView()
            self._outbox_view.changed.connect(self.show_outbox_count)
            self.outbox_page.layout().addWidget(self._outbox_view)
            self._outbox_view.show()
        return self._outbox_view

    # -- the outbox ---------------------------------------------------------------------------
    def outbox_changed(self, *_args) -> None:
        """A message was sent or queued somewhere: the outbox count (and the outbox, if shown) follow."""
        if self._outbox_view is not None:
            self._outbox_view.refresh()
        else:
            from studio_app.mail import outbox  # loaded with the first message, not at start
            self.show_outbox_count(len(outbox.pending()))

    def show_outbox_count(self, waiting: int) -> None:
        self.outbox_button.setText(self.tr("Outbox: %n message(s) waiting", "", waiting))
        self.outbox_button.setVisible(waiting > 0)

    def retry_outbox(self) -> None:
        """At start, after the window is shown: what waits in the outbox is sent again. A failure is said in
        the status bar (the messages stay in the outbox), never in a dialog that would stop the start."""
        from studio_app.mail import outbox  # loaded after the window is painted, not before
        try:
            if not outbox.pending():
                return
            results = outbox.retry_all()
        except StudioError as exc:
            self.statusBar().showMessage(self.tr("The outbox could not be sent: %1").replace("%1", error_text(exc)))
            self.outbox_changed()
            return
        sent = sum(result.status == "sent" for result in results)
        left = len(results) - sent
        if left:
            reason = next((result.error for result in results if result.error), "")
            self.statusBar().showMessage(self.tr("%n message(s) in the outbox could not be sent yet.", "", left)
                                         + (" " + reason if reason else ""))
        elif sent:
            self.statusBar().showMessage(self.tr("%n message(s) from the outbox sent.", "", sent), 8000)
        self.outbox_changed()

    @property
    def settings_view(self) -> SettingsView:
        if self._settings_view is None:
            from ui.views.settings_view import SettingsView  # loaded when first shown, not at start
            self._settings_view = SettingsView()
            self._settings_view.saved.connect(
                lambda _id: self.statusBar().showMessage(self.tr("Settings saved."), 4000))
            self._settings_view.saved.connect(self._saved)
            self.settings_tabs = self._settings_view.tabs  # one tab bar: studio, invoicing, documents, e-mail, desk
            self.settings_page.layout().addWidget(self._settings_view)
            self._settings_view.show()  # added to a page that may already be on screen
        return self._settings_view

    @property
    def documents_settings(self):
        """Settings → Documents, built the first time it is shown."""
        return self.settings_view.documents_settings

    # -- menus and shortcuts ------------------------------------------------------------------
    def _build_menus(self) -> None:
        def action(menu, text: str, slot, shortcut=None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = action(file_menu, self.tr("&New"), self.new_record, QKeySequence.StandardKey.New)
        self.save_action = action(file_menu, self.tr("&Save"), self.save_current, QKeySequence.StandardKey.Save)
        self.print_action = action(file_menu, self.tr("&Print or preview…"), self.print_current,
                                   QKeySequence.StandardKey.Print)
        self.import_action = action(file_menu, self.tr("&Import…"), self.import_file)
        file_menu.addSeparator()
        exports.add_to_menu(self, file_menu)
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        action(go_menu, self.tr("&Search"), self.focus_search, QKeySequence("Ctrl+K"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.log_action = action(go_menu, self.tr("&Log an interaction…"), self.quick_log, QKeySequence("Ctrl+L"))
        for number, name in enumerate(PAGES, start=1):
            action(go_menu, self.sidebar.item(number - 1).text(), lambda _=False, n=name: self.show_view(n),
                   QKeySequence(f"Ctrl+{number}"))
        self.archive_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self, self.archive_selected)
        self.archive_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.first_run_action = action(help_menu, self.tr("&First-run assistant…"), self.first_run)
        action(help_menu, self.tr("&About Studio Desk"), self.about)

    # -- navigation ---------------------------------------------------------------------------
    def current_page(self) -> str:
        return PAGES[max(self.sidebar.currentRow(), 0)]

    def import_file(self) -> None:
        from ui.dialogs import import_csv  # loaded when asked for (start-up speed)
        kind = {"projects": "projects", "invoices": "invoices"}.get(self.current_page(), "clients")
        if import_csv.open_import(self, kind):  # the open list and the dashboard show what came in
            page = self.pages[self.current_page()]
            if isinstance(page, Section):
                page.list.refresh()
            self.dashboard.refresh()

    def show_view(self, name: str) -> None:
        row = PAGES.index(name)
        if row == self.sidebar.currentRow():
            self._page_changed(row)  # already there: bring it up to date
        else:
            self.sidebar.setCurrentRow(row)

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row]
        self.stack.setCurrentIndex(row)
        page = self.pages[name]
        if isinstance(page, Section):
            if not page.editing():
                page.list.ensure_loaded() if not page._stale else page.back()
        elif page is self.settings_page:
            self.settings_view.load()
        elif page is self.outbox_page:
            self.outbox_view.refresh()
        elif not self.isVisible():
            self.dashboard.refresh_after_first_paint()  # start-up: paint the window, then the figures
        else:
            self.dashboard.refresh()

    def open_list(self, name: str, status: str) -> None:
        """A list page showing only ``status`` (the dashboard's "View all" and its cards)."""
        section = self.sections[name]
        self.sidebar.blockSignals(True)  # one read of the list, with its filter
        self.sidebar.setCurrentRow(PAGES.index(name))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(section)
        section.setCurrentWidget(section.list)
        section._stale = False  # read now
        section.list.show_status(status)
        section.list.table.setFocus()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "new-project":
            self.show_view("projects")
            self.sections["projects"].new(client_id=record_id)
            return
        name = KIND_OF[kind]
        self.show_view(name)
        self.sections[name].open(record_id)

    def _saved(self, _record_id: int) -> None:
        for section in self.sections.values():
            section.stale()

    def current_project(self) -> int | None:
        """The project open in the projects view (the timer's target)."""
        section = self.sections["projects"]
        return section.editor.record_id if section.editing() else None

    # -- commands -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def new_record(self) -> None:
        page = self.pages[self.current_page()]
        if isinstance(page, Section):
            page.new()
        elif self.current_page() == "dashboard":
            self.show_view("clients")
            self.sections["clients"].new()

    def save_current(self) -> None:
        page = self.pages[self.current_page()]
        if page is self.settings_page:
            self.settings_view.save()
        elif isinstance(page, Section) and page.editing():
            page.editor.save()

    def print_current(self) -> None:
        page = self.pages[self.current_page()]
        if isinstance(page, Section) and page.kind in ("quotes", "contracts", "invoices"):
            if not page.editing():
                record_id = page.list.selected_id()
                if record_id is None:
                    return
                page.open(record_id)
            page.editor.preview()

    def quick_log(self) -> None:
        from studio_app.work import projects  # the services load when first used, not before the first paint
        from ui.dialogs.interaction import InteractionDialog  # loaded when first opened, not at start
        client_id = project_id = None
        page = self.pages[self.current_page()]
        if isinstance(page, Section) and page.editing() and page.editor.record_id is not None:
            if page.kind == "clients":
                client_id = page.editor.record_id
            elif page.kind == "projects":
                project_id = page.editor.record_id
                client_id = projects.get(project_id).client_id
        if ask.run(InteractionDialog(client_id, project_id, parent=self)):
            self.statusBar().showMessage(self.tr("Logged."), 4000)
            if isinstance(page, Section) and page.kind == "clients" and page.editing():
                page.editor.refresh_side()
            self.dashboard.refresh()

    def archive_selected(self) -> None:
        page = self.pages[self.current_page()]
        if not isinstance(page, Section) or page.editing() or page.kind not in ("clients", "projects"):
            return
        record_id = page.list.selected_id()
        if record_id is None:
            return
        from studio_app.work import clients, projects  # (~10 ms with what they import)
        service = clients if page.kind == "clients" else projects
        question = (self.tr("Archive this client? Their documents are kept.") if page.kind == "clients"
                    else self.tr("Archive this project? Its documents are kept."))
        if not ask.question(self, question):
            return
        try:
            service.set_archived(record_id, True)
        except StudioError as exc:
            ask.warning(self, error_text(exc))
            return
        page.list.refresh()
        self.statusBar().showMessage(self.tr("Archived."), 4000)

    def first_run(self) -> None:
        first_day.run_assistant(self)

    def about(self) -> None:
        from ui.dialogs.about import AboutDialog  # loaded when first opened, not at start
        ask.run(AboutDialog(self))

    # -- remembered between runs --------------------------------------------------------------
    def _restore(self) -> None:
        prefs = QSettings()
        geometry = prefs.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = prefs.value("window/state")
        if state is not None:
            self.restoreState(state)
        last = str(prefs.value("window/view", "dashboard"))
        self.show_view(last if last in PAGES else "dashboard")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        prefs = QSettings()
        prefs.setValue("window/geometry", self.saveGeometry())
        prefs.setValue("window/state", self.saveState())
        prefs.setValue("window/view", self.current_page())
        super().closeEvent(event)
