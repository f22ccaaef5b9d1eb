"""The application's style sheet, generated from the design tokens (ui.tokens) of one theme.

Object names it styles (set them with setObjectName, never a per-widget style sheet): viewTitle, sectionTitle,
card, figure, figureCaption, muted, primary, destructive, link, lockedNote, readOnlyValue, chip, formError,
hint, warning, emptyState, totals, sidebar, sampleBadge.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ui.tokens import RADIUS, TYPE, Theme, mix, space, tone_colours

_TEMPLATE = """
QToolTip { background: %(text)s; color: %(window)s; border: none; padding: 4px 8px; border-radius: 4px; }

QListWidget#sidebar { border: none; border-right: 1px solid %(border)s; background: %(surface_alt)s;
    padding-top: %(s1)spx; outline: 0; font-size: %(title_minus)spx; }
QListWidget#sidebar::item { padding: %(s1)spx %(s1_5)spx; border: none; border-radius: %(r_medium)spx;
    margin: 1px %(s1)spx; color: %(text)s; }
QListWidget#sidebar::item:hover { background: %(hover_strong)s; }
QListWidget#sidebar::item:selected { background: %(accent)s; color: %(on_accent)s; }

QLabel#viewTitle { font-size: %(heading)spx; font-weight: 600; color: %(text)s; }
QLabel#sectionTitle { font-size: %(title)spx; font-weight: 600; color: %(text)s; }
QLabel#figure { font-size: %(display)spx; font-weight: 600; color: %(text)s; }
QLabel#figureCaption { font-size: %(small)spx; font-weight: 500; color: %(text_muted)s; }
QLabel#muted { color: %(text_muted)s; }
QLabel#hint { color: %(text_muted)s; font-size: %(small)spx; }
QLabel#emptyState { font-size: %(title_minus)spx; color: %(text_muted)s; }
QLabel#formError { color: %(danger)s; }
QLabel#warning { color: %(warning)s; font-weight: 600; }
QLabel#totals { font-size: 14px; }
QLabel#chip { background: %(surface_alt)s; color: %(text_muted)s; border: 1px solid %(border)s;
    border-radius: 9px; padding: 0px 7px; font-size: %(caption)spx; font-weight: 600; }
QLabel#readOnlyValue { color: %(text)s; padding: 5px 0px; }
QLabel#sampleBadge { background: %(warning_bg)s; color: %(warning_text)s; border-radius: 9px;
    padding: 1px %(s1)spx; font-size: %(small)spx; font-weight: 600; }
QFrame#card { background: %(surface)s; border: 1px solid %(border)s; border-radius: %(r_large)spx; }
QFrame#card QLabel { background: transparent; border: none; }
QFrame#lockedNote { background: %(info_bg)s; border: 1px solid %(info_border)s; border-radius: %(r_medium)spx; }
QFrame#lockedNote QLabel { color: %(info_text)s; background: transparent; border: none; }

QPushButton, QToolButton { background: %(surface)s; color: %(text)s; border: 1px solid %(border_strong)s;
    border-radius: %(r_medium)spx; padding: 5px %(s1_5)spx; min-height: 18px; }
QToolButton { padding: 4px %(s1)spx; }
QPushButton:hover, QToolButton:hover { background: %(hover)s; border-color: %(text_muted)s; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: %(pressed)s; }
QPushButton:focus, QToolButton:focus { border-color: %(focus)s; }
QPushButton:disabled, QToolButton:disabled { background: %(surface_alt)s; color: %(text_muted)s;
    border-color: %(border)s; }
QPushButton#primary { background: %(accent)s; color: %(on_accent)s;
    border-color: %(accent)s; font-weight: 600; }
QPushButton#primary:hover { background: %(accent_hover)s;
    border-color: %(accent_hover)s; }
QPushButton#primary:focus { border-color: %(focus_on_accent)s; }
QPushButton#primary:disabled { background: %(surface_alt)s;
    color: %(text_muted)s; border-color: %(border)s; font-weight: 600; }
