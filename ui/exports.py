"""File → Export: the accountant's CSV and the JSON export (the whole database, a backup that imports anywhere).

A save dialog asks where; the export runs in a worker thread (its own database connection, one read
transaction) under a progress dialog, so the window stays responsive on a large database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressDialog

from studio_app.store import db
from studio_app.text.errors import StudioError
from studio_app.work import clock
from ui import ask
from ui.i18n import error_text



class ExportWorker(QThread):
    """Runs ``job`` off the window's thread; ``done`` carries its result, or the refusal it raised."""

    done = Signal(object, object)

    def __init__(self, job: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        result, refusal = None, None
        try:
            result = self.job()
        except StudioError as exc:
            refusal = exc
        finally:
            db.current().close()  # this thread's own connection (peewee keeps one per thread)
        self.done.emit(result, refusal)


def add_to_menu(window: QMainWindow, menu: QMenu) -> None:
    """The two export entries, in ``window``'s File menu."""
    csv_action = QAction(QCoreApplication.translate("Exports", "Export invoices for the accountant (CSV)…"), window)
    csv_action.triggered.connect(lambda: export_accountant_csv(window))
    json_action = QAction(QCoreApplication.translate("Exports", "Export everything as a backup (JSON)…"), window)
    json_action.triggered.connect(lambda: export_everything(window))
    menu.addAction(csv_action)
    menu.addAction(json_action)
    window.export_csv_action, window.export_json_action = csv_action, json_action


def export_accountant_csv(window: QMainWindow) -> ExportWorker | None:
    """The invoices CSV the accountant opens in a spreadsheet (the CLI's ``export csv invoices``)."""
    caption = QCoreApplication.translate("Exports", "Export invoices for the accountant")
    kinds = QCoreApplication.translate("Exports", "CSV files (*.csv)")
    path = ask.save_file(window, caption, f"invoices-{clock.today().isoformat()}.csv", kinds)
    if not path:
        return None
    from studio_app.files import export  # loaded when asked for, not at start
    return run(window, lambda: export.export_csv("invoices", Path(path)), Path(path),
               lambda count: QCoreApplication.translate("Exports", "The invoices for the accountant are saved in %2 (invoices: %1).")
               .replace("%1", str(count)))


def export_everything(window: QMainWindow) -> ExportWorker | None:
    """Every table as JSON (the CLI's ``export json``): a backup that ``import`` brings into an empty database."""
    caption = QCoreApplication.translate("Exports", "Export everything")
    kinds = QCoreApplication.translate("Exports", "JSON files (*.json)")
    path = ask.save_file(window, caption, f"studio-desk-{clock.today().isoformat()}.json", kinds)
    if not path:
        return None
    from studio_app.files import export  # loaded when asked for, not at start
    return run(window, lambda: export.export_json(Path(path)), Path(path),
               lambda _result: QCoreApplication.translate("Exports", "Everything exported to %2."))


def run(window: QMainWindow, job: Callable[[], object], path: Path, said: Callable[[object], str]) -> ExportWorker:
    text = QCoreApplication.translate("Exports", "Exporting to %1…").replace("%1", path.name)
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setCancelButton(None)  # an export is one read transaction: it finishes or writes nothing
    progress.setMinimumDuration(300)  # a small database is done before it would show
    progress.setWindowTitle(QCoreApplication.translate("Exports", "Exporting"))
    worker = ExportWorker(job, window)

    def finished(result: object, refusal: object) -> None:
        progress.close()
        worker.wait()
        if refusal is not None:
            ask.warning(window, error_text(refusal))
        else:
            window.statusBar().showMessage(said(result).replace("%2", str(path)), 8000)
        window.last_export = None

    worker.done.connect(finished)
    window.last_export = worker
    worker.start()
    return worker
