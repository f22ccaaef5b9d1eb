"""The light and dark themes: QPalette, style sheet and application font, all generated from ui.tokens.

`apply(app, theme, accent)` sets them; `current()` is the tokens in force, for code that paints.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from studio_app.files.resources import resource_path
from ui import style_sheet
from ui.indicators import TokenStyle
from ui.tokens import DEFAULT_ACCENT, TYPE, Theme, theme_tokens

ACCENT = DEFAULT_ACCENT
THEMES = ("system", "light", "dark")
FAMILY = "Inter"
FIRST_PAINT_FONTS = ("Inter-Regular.ttf", "Inter-Medium.ttf", "Inter-SemiBold.ttf", "Inter-Bold.ttf")  # italics later

_state: dict[str, object] = {"choice": "system", "accent": None, "tokens": theme_tokens("light"), "style": None}


def current() -> Theme:
    """The design tokens of the theme in force (light ones before any `apply`)."""
    return _state["tokens"]  # type: ignore[return-value]


def palette(t: Theme) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: t.window, roles.WindowText: t.text, roles.Base: t.surface, roles.AlternateBase: t.surface_alt,
        roles.ToolTipBase: t.text, roles.ToolTipText: t.window, roles.Text: t.text, roles.Button: t.surface,
        roles.ButtonText: t.text, roles.BrightText: t.danger, roles.Highlight: t.accent,
        roles.HighlightedText: t.on_accent, roles.Link: t.accent_text, roles.LinkVisited: t.accent_text,
        roles.PlaceholderText: t.text_muted, roles.Light: t.surface, roles.Midlight: t.border,
        roles.Mid: t.border_strong, roles.Dark: t.border_strong, roles.Shadow: "#000000", roles.Accent: t.accent,
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):  # readable (≥ 4.5:1), told apart by the fill
        p.setColor(disabled, role, QColor(t.text_muted))
    p.setColor(disabled, roles.Base, QColor(t.surface_alt))
    p.setColor(disabled, roles.Button, QColor(t.surface_alt))
    p.setColor(disabled, roles.Highlight, QColor(t.border_strong))
    return p


def resolve(choice: str) -> str:
    """"light" or "dark" for a saved choice ("system" follows the desktop)."""
    if choice in ("light", "dark"):
        return choice
    app = QApplication.instance()
    dark = bool(app) and app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


def apply(app: QApplication, theme: str = "system", accent: str | None = None) -> str:
    """Apply ``theme`` (system, light or dark) with the studio's ``accent`` colour (None: the one applied
    before, else the default); returns the theme applied, "light" or "dark"."""
    accent = accent if accent is not None else _state["accent"]  # type: ignore[assignment]
    name = resolve(theme)
    tokens = theme_tokens(name, accent)
    _state.update(choice=theme, accent=accent, tokens=tokens)
    style = _state["style"]
    if style is None:
        style = TokenStyle(tokens)
        _state["style"] = style
        app.setStyle(style)
    style.tokens = tokens  # type: ignore[attr-defined]
    set_font(app)
    sheet = style_sheet.style_sheet(tokens)
    if sheet != app.styleSheet() or app.palette().color(QPalette.ColorRole.Window) != QColor(tokens.window):
        with _no_collection():
            app.setPalette(palette(tokens))  # each re-polishes every widget: only when something changed
            app.setStyleSheet(sheet)
    return name


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while Qt re-polishes every widget. Qt walks a list of the widgets it took
    first, calling back into Python on the way (our style, our widgets' events); a collection there can delete a
    parentless widget held only by a Python cycle while it is still on that list, and Qt then sends it an event:
    a segfault in ``QCoreApplication::notifyInternal2`` under ``setStyleSheet`` (the CI crash of session 4; a
    one-process run of tests/ui reproduced it in test_document_editors on main 5065559)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reapply(theme: str | None = None, accent: str | None = None) -> str:
    """Apply again with a new theme choice or accent colour (Settings saved), keeping what is not given."""
    app = QApplication.instance()
    return apply(app, theme if theme is not None else str(_state["choice"]),
                 accent if accent is not None else _state["accent"])  # type: ignore[arg-type]


@contextmanager
def styled_after(app: QApplication) -> Iterator[None]:
    """Widgets built inside the block take the application's style sheet once, when it ends.

    With a style sheet in force, every widget given a parent re-resolves the sheet for its whole subtree, so a
    window built bottom-up (children first, then their containers) pays it at every level: the main window
    with the Today view took 90 ms that way, 20 ms without the sheet, which then costs one pass over it. The
    widgets are not shown (nor painted) before the block ends; they look the same as built under the sheet."""
    sheet = app.styleSheet()
    if sheet:
        _keep_sheet_caches()
        with _no_collection():
            app.setStyleSheet("")
    try:
        yield
    finally:
        if sheet:
            with _no_collection():
                app.setStyleSheet(sheet)


_keeper: list[QWidget] = []


def _keep_sheet_caches() -> None:
    """A hidden widget with a style sheet of its own, so that Qt's style sheet caches outlive the application
    sheet's removal in `styled_after`.

    Without it, a change of the sheet after `styled_after` (Settings' accent colour, a theme) now and then
    walked a deleted widget in ``QStyleSheetStyle::repolish``: the segfault in ``setStyleSheet`` of sessions
    6 and 7. Our reading: Qt keeps one set of caches while any style sheet style exists and watches each
    widget's destruction once; removing the only sheet deleted the caches, and a widget they had seen but
    not polished then entered the new caches unwatched and stayed there once deleted. A stress of the app
    (20 rounds of window, views and themes) crashed 3 times in 3 without the keeper, 0 in 6 with it."""
    if not _keeper or not shiboken6.isValid(_keeper[0]):
        _keeper.clear()
        widget = QWidget()
        widget.setObjectName("style_sheet_keeper")
        widget.setStyleSheet("#style_sheet_keeper {}")
        _keeper.append(widget)


# -- fonts ---------------------------------------------------------------------------------------------------

_registered: set[str] = set()


def _register(names) -> list[str]:
    families = []
    for name in names:
        if name in _registered:
            continue
        _registered.add(name)
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def set_font(app: QApplication) -> None:
    """Inter at the body size as the application font (only the weights the first paint needs are loaded
    here; `add_script_fonts` adds the others after the window is shown)."""
    _register(FIRST_PAINT_FONTS)
    font = QFont(FAMILY)
    font.setPixelSize(TYPE["body"])
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if app.font() != font:
        app.setFont(font)


_script_families: list[str] = []


def add_script_fonts() -> list[str]:
    """The remaining Inter weights, and the fonts the documents ship (DejaVu Sans, Arabic, Tamil, Devanagari,
    CJK, Hangul, emoji) as per-character fallback of Inter, so a name the PDF can print the window can show,
    on any machine. Once per process; about 45 ms, so the app calls it after the window has painted."""
    if _script_families:
        return _script_families
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    _register([p.name for p in fonts if p.name.startswith("Inter-")])
    if "DejaVu Sans" not in QFontDatabase.families():  # a machine without it (Windows, macOS): the shipped one
        _register([p.name for p in fonts if p.name.startswith("DejaVuSans")])
    for family in _register([p.name for p in fonts if not p.name.startswith(("Inter-", "DejaVu"))]):
        if family not in _script_families:
            _script_families.append(family)
    QFont.insertSubstitutions(FAMILY, ["DejaVu Sans", *_script_families])
    return _script_families
