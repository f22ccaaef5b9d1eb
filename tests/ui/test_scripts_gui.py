"""The window shows a client's name in every script the documents print, with real glyphs (no boxes)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QLabel

from tests import factories
from tests.ui.conftest import settle
from ui import theme

pytestmark = pytest.mark.gui

NAMES = {"chinese": "王小明", "japanese": "山田花子 カタカナ", "korean": "김민준", "tamil": "தமிழ்செல்வி",
         "devanagari": "प्रिया शर्मा", "arabic": "محمد علي", "jawi": "ڤوتري ڠ", "hebrew": "שלום עולם",
         "greek": "Ελένη Παπαδοπούλου", "cyrillic": "Мария Иванова", "turkish": "Şişli İğneada",
         "emoji": "🎨"}
MISSING = "\U000f0041"  # a private-use character no font draws: Qt shows its box


def drawn(text: str, font: QFont) -> QImage:
    label = QLabel(text)
    label.setFont(font)
    label.adjustSize()
    return label.grab().toImage()


def has_glyph(code: int, families: list[str]) -> bool:
    return any(QFontMetrics(QFont(family)).inFontUcs4(code) for family in families)


def test_the_shipped_fonts_give_qt_a_glyph_for_every_script(qapp):
    families = [QFont().family(), *theme.add_script_fonts()]
    assert {"Noto Sans Tamil", "Noto Sans Arabic", "Droid Sans Fallback", "Studio Hangul", "Symbola"} <= set(families)
    for script, name in NAMES.items():
        missing = [f"U+{ord(c):04X}" for c in name if not c.isspace() and not has_glyph(ord(c), families)]
        assert not missing, (script, missing)


def test_the_client_editor_shows_the_names_without_boxes(qtbot, window, tmp_path):
    theme.add_script_fonts()
    client = factories.client(name=" ".join(NAMES.values()), company=NAMES["tamil"], address=NAMES["arabic"])
    window.show_view("clients")
    editor = window.sections["clients"].editor
    editor.load(client.id)
    settle()
    assert editor.inputs["name"].text() == " ".join(NAMES.values())
    editor.grab().save(str(tmp_path / "client-editor-scripts.png"))  # look at it when in doubt
    font = editor.inputs["name"].font()
    for script, name in NAMES.items():
        text = drawn(name.replace(" ", ""), font)
        boxes = drawn(MISSING * len(name.replace(" ", "")), font)
        assert text != boxes, script  # a name drawn as boxes looks exactly like the missing glyphs
