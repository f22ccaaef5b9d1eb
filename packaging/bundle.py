"""What goes into the PyInstaller bundle: the rules build.spec applies, kept free of PyInstaller
imports so tests can check them.

PyInstaller collects every Qt plugin, translation and library its hooks know about, and every
Babel locale. Studio Desk speaks four languages and draws widgets, PDFs and charts; the rest is
dropped here:
- Qt modules the app never imports (Analysis ``excludes``, derived from PySide6's own list), and
  Pillow's AVIF codec;
- QML/Quick and the virtual keyboard (pulled in only by the virtual-keyboard input plugin),
  embedded-display platforms (eglfs, linuxfb, vnc, vkkhrdisplay), evdev input, network
  information and TLS plugins;
- the GTK3 platform theme: it would load the user's GTK against the build machine's bundled
  glib/cairo/pango (a known crash source) and brings 5 MB of them; Qt's own style and dialogs
  are used instead (the xdg-desktop-portal theme stays);
- Qt translations and Babel locale data for languages other than Studio Desk's own.
Shared libraries that only the dropped files needed are pruned after them (``new_orphans``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable

# Documents and interface languages; studio_app.text.i18n.LANGUAGES is checked against this by the tests.
LANGUAGES: tuple[str, ...] = ("en", "tr", "el", "ms")

# Qt modules the application imports (hidden imports, so they are bundled even when imported lazily).
QT_USED: tuple[str, ...] = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport",
                            "QtSvg", "QtCharts")
# Python packages that are not part of the app, whatever might import them optionally. PIL._avif is
# Pillow's AVIF codec (5 MB of libavif): reportlab needs Pillow for PNG logos, nobody needs AVIF. saxonche (114 MB)
# runs the e-invoice Schematron rules: the einvoice-check extra of a pip install, too large for the bundle.
PYTHON_EXCLUDES: tuple[str, ...] = ("tkinter", "_tkinter", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
                                    "unittest", "test", "pytest", "pytestqt", "hypothesis", "pypdf",
                                    "pikepdf", "fontTools",  # the PDF/A check and the font subsetter: dev tools
                                    "PyInstaller", "setuptools", "pip", "IPython", "numpy", "matplotlib",
                                    "PIL._avif", "saxonche",
                                    # only old Pythons' fallbacks (stdnum.numdb, babel.messages) import it, and
                                    # its PyInstaller runtime hook built its working set at every start (a sixth
                                    # of the packaged start, py-spy)
                                    "pkg_resources",
                                    # only concurrent.futures' process pool (which the app never starts) imports
                                    # it, and its PyInstaller runtime hook imported it at every start (~6 % of it)
                                    "multiprocessing")

_DROPPED_QT_LIBRARIES = re.compile(
    r"(^|/)(lib)?Qt6?(Qml|Quick|VirtualKeyboard|EglFSDeviceIntegration|EglFsKmsSupport)[A-Za-z]*([.]|$)")
_DROPPED_PLUGIN_DIRS = ("egldeviceintegrations", "generic", "networkinformation", "tls", "qmltooling")
_DROPPED_PLUGINS = re.compile(
    r"/plugins/(platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)"
    r"|platforminputcontexts/(lib)?qtvirtualkeyboardplugin|platformthemes/(lib)?qgtk3)[^/]*$")
_QT_TRANSLATION = re.compile(r"/translations/[a-z_]+?_(?P<lang>[a-z]{2,3})(_[A-Za-z]{2})?\.qm$")
_BABEL_LOCALE = re.compile(r"(^|/)babel/locale-data/(?P<name>[A-Za-z0-9_]+)\.dat$")


def qt_excludes(all_modules: Iterable[str]) -> list[str]:
    """PySide6 modules to leave out: all of ``PySide6.__all__`` the app does not import. (The Python
    modules only: libQt6OpenGL, say, stays as a library QtCharts links to, without its 9 MB binding.)"""
    return sorted(f"PySide6.{name}" for name in all_modules if name not in QT_USED)


def qt_hiddenimports() -> list[str]:
    return [f"PySide6.{name}" for name in QT_USED]


def keep(dest: str) -> bool:
    """Whether a bundle entry (its destination path inside the bundle) is shipped."""
    path = dest.replace("\\", "/")
    if _DROPPED_QT_LIBRARIES.search(path) or "/Qt/qml/" in f"/{path}":
        return False
    if any(f"/plugins/{folder}/" in path for folder in _DROPPED_PLUGIN_DIRS) or _DROPPED_PLUGINS.search(path):
        return False
    translation = _QT_TRANSLATION.search(path)
    if translation and path.startswith("PySide6/"):
        return translation["lang"] in LANGUAGES
    if path.startswith("resources/einvoice/") and path.endswith((".xsl", ".xslt")):
        return False  # the Schematron rules as XSLT 2 need saxonche, which the bundle leaves out (the XSD stay)
    locale = _BABEL_LOCALE.search(path)
    if locale:
        name = locale["name"]
        return name == "root" or name.split("_")[0] in LANGUAGES
    return True


def _symlink_target(dest: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), target.replace("\\", "/")))


def filter_entries(entries: Iterable[tuple], dropped: set[str] = frozenset()) -> list[tuple]:
    """Entries (dest, source, typecode) that ``keep`` accepts; a SYMLINK pointing at a ``dropped``
    destination goes too (it would dangle)."""
    gone = {name.replace("\\", "/") for name in dropped}
    kept = []
    for entry in entries:
        dest, source, typecode = entry[0], entry[1], entry[2]
        if not keep(dest):
            continue
        if typecode == "SYMLINK" and _symlink_target(dest, source) in gone:
            continue
        kept.append(entry)
    return kept


def new_orphans(before: list[tuple], after: list[tuple], needed: Callable[[str], set[str]]) -> set[str]:
    """Top-level shared libraries (collected as dependencies) that no kept binary needs any more,
    though something needed them before filtering. ``needed(source)`` gives the library names a
    binary links against. Libraries nobody linked to in the first place (collected on purpose,
    like the Python library) are left alone."""
    cache: dict[str, set[str]] = {}

    def needs(entries: list[tuple]) -> set[str]:
        names: set[str] = set()
        for dest, source, *_ in entries:
            if source not in cache:
                cache[source] = {posixpath.basename(name.replace("\\", "/")) for name in needed(source)}
            names |= cache[source]
        return names

    originally_needed = needs(before)
    remaining = list(after)
    dropped: set[str] = set()
    while True:
        still_needed = needs(remaining)
        orphans = {dest for dest, *_ in remaining
                   if "/" not in dest.replace("\\", "/") and dest in originally_needed and dest not in still_needed}
        if not orphans:
            return dropped
        dropped |= orphans
        remaining = [entry for entry in remaining if entry[0] not in orphans]


# python-stdnum's country packages the app checks ids of: the EU member states (stdnum.eu.vat imports each by
# name; XI is Northern Ireland, under gb) and the Peppol schemes and local ids of studio_app.work.identifiers and
# local_fields. The rest of its 6 MB (ISBN, IMSI and other number databases) stays out.
STDNUM_COUNTRIES = frozenset("at be bg cy cz de dk ee es fi fr gb gr hr hu ie it lt lu lv mt nl pl pt ro se si sk "
                             "au no tr".split())


def stdnum_wanted(name: str) -> bool:
    parts = name.split(".")
    return len(parts) <= 2 or parts[1] in STDNUM_COUNTRIES or parts[1] == "eu"
