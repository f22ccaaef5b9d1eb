"""The document fonts: shipped DejaVu Sans as one family, and a per-character-run fallback.

DejaVu covers Latin (Turkish, Malay), Greek, Cyrillic and Hebrew. For characters it lacks
(CJK, emoji, ...), a run of them is set in a system font found through fontconfig that has
the glyphs; when none is installed the character is replaced by a visible U+FFFD and logged.
Fonts are registered once per process: parsing a TTF costs far more than a whole invoice.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studio_app.files.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "StudioSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"
REPLACEMENT = "\ufffd"

_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

_lock = threading.Lock()
_coverage: frozenset[int] = frozenset()
_registered = False
_fallback_for: dict[int, str | None] = {}  # code point -> registered fallback font name, or None
_system_fonts: list[tuple[str, int, list[tuple[int, int]]]] | None = None  # (file, index, ranges)
_loaded_fallbacks: dict[tuple[str, int], str | None] = {}
_reported: set[int] = set()  # characters already logged as missing, so a 500-line invoice logs once


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
    """True when the shipped family has a glyph for every character of ``text``."""
    if not _registered:
        register()
    return text.isascii() or _coverage.issuperset(map(ord, text))


def markup(value: object, *, line_breaks: bool = True) -> str:
    """Paragraph markup for a user string: escaped, with line breaks kept and uncovered runs handled.

    This is the only door by which text enters a Paragraph, so ``<b>`` typed by a client shows as ``<b>``.
    """
    text = "" if value is None else str(value)
    if not _registered:
        register()
    if not text.isascii() and not _coverage.issuperset(map(ord, text)):
        return _mixed(text, line_breaks)
    text = escape(text.replace("\t", " "))
    return text.replace("\n", "<br/>") if line_breaks else text.replace("\n", " ")


def plain(value: object) -> str:
    """Text for drawString and plain table cells (no markup): uncovered characters replaced."""
    text = "" if value is None else str(value)
    if not _registered:
        register()
    if text.isascii() or _coverage.issuperset(map(ord, text)):
        return text
    return "".join(c if ord(c) in _coverage else _substitute(c) for c in text)


def _mixed(text: str, line_breaks: bool) -> str:
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def flush() -> None:
        if not run:
            return
        piece = escape("".join(run))
        out.append(f'<font face="{run_font}">{piece}</font>' if run_font else piece)
        run.clear()

    for char in text:
        if char == "\n":
            flush()
            out.append("<br/>" if line_breaks else " ")
            continue
        if char == "\t":
            char = " "
        code = ord(char)
        if code in _coverage:
            font = None
        else:
            font = _fallback(code)
            if font is None:
                char = _substitute(char)
                if not char:
                    continue
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out)


def _substitute(char: str) -> str:
    """No font has the glyph: drop invisible format marks (variation selectors, joiners), else show U+FFFD."""
    if unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return ""
    if ord(char) in _reported:
        return REPLACEMENT
    _reported.add(ord(char))
    log.warning("No installed font has a glyph for U+%04X %s; shown as U+FFFD", ord(char),
                unicodedata.name(char, "(unnamed)"))
    return REPLACEMENT


def _fallback(code: int) -> str | None:
    if code in _fallback_for:
        return _fallback_for[code]
    with _lock:
        font = None
        for path, index, ranges in _fonts_with_charsets():
            if any(low <= code <= high for low, high in ranges):
                font = _load_fallback(path, index, code)
                if font is not None:
                    break
        _fallback_for[code] = font
    return font


def _fonts_with_charsets() -> list[tuple[str, int, list[tuple[int, int]]]]:
    """Every font fontconfig knows, with the code point ranges it covers (one fc-list call per process)."""
    global _system_fonts
    if _system_fonts is not None:
        return _system_fonts
    _system_fonts = []
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return _system_fonts
    try:
        listing = subprocess.run([fc_list, "--format", "%{file}|%{index}|%{charset}\n"], capture_output=True,
                                 text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("fontconfig could not list fonts: %s", exc)
        return _system_fonts
    for row in sorted(set(listing.splitlines())):
        path, _, rest = row.partition("|")
        index, _, charset = rest.partition("|")
        if not path.lower().endswith((".ttf", ".ttc")):
            continue  # reportlab embeds TrueType outlines only (no CFF .otf, no bitmap fonts)
        ranges = []
        for part in charset.split():
            low, _, high = part.partition("-")
            try:
                ranges.append((int(low, 16), int(high or low, 16)))
            except ValueError:
                continue
        _system_fonts.append((path, int(index) if index.isdigit() else 0, ranges))
    # Prefer sans-serif faces that are not bold or italic, so a fallback run matches the body text.
    _system_fonts.sort(key=lambda f: (("sans" not in f[0].lower()), any(w in f[0].lower() for w in
                                       ("bold", "italic", "oblique", "light")), f[0], f[1]))
    return _system_fonts


def _load_fallback(path: str, index: int, code: int) -> str | None:
    key = (path, index)
    if key not in _loaded_fallbacks:
        name = f"Fallback{len(_loaded_fallbacks)}"
        try:
            font = TTFont(name, path, subfontIndex=index)
            pdfmetrics.registerFont(font)
            _loaded_fallbacks[key] = name
        except Exception as exc:  # a colour-emoji or broken font: reportlab refuses it, we move on
            log.info("Fallback font %s not usable by reportlab: %s", path, exc)
            _loaded_fallbacks[key] = None
    name = _loaded_fallbacks[key]
    if name is None or code not in pdfmetrics.getFont(name).face.charToGlyph:
        return None
    return name
