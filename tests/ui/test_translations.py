"""Interface translations: the .ts files are complete and current, every text in ui/ goes through tr(),
and with a translator installed the window really speaks the language.

The .ts files in resources/translations/ are the sources; `make translations` updates them from ui/ (lupdate)
and builds the .qm files Qt loads (lrelease).
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.conftest import I18N, LANGUAGES, lupdate_tool, make_window, settle

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
PLURAL_FORMS = {"tr": 1, "el": 2, "ms": 1, "en": 2}


# --- the .ts files -------------------------------------------------------------------------------

def _messages(path: Path):
    """(context, source, comment, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.findtext("comment") or "", message


def _keys(path: Path) -> set[tuple[str, str, str]]:
    return {(context, source, comment) for context, source, comment, _ in _messages(path)}


def _translations(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_no_unfinished_empty_or_obsolete_entries(language):
    path = I18N / f"studio_desk_{language}.ts"
    problems = []
    for context, source, _comment, message in _messages(path):
        kind = message.find("translation").get("type")
        texts = _translations(message)
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif message.get("numerus") == "yes" and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms, not {PLURAL_FORMS[language]}")
    assert not problems, "\n".join(problems)
    assert any(True for _ in _messages(path)), f"{path.name} holds no messages"


_PLACEHOLDER = re.compile(r"%(?:n|\d)|\{[a-z0-9_:]*\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_one_accelerator(language):
    problems = []
    for context, source, _comment, message in _messages(I18N / f"studio_desk_{language}.ts"):
        for text in _translations(message):
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            accelerated = re.search(r"&[^&\s]", source)
            if accelerated and len(re.findall(r"&[^&\s]", text)) != 1:
                problems.append(f"{context}: {source!r} → {text!r}: needs exactly one & accelerator")
    assert not problems, "\n".join(problems)


def _fresh_ts(tmp_path: Path, *options: str) -> Path:
    """What lupdate finds in ui/ today, in a new .ts file."""
    target = tmp_path / f"fresh{len(options)}_tr.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([lupdate_tool("lupdate"), "-silent", "-locations", "none", *options, *sources, "-ts", str(target)],
                   check=True, capture_output=True, timeout=120)
    return target


def test_ts_files_hold_exactly_the_strings_in_ui(tmp_path):
    fresh = _keys(_fresh_ts(tmp_path))
    fresh_plurals = _keys(_fresh_ts(tmp_path, "-pluralonly"))
    assert len(fresh) > 300 and fresh_plurals
    for language in LANGUAGES:
        committed = _keys(I18N / f"studio_desk_{language}.ts")
        wanted = fresh_plurals if language == "en" else fresh
        missing, stale = sorted(wanted - committed), sorted(committed - wanted)
        assert not missing and not stale, (f"studio_desk_{language}.ts is behind ui/ — run `make translations` and "
                                           f"translate: missing {missing[:10]}, no longer used {stale[:10]}")


def test_every_tr_call_in_ui_is_in_the_ts_files():
    """tr() calls lupdate cannot see (inside f-strings, say) would silently stay English."""
    committed = _keys(I18N / "studio_desk_tr.ts")
    unseen = sorted({f"{path.relative_to(ROOT)}:{line}: {key}" for path, line, key in _tr_calls()
                     if key not in committed})
    assert not unseen, "tr() calls missing from the .ts files (write them outside f-strings):\n" + "\n".join(unseen)


# --- every text in ui/ is wrapped ----------------------------------------------------------------

# Qt calls and our own helpers that put text on screen: method or class name → positions of text arguments.
TEXT_ARGUMENTS = {
    "setText": (0,), "setPlaceholderText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setTitle": (0,), "setInformativeText": (0,), "setDetailedText": (0,),
    "setPlainText": (0,), "setSpecialValueText": (0,), "setPrefix": (0,), "setSuffix": (0,), "setTabText": (1,),
    "setItemText": (1,), "addItem": (0,), "addItems": (0,), "insertItem": (1,), "addTab": (1,), "insertTab": (2,),
    "addRow": (0,), "addMenu": (0,), "addAction": (0,), "addButton": (0,), "showMessage": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,), "setHeaderLabels": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QToolButton": (0,), "QMenu": (0,), "QToolBar": (0,), "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,), "QStandardItem": (0,), "QLineEdit": (0,), "QMessageBox": (0, 1, 2, 3),
    "StudioError": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
    "add_action": (0, 2), "_card": (0,), "_group": (0, 1), "confirm": (0,), "_add": (1,), "_empty": (1,),
    "choose": (1,), "open_file": (1, 3), "save_file": (1, 3), "say": (0,),  # ui/ask.py, ui/dialogs/base.py
}
TEXT_KEYWORDS = {"text", "title", "tooltip", "toolTip", "placeholderText", "informative"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "error_text"}
# Not words to translate: product and standard names, units, examples, dashes.
ALLOWED = ("Studio Desk", "IBAN", "BIC", "A4", "MB", "name@example.com", "–", "—")


def _has_words(text: str) -> bool:
    text = re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}|%\d|\*\.\w+", " ", text)
    for allowed in ALLOWED:
        text = text.replace(allowed, " ")
    return re.search(r"[^\W\d_]", text) is not None


