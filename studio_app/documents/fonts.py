"""The document fonts: shipped DejaVu Sans as one family, and shipped fallback fonts chosen per run of text.

DejaVu covers Latin (Turkish, Malay), Greek, Cyrillic and Hebrew. The other scripts a client writes in come
from subsets shipped in resources/fonts (``tools/subset_fonts.py`` builds them): Noto Sans Arabic (Arabic and
Jawi: it comes before DejaVu for Arabic, which DejaVu has in one weight only and without Jawi's ݢ), Noto Sans
Tamil, Noto Sans Devanagari, Nanum Gothic (Hangul, renamed Studio Hangul), Droid Sans Fallback (Chinese and
Japanese, Korean hanja) and Symbola (monochrome emoji).
Each run of text is set in the first of these that has its glyphs; a whole word stays in one font where one font
has it all (its script's font, else DejaVu), since reportlab shapes a word with the font of its first letter. A character no shipped font
has is drawn as a visible placeholder (◻ would look like a font error, so it is U+2BD1 ⯑, "uncertainty
sign", in Symbola), and logged once.

Fonts are registered once per process, each fallback on first use: parsing a TTF costs more than an invoice.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studio_app.files.resources import resource_path
from . import scripts

log = logging.getLogger(__name__)

FAMILY = "StudioSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"
PLACEHOLDER = "\u2bd1"  # drawn where no shipped font has the character (never U+FFFD)
REPLACEMENT = PLACEHOLDER

_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


@dataclass(frozen=True)
class Fallback:
    family: str
    regular: str
    bold: str | None
    ranges: tuple[tuple[int, int], ...]
    before_dejavu: bool = False  # this font's script is set in it even where DejaVu has a glyph


FALLBACKS = (
    Fallback("StudioArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
             before_dejavu=True),
    Fallback("StudioTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", ((0x0B80, 0x0BFF),)),
    Fallback("StudioDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
             ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    Fallback("StudioHangul", "StudioHangul-Regular.ttf", None,
             ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))),
    Fallback("StudioCJK", "DroidSansFallback-CJK.ttf", None,
             ((0x1100, 0x11FF), (0x2E80, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA960, 0xA97F),
              (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))),
    Fallback("StudioEmoji", "Symbola-Emoji.ttf", None,
             ((0x2190, 0x2BFF), (0x1F000, 0x1FAFF))),
)

_lock = threading.Lock()
_coverage: frozenset[int] = frozenset()
_registered = False
_font_for: dict[int, str | None] = {}  # code point -> fallback family that draws it (None: DejaVu or nothing)
_loaded: dict[str, frozenset[int]] = {}  # fallback family -> its code points, once registered
_reported: set[int] = set()  # characters already logged as missing, so a 500-line invoice logs once
_MISSING = "\0missing"
_WORDS = re.compile(r"\s+|\S+")


def register() -> None:
    """Register the shipped family once per process (regular, bold, oblique, bold-oblique)."""
    global _registered, _coverage
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        regular = pdfmetrics.getFont(FAMILY)
        _coverage = frozenset(regular.face.charToGlyph)
        _registered = True


def covered(text: str) -> bool:
    """True when the shipped family alone draws ``text`` as it is (no fallback font, no shaping, left to right)."""
    if not _registered:
        register()
    if text.isascii():
        return True
    return _coverage.issuperset(map(ord, text)) and not scripts.needs_shaping(text)


def markup(value: object, *, line_breaks: bool = True) -> str:
    """Paragraph markup for a user string: escaped, line breaks kept, fallback-font runs and word order handled.

    This is the only door by which text enters a Paragraph, so ``<b>`` typed by a client shows as ``<b>``.
    """
    text = "" if value is None else str(value)
    if not _registered:
        register()
    text = text.replace("\t", " ")
    if text.isascii() or (_coverage.issuperset(map(ord, text)) and not scripts.has_rtl(text)):
        text = escape(text)
        return text.replace("\n", "<br/>") if line_breaks else text.replace("\n", " ")
    lines = [_line_markup(line) for line in text.split("\n")]
    return ("<br/>" if line_breaks else " ").join(lines)


def plain(value: object) -> str:
    """Text for drawString (one font, no markup): characters DejaVu lacks become the placeholder."""
    text = "" if value is None else str(value)
    if not _registered:
        register()
    if text.isascii() or _coverage.issuperset(map(ord, text)):
        return text
    return "".join(c if ord(c) in _coverage else ("?" if _substitute(c) else "") for c in text)


def runs(text: str) -> list[tuple[str | None, str]]:
    """One line split into (fallback family or None for DejaVu, text) runs, in the order they are drawn."""
    if not _registered:
        register()
    found: list[tuple[str | None, str]] = []
    for word in scripts.visual_words(text):
        for font, piece in _word_runs(word):
            if found and found[-1][0] == font:
                found[-1] = (font, found[-1][1] + piece)
            else:
                found.append((font, piece))
    return found


def _line_markup(line: str) -> str:
    out = []
    for font, piece in runs(line):
        piece = escape(piece)
        out.append(f'<font face="{font}">{piece}</font>' if font else piece)
    return "".join(out)


def _word_runs(word: str) -> list[tuple[str | None, str]]:
    if word.isspace() or word.isascii():
        return [(None, word)]
    fonts = [_font(ord(char)) for char in word]
    special = {font for font in fonts if font is not None}
    if len(special) == 1:  # one fallback font for the whole word if it has every character of it
        (only,) = special
        if only != _MISSING and _loaded[only].issuperset(map(ord, word)):
            return [(only, word)]
    if _coverage.issuperset(map(ord, word)):  # "(محمد)": Noto Arabic has no brackets, DejaVu has it all
        return [(None, word)]
    pieces: list[tuple[str | None, str]] = []
    for char, font in zip(word, fonts):
        if font == _MISSING:
            char, font = _substitute(char), ("StudioEmoji" if _load("StudioEmoji") else None)
            if not char:
                continue
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces


def _font(code: int) -> str | None:
    """The fallback family for a character; None when DejaVu draws it; _MISSING when no shipped font has it."""
    if code in _font_for:
        return _font_for[code]
    font: str | None = _MISSING
    dejavu = code in _coverage
    for fallback in FALLBACKS:
        if dejavu and not fallback.before_dejavu:
            break
        if any(low <= code <= high for low, high in fallback.ranges) and code in _load(fallback.family):
            font = fallback.family
            break
    else:
        if dejavu:
            font = None
    if font == _MISSING and dejavu:
        font = None
    if font == _MISSING and unicodedata.category(chr(code)) in ("Zs", "Cc"):
        font = None
    _font_for[code] = font
    return font


def _load(family: str) -> frozenset[int]:
    """Register a fallback family on first use (its bold is the regular where the font has no bold)."""
    if family in _loaded:
        return _loaded[family]
    with _lock:
        if family not in _loaded:
            fallback = next(f for f in FALLBACKS if f.family == family)
            regular = TTFont(family, str(resource_path("fonts", fallback.regular)))
            pdfmetrics.registerFont(regular)
            bold = family
            if fallback.bold:
                bold = f"{family}-Bold"
                pdfmetrics.registerFont(TTFont(bold, str(resource_path("fonts", fallback.bold))))
            pdfmetrics.registerFontFamily(family, normal=family, bold=bold, italic=family, boldItalic=bold)
            _loaded[family] = frozenset(regular.face.charToGlyph)
    return _loaded[family]


def _substitute(char: str) -> str:
    """No shipped font has the glyph: drop invisible format marks (variation selectors, joiners), else a
    placeholder."""
    if unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return ""
    if ord(char) not in _reported:
        _reported.add(ord(char))
        log.warning("No shipped font has a glyph for U+%04X %s; drawn as %s", ord(char),
                    unicodedata.name(char, "(unnamed)"), PLACEHOLDER)
    return PLACEHOLDER


_shaped_styles: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


class Paragraph(platypus.Paragraph):
    """A Paragraph that asks reportlab (and harfbuzz) to shape its words only when its text needs it:
    shaping every Latin word would cost time and change nothing a reader sees."""

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args, **kwargs) -> None:
        if style is not None and scripts.needs_shaping(text):
            style = shaped(style)
        super().__init__(text, style, *args, **kwargs)


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    known = _shaped_styles.get(id(style))
    if known is None or known[0] is not style:
        known = (style, ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1))
        _shaped_styles[id(style)] = known
    return known[1]
