"""Light and dark palettes on the Fusion style, and the few style rules the forms need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from studio_app.files.resources import resource_path

ACCENT = "#2F5D8A"
THEMES = ("system", "light", "dark")

_STYLE = """
QListWidget#sidebar { border: none; padding-top: 8px; font-size: 14px; background: palette(alternate-base); }
QListWidget#sidebar::item { padding: 8px 14px; border-radius: 6px; margin: 1px 8px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel#viewTitle { font-size: 20px; font-weight: 600; }
QLabel#emptyState { font-size: 15px; color: palette(placeholder-text); }
QLabel#formError { color: %(error)s; }
QLabel#badge { border-radius: 9px; padding: 2px 10px; font-weight: 600; color: white; background: %(badge)s; }
QLabel#totals { font-size: 14px; }
QLabel#hint { color: palette(placeholder-text); }
QLabel#warning { color: %(warning)s; font-weight: 600; }
*[invalid="true"] { border: 1px solid %(error)s; border-radius: 3px; }
QTableView { gridline-color: palette(midlight); }
QGroupBox { font-weight: 600; }
"""


def _dark() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1F2125", QPalette.ColorRole.WindowText: "#E6E6E6",
        QPalette.ColorRole.Base: "#16181B", QPalette.ColorRole.AlternateBase: "#26292E",
        QPalette.ColorRole.ToolTipBase: "#2B2E33", QPalette.ColorRole.ToolTipText: "#E6E6E6",
        QPalette.ColorRole.Text: "#E6E6E6", QPalette.ColorRole.Button: "#2A2D32",
        QPalette.ColorRole.ButtonText: "#E6E6E6", QPalette.ColorRole.BrightText: "#FF6B6B",
        QPalette.ColorRole.Highlight: "#3D78B3", QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#7FB2E5", QPalette.ColorRole.PlaceholderText: "#8B9099",
        QPalette.ColorRole.Mid: "#3A3D42", QPalette.ColorRole.Midlight: "#33363B",
        QPalette.ColorRole.Dark: "#111214", QPalette.ColorRole.Light: "#45484E",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6B6F76"))
    return p


def _light() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#F3F4F6"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6B7280"))
    return p


def apply(app: QApplication, theme: str = "system") -> str:
    """Apply ``theme`` (system, light or dark); returns the one applied."""
    app.setStyle("Fusion")
    if theme == "system":
        hints = app.styleHints()
        theme = "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
    dark = theme == "dark"
    app.setPalette(_dark() if dark else _light())
    app.setStyleSheet(_STYLE % {"error": "#FF8A80" if dark else "#C62828", "badge": "#3D78B3" if dark else ACCENT,
                                "warning": "#FFB74D" if dark else "#B45309"})
    return theme


_script_families: list[str] = []


def add_script_fonts() -> list[str]:
    """Make the fonts the documents ship (Arabic, Tamil, Devanagari, CJK, Hangul, emoji) available to Qt's own
    fallback, so a name the PDF can print the window can show, on any machine. Once per process; about 45 ms,
    so the app calls it after the window has painted."""
    if _script_families:
        return _script_families
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        if path.name.startswith("DejaVu"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _script_families:
                _script_families.append(family)
    base = QApplication.font().family()
    QFont.insertSubstitutions(base, _script_families)
    return _script_families
