"""Start-up's order of work: no garbage collection until the window is painted, the style sheet applied once."""

from __future__ import annotations

import gc
import marshal
import os
import subprocess
import sys

import pytest

import main
from ui import app, theme

pytestmark = pytest.mark.gui


def test_a_command_runs_with_the_garbage_collector_and_the_caller_keeps_its_setting(sqlite_db):
    seen = []
    from studio_app.cli import parser
    run = parser.run
    parser.run = lambda args: seen.append(gc.isenabled()) or run(args)
    try:
        assert main.main(["--db", str(sqlite_db), "check"]) == 0
        gc.disable()
        assert main.main(["--db", str(sqlite_db), "check"]) == 0
        assert not gc.isenabled()  # as the caller left it
    finally:
        gc.enable()
        parser.run = run
    assert seen == [True, True]


def test_the_window_turns_the_garbage_collector_back_on_after_its_first_paint(qapp):
    gc.disable()
    try:
        app.after_first_paint()
        assert gc.isenabled() and qapp.applicationVersion()
    finally:
        gc.enable()


def test_widgets_built_before_the_sheet_applies_look_the_same(qapp, qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    def panel() -> QWidget:
        outer = QWidget()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for name in ("viewTitle", "sectionTitle", "muted", "chip"):
            label = QLabel(name)
            label.setObjectName(name)
            layout.addWidget(label)
        QVBoxLayout(outer).addWidget(inner)
        qtbot.addWidget(outer)
        outer.resize(300, 200)
        return outer

    theme.apply(qapp, "light")
    sheet = qapp.styleSheet()
    direct = panel()
    with theme.styled_after(qapp):
        assert qapp.styleSheet() == ""
        later = panel()
    assert qapp.styleSheet() == sheet
    for widget in (direct, later):
        widget.show()
        qtbot.waitExposed(widget)
    assert direct.grab().toImage() == later.grab().toImage()


def test_number_and_date_fields_keep_their_text_off_the_border(qapp, qtbot):
    """Set where they are made (no per-widget polish in Python): the text starts 6 px in, as drawn."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    from ui.views.settings_view import SettingsView
    from ui.widgets.fields import DateField, SpinBox
    theme.apply(qapp, "light")
    view = SettingsView()
    qtbot.addWidget(view)
    boxes = view.findChildren(QAbstractSpinBox)
    assert boxes and all(isinstance(box, (SpinBox, DateField)) for box in boxes)
    for box in (SpinBox(), DateField(), *boxes):
        edit = box.findChild(QLineEdit)
        assert edit.textMargins().left() == 6, type(box).__name__


def test_the_window_modules_leave_the_message_box_and_file_dialog_classes_unbuilt():
    """PySide6 builds a class, with all its enums, when it is first imported or read: ui.ask reads the message box,
    file dialog and button box classes only when one is shown, so none is built before the first paint."""
    code = ("import ui.app, PySide6.QtWidgets as W; from ui import ask; hasattr(ask, 'anything'); "
            "print(*[n for n in ('QMessageBox', 'QFileDialog', 'QDialogButtonBox') if n in W.__dict__])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=main.__file__.rsplit("/", 1)[0])
    assert done.stdout.split() == []


def test_the_interface_imports_without_pysides_source_reading_hook():
    import builtins

    import ui  # noqa: F401
    assert builtins.__import__.__name__ != "__feature_import__"
    namespace: dict[str, object] = {}
    exec("from PySide6.QtWidgets import *", namespace)  # what shiboken's own import (put back) serves
    assert "QWizard" in namespace


def test_the_first_paint_leaves_the_widget_classes_it_does_not_show_unbuilt(sqlite_db, tmp_path):
    """A widget Qt made itself reaching Python (the style's drawPrimitive gets each painted widget) makes PySide6
    build every widget class to find its type: the lists on the first paint get their viewports from Python."""
    code = ("import sys, main, PySide6.QtWidgets as W; main.main(['--db', sys.argv[1], '--smoke']); "
            "print(*[n for n in ('QLCDNumber', 'QMdiArea', 'QCalendarWidget') if n in W.__dict__])")
    done = subprocess.run([sys.executable, "-c", code, str(sqlite_db)], capture_output=True, text=True, timeout=120,
                          check=True, cwd=main.__file__.rsplit("/", 1)[0],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)})
    assert done.stdout.split()[1:] == []  # (the first word: the smoke run's seconds)


def test_the_window_modules_leave_the_services_the_first_paint_does_not_use_unloaded():
    """The services behind the window's actions (archive, log, timer, search, the studio form's checks) load when
    first used, neither with the window nor with the Today view's figures: with what they import, about 20 ms."""
    code = ("import sys, ui.app, studio_app.today.cockpit; "
            "print(*[n for n in ('studio_app.work.clients', 'studio_app.work.projects', "
            "'studio_app.work.interactions', 'studio_app.work.timelog', 'studio_app.store.search', "
            "'studio_app.mail.settings', 'studio_app.money.numbering') if n in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=main.__file__.rsplit("/", 1)[0])
    assert done.stdout.split() == []


def test_shibokens_support_modules_are_compiled_once_and_again_only_when_their_source_changes(tmp_path):
    code = ("import builtins; seen = []; original = builtins.compile\n"
            "def counting(source, filename, *args, **kwargs):\n"
            "    seen.append(filename) if str(filename).startswith('shibokensupport/') else None\n"
            "    return original(source, filename, *args, **kwargs)\n"
            "builtins.compile = counting; import ui; builtins.compile = original\n"
            "from PySide6.QtWidgets import QLabel; print(len(seen), QLabel.__name__)")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp_path))

    def compiled() -> int:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                              env=env, cwd=main.__file__.rsplit("/", 1)[0])
        count, label = done.stdout.split()
        assert label == "QLabel"
        return int(count)

    assert compiled() > 5  # the first start compiles them (and keeps them)
    assert compiled() == 0
    (kept,) = tmp_path.glob("shibokensupport.*.marshal")
    entries = marshal.loads(kept.read_bytes())
    name = sorted(entries)[0]
    entries[name] = (b"# another version\n", entries[name][1])
    kept.write_bytes(marshal.dumps(entries))
    assert compiled() == 1  # the one whose source differs
    kept.write_bytes(b"not marshal data")
    assert compiled() > 5


def test_shibokens_bracket_patterns_are_compiled_only_when_a_signature_is_parsed():
    code = ("import re._compiler as c; big = []; original = c.compile\n"
            "def counting(pattern, *args, **kwargs):\n"
            "    big.append(1) if len(str(pattern)) > 3000 else None\n"
            "    return original(pattern, *args, **kwargs)\n"
            "c.compile = counting; import ui; at_start = len(big)\n"
            "from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([])\n"
            "try:\n    QLabel().setText(5)\nexcept TypeError as error:\n    said = str(error)\n"
            "print(at_start, len(big), 'Supported signatures' in said and 'setText(arg__1: str' in said)")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env=env, cwd=main.__file__.rsplit("/", 1)[0])
    assert done.stdout.split() == ["0", "1", "True"]  # none at start; the signature parser's on the error
