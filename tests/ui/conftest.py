"""GUI fixtures: a real window on a real SQLite file, settings kept in the test's own folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from studio_app.store import db, startup
from studio_app import demo

I18N = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("tr", "el", "ms", "en")  # en holds only the plural forms


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path, qapp):
    """QSettings (geometry, last view, theme, language) go to the test's folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qtsettings"))
    from ui.app import setup_application
    setup_application(qapp)
    yield
    from ui import theme
    theme.apply(qapp, "light")


@pytest.fixture(autouse=True)
def asked():
    """Every message box, file picker and modal dialog is answered by a recorder (ui/ask.py), never left
    waiting for a click: ``asked.answer("No")`` picks the button, ``asked.fill(Dialog, fill)`` types into a
    dialog, ``asked.asked`` lists what the person saw."""
    from ui import ask
    with ask.recording() as recorder:
        yield recorder
    assert not recorder.unused(), f"answers left over, the questions never came: {recorder.unused()}"


@pytest.fixture
def demo_db(tmp_path, today):
    path = tmp_path / "demo.sqlite3"
    startup.open_database(path)
    demo.fill("small", seed=7)
    yield path
    db.close()


def make_window(qtbot, path, size=(1280, 800)):
    from ui.main_window import MainWindow
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, sqlite_db, today):
    return make_window(qtbot, sqlite_db)


@pytest.fixture
def demo_window(qtbot, demo_db):
    return make_window(qtbot, demo_db)


def settle() -> None:
    QApplication.processEvents()


def lupdate_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the running Python's PySide6."""
    script = Path(sys.executable).parent / f"pyside6-{name}"
    if script.exists():
        return str(script)
    import PySide6
    return str(Path(PySide6.__file__).parent / name)


@pytest.fixture(scope="session")
def translations_built():
    """The .qm files, rebuilt from their .ts as `make` would when missing or older (for runs outside make)."""
    for language in LANGUAGES:
        ts, qm = I18N / f"studio_desk_{language}.ts", I18N / f"studio_desk_{language}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lupdate_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return I18N
