"""Restyling after `theme.styled_after` (start-up builds the window with the sheet set aside) never walks a
dead widget: Settings' accent colour and the theme choice re-apply the sheet over every widget.

The crash this guards against killed the process (a segfault in ``QApplication::setStyleSheet``), so the
rounds run in a child process and the test reads its exit status."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]

ROUNDS = textwrap.dedent("""
    import faulthandler, sys
    from pathlib import Path
    faulthandler.enable()
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(["studio-desk"])
    folder = Path(sys.argv[2])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))
    from studio_app import demo
    from studio_app.store import lists, startup
    startup.open_database(folder / "demo.sqlite3")
    demo.fill("small", seed=7)
    from ui import theme
    from ui.app import setup_application
    from ui.main_window import MainWindow
    accents = ["#2F5D8A", "#8A2F5D", "#E91E63"]
    for round in range(int(sys.argv[1])):
        setup_application(app)
        with theme.styled_after(app):
            window = MainWindow(str(folder / "demo.sqlite3"))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        for page in ("dashboard", "clients", "projects", "quotes", "invoices", "settings"):
            window.show_view(page)
            app.processEvents()
            theme.apply(app, ("light", "dark")[round % 2], accents[round % 3])
        window.open_record("invoice", lists.ids("invoices")[0])
        window.close()
        window.deleteLater()
        if round % 2:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        theme.apply(app, "light", accents[(round + 1) % 3])
    print("rounds done")
""")


def test_the_sheet_is_reapplied_safely_after_the_window_was_built_with_it_set_aside(tmp_path):
    run = subprocess.run([sys.executable, "-c", ROUNDS, "6", str(tmp_path)], check=False, cwd=ROOT, capture_output=True, text=True,
                         timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0 and "rounds done" in run.stdout, run.stderr[-3000:]


def test_a_sheet_keeper_outlives_the_sheet_set_aside(qapp):
    from ui import theme
    theme.apply(qapp, "light")
    with theme.styled_after(qapp):
        assert qapp.styleSheet() == ""
        keepers = [w for w in qapp.topLevelWidgets() if w.objectName() == "style_sheet_keeper"]
        assert len(keepers) == 1 and keepers[0].styleSheet() and not keepers[0].isVisible()
    assert qapp.styleSheet()
    with theme.styled_after(qapp):  # one keeper, however often the sheet is set aside
        assert [w for w in qapp.topLevelWidgets() if w.objectName() == "style_sheet_keeper"] == keepers