QPushButton#destructive { color: %(danger)s; border-color: %(danger)s; }
QPushButton#destructive:hover { background: %(danger_bg)s; }
QPushButton#link, QPushButton:flat { background: transparent; border: 1px solid transparent;
    color: %(accent_text)s; padding: 2px 4px; }
QPushButton#link:hover, QPushButton:flat:hover { text-decoration: underline; background: transparent; }
QPushButton#link:focus, QPushButton:flat:focus { border-color: %(focus)s; }
QPushButton::menu-indicator { subcontrol-position: right center; right: 6px; }

QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox { background: %(surface)s; color: %(text)s;
    border: 1px solid %(border_strong)s; border-radius: %(r_medium)spx; padding: 4px %(s1)spx;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s; }
QPlainTextEdit, QTextEdit { padding: 2px 4px; }
QLineEdit:hover, QPlainTextEdit:hover, QTextEdit:hover, QAbstractSpinBox:hover, QComboBox:hover {
    border-color: %(text_muted)s; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {
    border-color: %(focus)s; }
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QAbstractSpinBox:disabled,
QComboBox:disabled { background: %(surface_alt)s; color: %(text_muted)s; border-color: %(border)s; }
QLineEdit:read-only { background: %(surface_alt)s; }
QComboBox { padding-right: 24px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }
QComboBox QAbstractItemView { background: %(surface)s; color: %(text)s; border: 1px solid %(border)s;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s; outline: 0; }
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow { image: url(%(down)s);
    width: 12px; height: 12px; }
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled { image: url(%(down_off)s); }
QDateEdit::drop-down, QDateTimeEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; }
QAbstractSpinBox { padding-right: 20px; }
QAbstractSpinBox::up-arrow { image: url(%(up)s); width: 10px; height: 10px; }
QAbstractSpinBox::down-arrow { image: url(%(down)s); width: 10px; height: 10px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off { image: url(%(up_off)s); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off { image: url(%(down_off)s); }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border; width: 18px;
    border: none; background: transparent; }
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: %(hover)s; }
*[invalid="true"] { border: 1px solid %(danger)s; border-radius: %(r_medium)spx; }

QCheckBox, QRadioButton { spacing: %(s1)spx; color: %(text)s; }
QCheckBox:disabled, QRadioButton:disabled { color: %(text_muted)s; }

QTableView, QTreeView, QListView { background: %(surface)s; alternate-background-color: %(surface_alt)s;
    border: 1px solid %(border)s; border-radius: %(r_medium)spx; gridline-color: %(border)s;
    selection-background-color: %(accent)s; selection-color: %(on_accent)s; }
QTableView::item:hover, QTreeView::item:hover, QListView::item:hover { background: %(hover)s; }
QTableView::item:selected, QTreeView::item:selected, QListView::item:selected { background: %(accent)s;
    color: %(on_accent)s; }
QHeaderView { background: %(surface)s; border: none; }
QHeaderView::section { background: %(surface_alt)s; color: %(text_muted)s; border: none;
    border-bottom: 1px solid %(border)s; border-right: 1px solid %(border)s; padding: 5px %(s1)spx;
    font-weight: 600; }
QHeaderView::section:hover { background: %(hover)s; color: %(text)s; }
QTableCornerButton::section { background: %(surface_alt)s; border: none; }

QTabWidget::pane { border: 1px solid %(border)s; border-radius: %(r_medium)spx; background: %(surface)s;
    top: -1px; }
QTabBar::tab { background: transparent; color: %(text_muted)s; border: none; border-bottom: 2px solid transparent;
    padding: 6px %(s1_5)spx; margin-right: 2px; }
QTabBar::tab:hover { color: %(text)s; background: %(hover)s; }
QTabBar::tab:selected { color: %(text)s; border-bottom-color: %(accent)s; font-weight: 600; }
QTabBar::tab:focus { color: %(text)s; }

QGroupBox { border: 1px solid %(border)s; border-radius: %(r_large)spx; margin-top: %(s2)spx;
    padding: %(s1_5)spx %(s1)spx %(s1)spx %(s1)spx; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: %(s1_5)spx;
    padding: 0 4px; color: %(text)s; }

