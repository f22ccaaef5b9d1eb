"""QApplication set-up and the entry point `run_gui`: theme, translations, the database, the main window."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from studio_app.store import db, secrets, startup
from studio_app.files import private
from studio_app.text.errors import DatabaseDamagedError, StudioError
from studio_app.files.resources import resource_path
from studio_app.work import settings as studio_settings
from ui import ask, first_day, i18n, theme
from ui.formatting import interface_language
from ui.i18n import error_text
from ui.main_window import MainWindow


def setup_application(app: QApplication) -> None:
    """Names (for QSettings), the interface language and the light or dark palette."""
    app.setApplicationName("Studio Desk")
    app.setOrganizationName("StudioDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "studio-desk.svg"))))
    private_settings_file()
    i18n.install(app, interface_language())
    theme.apply(app, str(QSettings().value("theme", "system")))


def private_settings_file() -> Path:
    """The window's settings file (which names the database) is readable by the user only: created 0600
    before Qt first writes it; Qt keeps the mode of an existing file when it rewrites it."""
    path = Path(QSettings().fileName())
    db.private_folder(path.parent)
    if not path.exists():
        private.create_new(path)
    elif os.name == "posix":
        path.chmod(0o600)
    return path


def open_asking_password(target: str | None, *, daily_backup: bool, interactive: bool = True) -> None:
    """:func:`open_or_recover`; when a PostgreSQL server wants a password that is not kept (no keyring,
    nothing saved yet, or a wrong one), ask for it in a small dialog until it is right or the person cancels."""
    while True:
        try:
            open_or_recover(target, daily_backup=daily_backup, interactive=interactive)
            return
        except StudioError as exc:
            if not (interactive and target and db.is_postgres(target) and secrets.is_password_refusal(exc)):
                raise
            from ui.dialogs.password import PasswordDialog  # loaded when first opened, not at start
            if not ask.run(PasswordDialog(str(target), refused="failed" in str(exc.params.get("reason", "")))):
                raise


def open_or_recover(target: str | None, *, daily_backup: bool, interactive: bool = True) -> None:
    """Open the database; when the file is damaged, offer its latest backup (the damaged file is kept aside)."""
    try:
        startup.open_database(target, daily_backup=daily_backup)
        return
    except DatabaseDamagedError as exc:
        if not interactive or exc.latest_backup is None:
            raise
        damaged = exc
    informative = QApplication.translate("Recovery", "Studio Desk can put back the latest backup, %1. The damaged "
                                         "file is kept aside, not deleted.").replace("%1", damaged.latest_backup.name)
    buttons = [(QApplication.translate("Recovery", "Restore the latest backup"), ask.Role.AcceptRole),
               (QApplication.translate("Recovery", "Quit"), ask.Role.RejectRole)]
    if ask.choose(None, error_text(damaged), buttons, icon=ask.Icon.Critical, informative=informative) != 0:
        raise damaged
    from studio_app.files.restore import recover_from_backup  # start-up: loads only for a damaged file
    recover_from_backup(damaged.path, damaged.latest_backup)
    startup.open_database(target, daily_backup=False)


def after_first_paint() -> None:
    """Once the window and the Today view's figures have painted: the application's version (which nothing
    on screen shows), the fonts the first paint does not need (about 45 ms), and the cyclic garbage collector,
    which main.py holds off during start-up."""
    import studio_app  # its version is read from the package metadata (importlib.metadata, ~20 ms)
    QApplication.instance().setApplicationVersion(studio_app.__version__)
    theme.add_script_fonts()
    gc.enable()


def after_the_window(window: MainWindow) -> None:
    """What waits until the first thing a person sees has painted (the window, or on a new studio the
    first-run assistant over it): the fonts and the collector, the day's backup, what waits in the outbox (a
    slow server never delays the window)."""
    QTimer.singleShot(150, after_first_paint)
    QTimer.singleShot(200, lambda: start_daily_backup(window))
    QTimer.singleShot(500, window.retry_outbox)


class _BackupReport(QObject):
    failed = Signal(str)


def start_daily_backup(window: MainWindow) -> threading.Thread | None:
    """The day's first backup, taken in a thread once the window is up: copying a large database takes seconds
    (the 695 MB large demo: 3–8 s here) that the window no longer waits for. A failure is said in the status
    bar. The process waits for a backup under way before it exits."""
    job = startup.daily_backup_job()
    if job is None:
        return None
    report = _BackupReport(window)
    report.failed.connect(lambda text: window.statusBar().showMessage(text))

    def take() -> None:
        try:
            job()
        except StudioError as exc:
            try:
                report.failed.emit(error_text(exc))  # to the window's thread
            except RuntimeError:
                pass  # the window is gone: nobody to tell

    thread = threading.Thread(target=take, name="daily backup")
    thread.start()
    return thread


def run_gui(target: str | None, *, smoke: bool = False, started: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    target = target or QSettings().value("database") or None  # the password, if any, comes from studio_app.store.secrets
    try:
        open_asking_password(target, daily_backup=False, interactive=not smoke)  # the backup: after the paint
    except StudioError as exc:
        if smoke:
            print(f"studio-desk: {exc.message}", file=sys.stderr)
        else:
            ask.critical(None, error_text(exc))
        return 1
    theme.reapply(accent=studio_settings.get().accent_color)  # the studio's colour, before the window exists
    with theme.styled_after(app):
        window = MainWindow(db.describe(target or startup.default_target()))
    window.show()
    if smoke:
        QTimer.singleShot(150, after_first_paint)  # (after a smoke run's exit)
        def painted() -> None:
            try:
                window.repaint()
                print(f"{time.perf_counter() - (started or 0):.3f}")
                app.exit(0)
            except Exception as exc:  # a smoke run must never hang
                print(f"studio-desk: {exc}", file=sys.stderr)
                app.exit(1)
        QTimer.singleShot(0, painted)
        QTimer.singleShot(30_000, lambda: app.exit(1))
    else:  # a new, empty studio: the first-run assistant, over the window, before the work that waits for a paint
        QTimer.singleShot(0, lambda: first_day.offer(window, painted=lambda: after_the_window(window)))
    code = app.exec()
    db.close()
    return code