def _unwrapped(node: ast.AST) -> list[str]:
    """The literal texts with words in ``node`` that no tr()/translate() call wraps."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        inner = [t for v in node.values if isinstance(v, ast.FormattedValue) for t in _unwrapped(v.value)]
        return ([literal] if _has_words(literal) else []) + inner
    if isinstance(node, ast.BinOp):
        return _unwrapped(node.left) + _unwrapped(node.right)
    if isinstance(node, ast.IfExp):
        return _unwrapped(node.body) + _unwrapped(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for value in node.values for t in _unwrapped(value)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for element in node.elts for t in _unwrapped(element)]
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in WRAPPERS:
            return []
        if isinstance(node.func, ast.Attribute) and name in ("replace", "format", "join", "strip"):
            extra = node.args[1:] if name == "replace" else node.args if name == "format" else []
            return _unwrapped(node.func.value) + [t for arg in extra for t in _unwrapped(arg)]
    return []  # names, attributes, other calls: computed at run time


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _ui_files():
    return sorted(UI.rglob("*.py"))


def test_the_text_check_catches_what_it_should():
    flagged = lambda source: _unwrapped(ast.parse(source, mode="eval").body)  # noqa: E731
    assert flagged('"Save"') and flagged('f"{n} records"') and flagged('"Saved " + name') \
        and flagged('x if y else "Nothing"') and flagged('self.tr("Hi %1").replace("%1", "there")')
    assert not flagged('self.tr("Save")') and not flagged('"IBAN"') and not flagged('"–"') \
        and not flagged('f"<b>{self.tr(\'Total\')}</b>"') and not flagged('name + " · " + kind') \
        and not flagged('QCoreApplication.translate("Status", "Paid")') and not flagged('"%1 — %2"')


def test_every_text_in_ui_goes_through_tr():
    problems = []
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            positions = TEXT_ARGUMENTS.get(_name(node.func), ())
            arguments = [node.args[i] for i in positions if i < len(node.args)]
            arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            if _name(node.func) == "_group" and len(node.args) > 1 and isinstance(node.args[1], ast.List):
                arguments[1:2] = [row.elts[1] for row in node.args[1].elts if isinstance(row, ast.Tuple)]
            for argument in arguments:
                for text in _unwrapped(argument):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {_name(node.func)}({text!r})")
    assert not problems, "texts shown without tr()/translate():\n" + "\n".join(problems)


def _tr_calls():
    """(file, line, (context, source, comment)) for every tr()/translate()/QT_TRANSLATE_NOOP() with literal text."""
    for path in _ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}  # node → the name of the innermost class it is in (lupdate's context for self.tr)
        for cls in sorted((n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)), key=lambda c: c.lineno):
            for inner in ast.walk(cls):
                classes[inner] = cls.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not all(isinstance(a, ast.Constant) for a in node.args[:2]):
                continue
            name, args = _name(node.func), [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "tr" and args and isinstance(node.func, ast.Attribute) and node in classes:
                yield path, node.lineno, (classes[node], args[0], args[1] if len(args) > 1 else "")
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                yield path, node.lineno, (args[0], args[1], args[2] if len(args) > 2 and args[2] else "")


# --- the translations at work --------------------------------------------------------------------

@pytest.fixture
def greek(qapp, translations_built):
    from ui import i18n
    i18n.install(qapp, "el")
    yield
    i18n.install(qapp, "en")


def test_greek_window_shows_greek_sidebar_and_dialog(qtbot, sqlite_db, today, greek):
    from PySide6.QtWidgets import QDialogButtonBox
    from tests import factories
    from ui.dialogs.interaction import InteractionDialog
    factories.studio()
    client = factories.client(name="Νίκος Παπαδόπουλος")
    window = make_window(qtbot, sqlite_db)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Σήμερα", "Πελάτες", "Έργα", "Προσφορές", "Συμβάσεις", "Τιμολόγια", "Εξερχόμενα", "Ρυθμίσεις"]
    assert window.menuBar().actions()[0].text() == "&Αρχείο"
    dialog = InteractionDialog(client.id, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Καταγραφή επικοινωνίας"
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Αποθήκευση", "Άκυρο"}  # Qt's own buttons: Qt ships no Greek, our .ts does
    assert dialog.kind.itemText(0) == "Κλήση"


def test_english_reads_one_day_and_three_days(qtbot, qapp, sqlite_db, today, translations_built):
    from ui import i18n
    from ui.views.dashboard_view import DashboardView
    i18n.install(qapp, "en")
    view = DashboardView()
    qtbot.addWidget(view)
    assert view.tr("%n day(s)", "", 1) == "1 day" and view.tr("%n day(s)", "", 3) == "3 days"
    settle()


@pytest.mark.parametrize("language, shown", [("en", "6 Dec 2026"), ("tr", "6 Ara 2026"), ("el", "6 Δεκ 2026"),
                                             ("ms", "6 Dis 2026")])
def test_date_fields_show_the_interface_languages_date(qtbot, language, shown):
    import datetime as dt

    from ui import formatting
    from ui.widgets.fields import DateField

    before = formatting.language()
    formatting.set_language(language)
    try:
        field = DateField()
        qtbot.addWidget(field)
        field.set_value(dt.date(2026, 12, 6))
        assert field.text() == shown
        assert field.value() == dt.date(2026, 12, 6)
    finally:
        formatting.set_language(before)