QScrollBar:vertical { background: transparent; width: 12px; margin: 0px; border: none; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 0px; border: none; }
QScrollBar::handle { background: %(scroll)s; border-radius: 4px; border: 2px solid transparent; }
QScrollBar::handle:vertical { min-height: 32px; margin: 2px 2px; }
QScrollBar::handle:horizontal { min-width: 32px; margin: 2px 2px; }
QScrollBar::handle:hover { background: %(text_muted)s; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; background: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }

QMenu { background: %(surface)s; color: %(text)s; border: 1px solid %(border)s; padding: 4px; }
QMenu::item { padding: 5px 24px 5px %(s1_5)spx; border-radius: 4px; }
QMenu::item:selected { background: %(hover_strong)s; color: %(text)s; }
QMenu::item:disabled { color: %(text_muted)s; }
QMenu::separator { height: 1px; background: %(border)s; margin: 4px %(s1)spx; }
QMenuBar { background: %(window)s; color: %(text)s; }
QMenuBar::item:selected { background: %(hover_strong)s; }

QProgressBar { border: 1px solid %(border)s; border-radius: %(r_small)spx; background: %(surface_alt)s;
    color: %(text)s; text-align: center; min-height: 14px; }
QProgressBar::chunk { background: %(accent)s; border-radius: 3px; }
QStatusBar { background: %(surface_alt)s; color: %(text_muted)s; border-top: 1px solid %(border)s; }
QStatusBar QLabel { color: %(text_muted)s; }
QToolBar { background: %(window)s; border: none; border-bottom: 1px solid %(border)s; spacing: %(s1)spx;
    padding: 4px %(s1)spx; }
QSplitter::handle { background: %(border)s; }
"""


_CHEVRON = ('<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">'
            '<path d="%s" fill="none" stroke="%s" stroke-width="1.6" stroke-linecap="round" '
            'stroke-linejoin="round"/></svg>')
_PATHS = {"down": "M3 4.5l3 3 3-3", "up": "M3 7.5l3-3 3 3"}
_folder: list[tempfile.TemporaryDirectory] = []


def _icon(shape: str, colour: str) -> str:
    """The chevron ``shape`` drawn in ``colour`` as an SVG file (a style sheet takes images only by file
    name), in a private folder of this process that is removed at exit."""
    if not _folder:
        _folder.append(tempfile.TemporaryDirectory(prefix="studio-desk-style-"))
    path = Path(_folder[0].name) / f"{shape}-{colour.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(_CHEVRON % (_PATHS[shape], colour), encoding="ascii")
    return path.as_posix()


def style_sheet(theme: Theme) -> str:
    """The QSS of ``theme``."""
    dark = theme.name == "dark"
    info_bg, info_text = tone_colours(theme, "info")
    danger_bg, _ = tone_colours(theme, "danger")
    warning_bg, warning_text = tone_colours(theme, "warning")
    values = dict(vars(theme))
    values.update(
        s1=space(1), s1_5=space(1.5), s2=space(2), r_small=RADIUS["small"], r_medium=RADIUS["medium"],
        r_large=RADIUS["large"], caption=TYPE["caption"], small=TYPE["small"], title=TYPE["title"],
        title_minus=TYPE["title"] - 2, heading=TYPE["heading"], display=TYPE["display"],
        info_bg=info_bg, info_text=info_text, info_border=mix(info_bg, info_text, 0.35), danger_bg=danger_bg,
        warning_bg=warning_bg, warning_text=warning_text,
        accent_hover=mix(theme.accent, "#FFFFFF" if dark else "#000000", 0.12),
        focus_on_accent=theme.text if dark else "#1A1D21",
        hover_strong=mix(theme.surface_alt, theme.text, 0.08),
        down=_icon("down", theme.text_muted), up=_icon("up", theme.text_muted),
        down_off=_icon("down", theme.border_strong), up_off=_icon("up", theme.border_strong),
        pressed=mix(theme.surface, theme.text, 0.12), scroll=mix(theme.surface, theme.text_muted, 0.55))
    return _TEMPLATE % values
