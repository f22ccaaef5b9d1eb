"""The document fonts: the shipped Inter as the family, and shipped fallback fonts chosen per run of text.

Inter (the window's typeface, with tabular figures as its default digits) covers Latin (Turkish, Malay), Greek
and Cyrillic. DejaVu Sans is the first fallback, for what Inter lacks (Armenian, Georgian, Hebrew, most symbols).
The other scripts a client writes in come from subsets shipped in resources/fonts (``tools/subset_fonts.py``
builds them): Noto Sans Arabic (Arabic and Jawi: it comes before DejaVu for Arabic, which DejaVu has in one
weight only and without Jawi's ݢ), Noto Sans Tamil, Noto Sans Devanagari, Nanum Gothic (Hangul, renamed Studio
Hangul), Droid Sans Fallback (Chinese and Japanese, Korean hanja) and Symbola (monochrome emoji).
Each run of text is set in the first of these that has its glyphs; a whole word stays in one font where one font
has it all (its script's font, else Inter, else DejaVu), since reportlab shapes a word with the font of its first
letter. A character no shipped font
has is drawn as a visible placeholder (◻ would look like a font error, so it is U+2BD1 ⯑, "uncertainty
sign", in Symbola), and logged once.

Fonts are registered once per process, each fallback on first use: parsing a TTF costs more than an invoice.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from studio_app.files.resources import resource_path
from . import scripts
from .markup import parse as markup_parse
from .subsets import CachedFont

log = logging.getLogger(__name__)

FAMILY = "StudioSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"
PLACEHOLDER = "\u2bd1"  # drawn where no shipped font has the character (never U+FFFD)
REPLACEMENT = PLACEHOLDER

# <b> is Inter's SemiBold: bold enough for a title at 22 pt, light enough for a name in a table at 9.5 pt. The
# type scale steps by size on these two weights: each further weight is one more font to subset and embed in
# every document (a few milliseconds of a 2-page invoice).
_FILES = {FAMILY: "Inter-Regular.ttf", BOLD: "Inter-SemiBold.ttf", ITALIC: "Inter-Italic.ttf",
          BOLD_ITALIC: "Inter-BoldItalic.ttf"}
DEJAVU = "StudioDejaVu"


@dataclass(frozen=True)
class Fallback:
    family: str
    regular: str
    bold: str | None
    ranges: tuple[tuple[int, int], ...]
    before_dejavu: bool = False  # this font's script is set in it even where DejaVu has a glyph
    italic: str | None = None
    bold_italic: str | None = None


FALLBACKS = (
    Fallback("StudioArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
             before_dejavu=True),
    Fallback(DEJAVU, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", ((0, 0x10FFFF),),
             italic="DejaVuSans-Oblique.ttf", bold_italic="DejaVuSans-BoldOblique.ttf"),
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
_font_for: dict[int, str | None] = {}  # code point -> fallback family that draws it (None: Inter or nothing)
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
            pdfmetrics.registerFont(CachedFont(name, str(resource_path("fonts", filename))))
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
    if not text.isascii() and _wide(text) and (scope := _typed.get()) is not None:
        scope.wide = True
    if text.isascii() or (_coverage.issuperset(map(ord, text)) and not scripts.has_rtl(text)):
        text = escape(text)
        return text.replace("\n", "<br/>") if line_breaks else text.replace("\n", " ")
    lines = [_line_markup(line) for line in text.split("\n")]
    return ("<br/>" if line_breaks else " ").join(lines)


def plain(value: object) -> str:
    """Text for drawString (one font, no markup): characters Inter lacks become "?"."""
    text = "" if value is None else str(value)
    if not _registered:
        register()
    if text.isascii() or _coverage.issuperset(map(ord, text)):
        return text
    return "".join(c if ord(c) in _coverage else ("?" if _substitute(c) else "") for c in text)


def runs(text: str) -> list[tuple[str | None, str]]:
    """One line split into (fallback family or None for Inter, text) runs, in the order they are drawn."""
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
    special = {font for font in fonts if font is not None and font != DEJAVU}  # a script's font before DejaVu
    if len(special) == 1:  # one fallback font for the whole word if it has every character of it
        (only,) = special
        if only != _MISSING and _loaded[only].issuperset(map(ord, word)):
            return [(only, word)]
    if _coverage.issuperset(map(ord, word)):
        return [(None, word)]
    if _load(DEJAVU).issuperset(map(ord, word)):  # "(محمد)": Noto Arabic has no brackets, DejaVu has it all
        return [(DEJAVU, word)]
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
    """The fallback family for a character; None when Inter draws it; _MISSING when no shipped font has it."""
    if code in _font_for:
        return _font_for[code]
    font: str | None = _MISSING
    inter = code in _coverage
    for fallback in FALLBACKS:
        if inter and not fallback.before_dejavu:
            break
        if any(low <= code <= high for low, high in fallback.ranges) and code in _load(fallback.family):
            font = fallback.family
            break
    else:
        if inter:
            font = None
    if font == _MISSING and inter:
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
            regular = CachedFont(family, str(resource_path("fonts", fallback.regular)))
            pdfmetrics.registerFont(regular)
            bold = family
            if fallback.bold:
                bold = f"{family}-Bold"
                pdfmetrics.registerFont(CachedFont(bold, str(resource_path("fonts", fallback.bold))))
            italic, bold_italic = family, bold
            if fallback.italic and fallback.bold_italic:
                italic, bold_italic = f"{family}-Oblique", f"{family}-BoldOblique"
                pdfmetrics.registerFont(CachedFont(italic, str(resource_path("fonts", fallback.italic))))
                pdfmetrics.registerFont(CachedFont(bold_italic, str(resource_path("fonts", fallback.bold_italic))))
            pdfmetrics.registerFontFamily(family, normal=family, bold=bold, italic=italic, boldItalic=bold_italic)
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
# Paragraph markup parsed once per style: (markup, id(style)) -> (the style itself, so its id is never another's;
# what reportlab's parse gave: text, style, fragments, bullet). Labels, the studio's own lines and a client's
# address come back in every document; parsing is a third of a Paragraph's cost.
_parsed: dict[tuple[str, int], tuple] = {}
_PARSED_KEPT = 4096
# Those parses broken into lines once per width: (id(fragments), width) -> (the fragments, what Paragraph.wrap
# set). The lines depend on the fragments, the style and the width alone; reportlab draws and splits them
# without changing them (a split copies the lines it keeps).
_broken: dict[tuple[int, float], tuple] = {}
_BROKEN = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max")


class Paragraph(platypus.Paragraph):
    """A Paragraph that asks reportlab (and harfbuzz) to shape its words only when its text needs it:
    shaping every Latin word would cost time and change nothing a reader sees."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args, **kwargs) -> None:
        if style is not None and scripts.needs_shaping(text):
            style = shaped(style)
            text = _MIXED_WORD.sub(" ", text)
            _learn_words(text)
        if style is None or args or kwargs:
            super().__init__(text, style, *args, **kwargs)
            return
        known = _parsed.get((text, id(style)))
        if known is None or known[0] is not style:
            super().__init__(text, style)
            if len(_parsed) >= _PARSED_KEPT:
                _parsed.clear()
            _parsed[text, id(style)] = (style, self.text, self.style, self.frags, self.bulletText)
            self._shared_frags = self.frags
            return
        # the parse of the same markup in the same style: reportlab only reads its fragments from here on
        # (it breaks lines into new objects), so every paragraph of these words shares them
        self.caseSensitive, self.encoding, self.debug = 1, "utf8", 0
        _, self.text, self.style, self.frags, self.bulletText = known
        self._shared_frags = self.frags

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:  # noqa: N803 (reportlab's names)
        """reportlab's _setup, markup of the documents' own forms parsed by :mod:`.markup` (the same fragments)."""
        if frags is not None:
            return super()._setup(text, style, bulletText, frags, cleaner)
        cleaned = cleaner(text)
        parsed = markup_parse(cleaned, style, self.caseSensitive)
        if parsed is None:
            return super()._setup(text, style, bulletText, frags, cleaner)
        style, frags, bullet_frags = parsed
        textTransformFrags(frags, style)
        self.text, self.frags, self.style = cleaned, frags, style
        self.bulletText = bullet_frags or bulletText
        self.debug = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lines broken once per width: a table measures its cells, a KeepTogether its content and the frame each
        flowable, and each asks again before drawing; the breaking depends on the width alone (split drops the
        broken lines when it sends the paragraph on, and then they are broken again)."""
        if self._wrapped is not None and self._wrapped[0] == available_width and hasattr(self, "blPara"):
            return self._wrapped[1]
        frags = self.frags
        known = _broken.get((id(frags), available_width))
        if known is not None and known[0] is frags:  # the same parse (see __init__) broken at this width before
            self.__dict__.update(known[1])
            size = (self.width, self.height)
        else:
            size = super().wrap(available_width, available_height)
            if frags is self.__dict__.get("_shared_frags") and size == (available_width, self.__dict__.get("height")):
                if len(_broken) >= _PARSED_KEPT:
                    _broken.clear()
                _broken[id(frags), available_width] = (frags, {name: self.__dict__[name] for name in _BROKEN
                                                               if name in self.__dict__})
        if frags is self.__dict__.get("_shared_frags"):
            self._shared_frags = self.frags  # the lines' fragments, shared as the parse's were
        self._wrapped = (available_width, size)
        return size


# A shaped word is drawn as glyphs, in visual order; harfbuzz's ligatures and contextual forms have no
# character of their own. The page keeps each shaped word's typed text beside its glyphs (/ActualText, see
# page.TextObject), so copying or extracting the text gives what was typed. One table per document (two typed
# forms of a word, composed and decomposed, give the same glyphs: what one document drew must not decide
# another's bytes): (font name, glyphs) -> typed word, and the words already learned.
@dataclass
class _Scope:
    typed: dict[tuple[str, str], str] = field(default_factory=dict)
    learned: set[str] = field(default_factory=set)
    wide: bool = False  # a character past U+FFFF was written (reportlab's ToUnicode map cannot name it)


_typed: ContextVar[_Scope | None] = ContextVar("typed_words", default=None)
_TAG = re.compile(r"<[^>]*>")
# reportlab shapes a whole word with its first letter's font, which garbles a word set in two fonts ("王小明(Wang)"
# with Droid's Han and DejaVu's brackets). In a shaped paragraph such a word is split by a space where the font
# changes ("王小明 (Wang)"): reportlab breaks words at spaces only (not at a zero-width space).
_MIXED_WORD = re.compile(r"(?<=[^\s>])(?=<font face=)|(?<=</font>)(?=[^\s<]|<font face=)")


@contextmanager
def document() -> Iterator[None]:
    """The scope of one document's rendering: its shaped words and their typed text."""
    token = _typed.set(_Scope())
    try:
        yield
    finally:
        _typed.reset(token)


