"""The design tokens keep their contrast promises in both themes, and the status pill paints its tone."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ui import formatting, theme, tokens
from ui.tokens import STATUS_TONES, TONES, contrast, theme_tokens, tone_colours
from ui.widgets.status_pill import STATUS_ROLE, StatusPill, StatusPillDelegate, paint_pill, pill_size

THEMES = ("light", "dark")
ACCENTS = (None, "#2F5D8A", "#FFEB3B", "#F5F5F5", "#0A0A40", "#000000", "#E91E63", "#777777", "#00BFA5")


def test_grid_and_scale():
    assert tokens.space(1) == 8 and tokens.space(0.5) == 4 and tokens.space(2.5) == 20
    assert tokens.TYPE["body"] == 13 and tokens.TYPE["display"] == 28 and tokens.RADIUS["pill"] == 999
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0 and contrast("#777777", "#777777") == 1.0


@pytest.mark.parametrize("name", THEMES)
def test_every_tone_reads_on_its_background(name):
    t = theme_tokens(name)
    for tone in TONES:
        background, text = tone_colours(t, tone)
        assert contrast(background, text) >= 4.5, (name, tone)
        assert contrast(text, t.surface) >= 4.5, (name, tone)  # status_colour colours words on a table


@pytest.mark.parametrize("name", THEMES)
def test_text_and_input_borders(name):
    t = theme_tokens(name)
    for background in (t.window, t.surface, t.surface_alt):
        assert contrast(t.text, background) >= 7, name
        assert contrast(t.text_muted, background) >= 4.5, name
    assert contrast(t.border_strong, t.surface) >= 3 and contrast(t.border_strong, t.window) >= 3
    for colour in (t.danger, t.warning, t.success, t.info):
        assert contrast(colour, t.surface) >= 4.5 and contrast(colour, t.window) >= 4.5
    assert contrast(t.text, t.hover) >= 7


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("accent", ACCENTS)
def test_the_studio_accent_is_adjusted_until_it_reads(name, accent):
    t = theme_tokens(name, accent)
    assert contrast(t.on_accent, t.accent) >= 4.5
    assert contrast(t.accent, t.surface) >= 3  # a selection or a primary button stands out
    for background in (t.window, t.surface, t.surface_alt):
        assert contrast(t.accent_text, background) >= 4.5
        assert contrast(t.focus, background) >= 3


def test_a_too_light_or_too_dark_accent_changes_and_a_good_one_stays():
    assert theme_tokens("light", "#2F5D8A").accent == "#2F5D8A"
    assert theme_tokens("light", "#FFEB3B").accent != "#FFEB3B"  # yellow behind white text: darkened
    assert theme_tokens("dark", "#0A0A40").accent != "#0A0A40"  # navy on a dark window: lightened
    assert theme_tokens("light", "not a colour").accent == tokens.DEFAULT_ACCENT


def test_every_status_has_a_tone_as_the_issue_names_them():
    assert set(formatting.STATUSES) <= set(STATUS_TONES) and set(STATUS_TONES.values()) <= set(TONES)
    expected = {"draft": "neutral", "issued": "info", "partly paid": "warning", "overdue": "danger",
                "paid": "success", "accepted": "success", "signed": "success", "lost": "muted",
                "declined": "muted", "refund owed": "refund", "credit note": "refund"}
    assert {status: STATUS_TONES[status] for status in expected} == expected


@pytest.mark.parametrize("name", THEMES)
def test_the_palette_and_status_colour_follow_the_theme(qapp, name):
    try:
        assert theme.apply(qapp, name, accent="#2F5D8A") == name
        t = theme.current()
        assert t.name == name and qapp.palette().window().color() == QColor(t.window)
        assert formatting.status_colour("overdue") == QColor(tone_colours(t, "danger")[1])
        assert formatting.status_colour("no such status") is None
        for name_ in ("viewTitle", "sectionTitle", "card", "figure", "figureCaption", "muted", "primary",
                      "destructive", "link", "lockedNote", "readOnlyValue", "chip", "formError", "hint", "warning"):
            assert re.search(rf"#{name_}[ ,:]", qapp.styleSheet()), name_  # every object name of the contract
        assert qapp.font().family() == "Inter" and qapp.font().pixelSize() == tokens.TYPE["body"]
    finally:
        theme.apply(qapp, "light", accent="#2F5D8A")


def test_reapply_keeps_the_theme_and_takes_the_accent(qapp):
    try:
        theme.apply(qapp, "dark")
        theme.reapply(accent="#E91E63")
        assert theme.current().name == "dark" and qapp.palette().highlight().color() == QColor(
            theme_tokens("dark", "#E91E63").accent)
    finally:
        theme.apply(qapp, "light", accent="#2F5D8A")


def _pixel(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name().upper()


@pytest.mark.parametrize("name", THEMES)
def test_a_pill_painted_into_an_image_has_its_tone(qapp, name):
    try:
        theme.apply(qapp, name)
        image = QImage(200, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("#808080"))
        painter = QPainter(image)
        painted = paint_pill(painter, QRect(0, 0, 200, 40), "overdue")
        painter.end()
        background, _ = tone_colours(theme.current(), "danger")
        assert _pixel(image, painted.x() + 3, painted.center().y()) == background.upper()
        assert painted.width() == pill_size("overdue").width() and _pixel(image, 199, 20) == "#808080"
    finally:
        theme.apply(qapp, "light")


def test_the_pill_widget_and_the_delegate(qtbot, qapp):
    pill = StatusPill("paid")
    qtbot.addWidget(pill)
    assert pill.text() == "Paid" and pill.sizeHint() == pill_size("paid")
    pill.set_status("partly paid", "Partly paid · imported")
    assert pill.text() == "Partly paid · imported"
    model = QStandardItemModel(1, 2)
    status = QStandardItem("Overdue")
    status.setData("overdue", STATUS_ROLE)
    model.setItem(0, 0, status)
    model.setItem(0, 1, QStandardItem("Plain"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(StatusPillDelegate(view))
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(0, 0))
    background, _ = tone_colours(theme.current(), "danger")
    row = [_pixel(image, x, rect.center().y()) for x in range(rect.left(), rect.right())]
    assert background.upper() in row
    other = view.visualRect(model.index(0, 1))
    assert background.upper() not in [_pixel(image, x, other.center().y()) for x in range(other.left(), other.right())]


def test_editor_badge_takes_a_status_key_or_a_label(qtbot):
    from ui.views.editor import Editor
    editor = Editor()
    qtbot.addWidget(editor)
    editor.set_badge("archived")
    assert editor.badge.text() == "Archived" and editor.badge.status == "archived" and not editor.badge.isHidden()
    editor.set_badge("Partly paid · imported from old.csv, no PDF")
    assert editor.badge.status == "partly paid" and editor.badge.text().endswith("no PDF")
    editor.set_badge("Signed")
    assert editor.badge.status == "signed" and editor.badge.text() == "Signed"
    editor.set_badge("")
    assert editor.badge.isHidden()


@pytest.mark.parametrize("name", THEMES)
def test_disabled_inputs_stay_readable(qapp, name):
    from PySide6.QtGui import QPalette
    try:
        theme.apply(qapp, name)
        p = qapp.palette()
        disabled = QPalette.ColorGroup.Disabled
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            text = p.color(disabled, role).name()
            assert contrast(text, p.color(disabled, QPalette.ColorRole.Base).name()) >= 4.5
            assert contrast(text, p.color(disabled, QPalette.ColorRole.Window).name()) >= 4.5
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("name", THEMES)
def test_the_selected_sidebar_item_is_one_accent_fill_without_a_focus_frame(qapp, window, name):
    try:
        theme.apply(qapp, name)
        window.show_view("invoices")
        window.activateWindow()
        window.sidebar.setFocus()
        QApplication.processEvents()
        sidebar = window.sidebar
        assert sidebar.hasFocus()
        rect = sidebar.visualItemRect(sidebar.currentItem())
        image = sidebar.viewport().grab().toImage()
        accent = theme.current().accent.upper()
        inner = rect.adjusted(8 + 4, 1 + 3, -(8 + 4), -(1 + 3))  # inside the item's margin and corner radius
        middle = inner.center().y()
        rows = [y for y in range(inner.top(), inner.bottom() + 1) if abs(y - middle) > 7]  # above and below the text
        pixels = {_pixel(image, x, y) for x in range(inner.left(), inner.right() + 1) for y in rows}
        pixels |= {_pixel(image, x, y) for x in range(inner.left(), inner.left() + 5)
                   for y in range(inner.top(), inner.bottom() + 1)}  # left of the text
        assert pixels == {accent}
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("name", THEMES)
def test_rendered_inputs_and_unchecked_boxes_stand_out(qtbot, qapp, name):
    """Measured in the pixels drawn: an input's border and an unchecked box's outline at ≥ 3:1 on the window."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QStyle, QStyleOptionButton, \
        QVBoxLayout, QWidget
    try:
        theme.apply(qapp, name)
        window = theme.current().window
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        inputs = [QLineEdit("text"), QComboBox(), QSpinBox()]
        box = QCheckBox("Unchecked")
        for widget in (*inputs, box):
            layout.addWidget(widget)
        page.show()
        qtbot.waitExposed(page)
        for widget in inputs:
            image = widget.grab().toImage()
            border = _pixel(image, 0, image.height() // 2)  # the middle of the left edge
            assert contrast(border, window) >= 3, (name, type(widget).__name__, border)
        option = QStyleOptionButton()
        option.initFrom(box)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        row = [_pixel(image, x, indicator.center().y()) for x in range(indicator.left(), indicator.right() + 1)]
        assert max(contrast(colour, window) for colour in row) >= 3, (name, row)
    finally:
        theme.apply(qapp, "light")


def test_saving_settings_gives_the_window_the_studios_accent(qapp, window):
    from studio_app.work import settings
    try:
        window.show_view("settings")
        view = window._settings_view
        settings.update({"accent_color": "#E91E63"})
        view.load()
        assert view.save()
        expected = theme_tokens(theme.current().name, "#E91E63")
        assert qapp.palette().highlight().color() == QColor(expected.accent)
        assert theme.current().accent_text == expected.accent_text
    finally:
        theme.apply(qapp, "light", accent=tokens.DEFAULT_ACCENT)