def _learn_words(markup_text: str) -> None:
    """Shape each word of a shaped paragraph the way reportlab will, and remember which typed word gave the glyphs."""
    from xml.sax.saxutils import unescape
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    scope = _typed.get()
    if scope is None:  # a Paragraph drawn outside documents.render: shaped, without the typed text
        return
    typed, learned = scope.typed, scope.learned
    # Not only the complex-script words: harfbuzz also applies Inter's contextual forms ("(100020)" gets
    # brackets raised to the digits, glyphs with no character of their own).
    for word in unescape(_TAG.sub(" ", markup_text)).split():
        if word in learned or (word.isalpha() and not scripts.needs_shaping(word)):  # letters alone: as typed
            continue
        learned.add(word)
        for family, piece in _word_runs(word):
            for name in _weights(family):
                glyphs = shapeStr(piece, name, 10)
                if isinstance(glyphs, ShapedStr) and str(glyphs) != piece:
                    # Readers (poppler, Acrobat) reverse a right-to-left word's text as they reverse its
                    # glyphs: the typed text goes in drawn order, so reversing it gives it back as typed.
                    typed.setdefault((name, str(glyphs)), piece[::-1] if scripts.has_rtl(piece) else piece)


def _weights(family: str | None) -> tuple[str, ...]:
    if family is None:
        return FAMILY, BOLD
    fallback = next(f for f in FALLBACKS if f.family == family)
    return (family, f"{family}-Bold") if fallback.bold else (family,)


def needs_actual_text(text: str = "") -> bool:
    """Whether this document drew shaped words or characters past U+FFFF (so far, or in ``text``): then its
    canvas writes /ActualText; a document in Latin, Greek or Cyrillic alone does without the extra step."""
    scope = _typed.get()
    return scope is not None and (bool(scope.typed) or scope.wide or _wide(text) or scripts.needs_shaping(text))


def _wide(text: str) -> bool:
    return not text.isascii() and max(text) > "\uffff"


def typed_text(font_name: str, glyphs: str) -> str | None:
    """The typed text of a run of shaped glyphs drawn in ``font_name`` (None when nothing in it was shaped)."""
    scope = _typed.get()
    if scope is None:
        return None
    found = False
    words = []
    for piece in glyphs.split(" "):
        typed = scope.typed.get((font_name, piece))
        found = found or typed is not None
        words.append(piece if typed is None else typed)
    return " ".join(words) if found else None


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    known = _shaped_styles.get(id(style))
    if known is None or known[0] is not style:
        known = (style, ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1))
        _shaped_styles[id(style)] = known
    return known[1]
